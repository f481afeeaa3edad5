/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.core.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads and writes one JSON object file atomically, turning every way a file can be broken into a
 * {@link DataFileException} that names the file and the problem.
 */
public final class JsonDataFile {

    private final AtomicFile file;

    public JsonDataFile(Path path) {
        this.file = new AtomicFile(path);
    }

    public Path path() {
        return file.target();
    }

    public boolean exists() {
        return Files.isRegularFile(file.target());
    }

    /** See {@link AtomicFile#removeStaleTemporaries()}. */
    public int removeStaleTemporaries() throws IOException {
        return file.removeStaleTemporaries();
    }

    public JsonObject read() throws DataFileException {
        return read(file.target());
    }

    public void write(JsonElement json) throws IOException {
        file.write(Json.GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
    }

    /** Parses {@code path} as one JSON object. */
    public static JsonObject read(Path path) throws DataFileException {
        String text;
        try {
            requireOrdinaryFile(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new DataFileException(path, "the file does not exist", e);
        } catch (CharacterCodingException e) {
            throw new DataFileException(path, "the file is not UTF-8 text (is it a project file at all?)", e);
        } catch (IOException e) {
            throw new DataFileException(path, "the file cannot be read: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new DataFileException(path, "the file is empty", null);
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(path, "the file has extra text after its JSON content", null);
            }
            if (!element.isJsonObject()) {
                throw new DataFileException(path, "the file holds JSON, but not a JSON object", null);
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new DataFileException(path, describe(e), e);
        } catch (IOException e) {
            throw new DataFileException(path, "the file is " + Json.syntaxProblem(e), e);
        }
    }

    /** Never opens a folder, a device or a pipe (reading a pipe could wait for ever), following links. */
    private static void requireOrdinaryFile(Path path) throws IOException, DataFileException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        String link = Files.isSymbolicLink(path) ? "it is a link to " + Files.readSymbolicLink(path) + ", which is " : "it is ";
        if (attributes.isDirectory()) {
            throw new DataFileException(path, link + "a folder, not a file", null);
        }
        if (!attributes.isRegularFile()) {
            throw new DataFileException(path, link + "a device, a pipe or a socket, not a file", null);
        }
    }

    private static String describe(JsonParseException e) {
        if (e.getCause() instanceof EOFException) {
            return "the file ends too early (it was probably cut off while being written)";
        }
        return "the file is " + Json.syntaxProblem(e);
    }
}
