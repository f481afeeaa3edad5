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
package org.sorastudio.openai.impl;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;

/** A request body that can be sent again (each attempt gets a fresh entity) and described in a log. */
sealed interface RequestBody {

    HttpEntity toEntity();

    /** What the exchange log shows instead of raw bytes. */
    String describe();

    record Json(String text) implements RequestBody {
        @Override
        public HttpEntity toEntity() {
            return new StringEntity(text, ContentType.APPLICATION_JSON);
        }

        @Override
        public String describe() {
            return text;
        }
    }

    /** multipart/form-data: text fields, then at most one file part. */
    record Multipart(List<TextField> fields, FilePart file) implements RequestBody {

        public Multipart {
            fields = List.copyOf(fields);
        }

        @Override
        public HttpEntity toEntity() {
            MultipartEntityBuilder builder = MultipartEntityBuilder.create().setMode(HttpMultipartMode.STRICT);
            for (TextField field : fields) {
                builder.addTextBody(field.name(), field.value(), ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8));
            }
            if (file != null) {
                builder.addBinaryBody(file.name(), file.path().toFile(), ContentType.parse(file.contentType()),
                        file.uploadName());
            }
            return builder.build();
        }

        @Override
        public String describe() {
            String text = fields.stream().map(field -> field.name() + "=" + field.value())
                    .collect(Collectors.joining(", ", "multipart/form-data {", ""));
            return text + (file == null ? "}" : ", " + file.name() + "=<file " + file.path().getFileName()
                    + ", " + file.contentType() + ">}");
        }
    }

    record TextField(String name, String value) {
    }

    /** A file sent under a neutral name: the user's own file and folder names stay private. */
    record FilePart(String name, Path path, String contentType) {

        /**
         * Checks the file before anything is sent: a file that is not there must fail as a file problem, not as a
         * connection that broke while the request was on its way (which would leave a create's outcome unknown).
         */
        public FilePart {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new UncheckedIOException("the file " + path + " is not there or cannot be read",
                        new NoSuchFileException(path.toString()));
            }
        }

        String uploadName() {
            String subtype = contentType.substring(contentType.indexOf('/') + 1);
            String extension = switch (subtype) {
                case "jpeg" -> "jpg";
                case "quicktime" -> "mov";
                default -> subtype;
            };
            return name + "." + extension;
        }
    }
}
