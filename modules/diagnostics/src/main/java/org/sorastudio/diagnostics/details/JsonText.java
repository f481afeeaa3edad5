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
package org.sorastudio.diagnostics.details;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.io.Json;

/**
 * A file read for a person to look at: JSON pretty-printed, anything else as it is, with a notice
 * when it is not what was expected. Reading never takes more than {@link #MAX_BYTES} of memory for
 * the file, and never fails for a file's content: a binary, huge, broken or deeply nested file is
 * shown in part or described instead.
 *
 * @param text what to show
 * @param json whether {@code text} is JSON (so it gets JSON colours and folding)
 * @param notice what the person should know about the file, or {@code null}
 */
@Messages({
    "# {0} - size in MB",
    "# {1} - shown MB",
    "JsonText.huge=This file is {0} MB; only its first {1} MB are shown, as they are.",
    "JsonText.binary=This is not a text file: it holds binary data, so there is nothing to show.",
    "# {0} - problem",
    "JsonText.notJson=This file is {0}; it is shown as it is.",
    "JsonText.notUtf8=This file is not valid UTF-8; characters that could not be read show as \uFFFD.",
    "# {0} - reason",
    "JsonText.unreadable=This file cannot be read: {0}"
})
public record JsonText(String text, boolean json, String notice) {

    /** Largest file shown whole: a sidecar is a few kilobytes, a full server answer a few hundred. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** Reads {@code file}; call it off the event thread. */
    public static JsonText read(Path file) {
        byte[] bytes;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            return new JsonText("", false,
                    Bundle.JsonText_unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (looksBinary(bytes)) {
            return new JsonText("", false, Bundle.JsonText_binary());
        }
        String text = decode(bytes);
        boolean validUtf8 = text != null;
        if (!validUtf8) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (size > MAX_BYTES) {
            return new JsonText(text, false, Bundle.JsonText_huge(size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
        try {
            String pretty = Json.GSON.toJson(JsonParser.parseString(text));
            return new JsonText(pretty, true, validUtf8 ? null : Bundle.JsonText_notUtf8());
        } catch (JsonParseException e) {
            // Gson refuses documents nested deeper than its limit this way too, instead of overflowing the stack.
            return new JsonText(text, false, Bundle.JsonText_notJson(Json.syntaxProblem(e)));
        }
    }

    /** A NUL byte in the first few kilobytes: no text file of ours has one. */
    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8, or {@code null} when they are not valid UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
