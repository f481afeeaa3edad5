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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTextTest {

    @TempDir
    Path folder;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void aSidecarIsPrettyPrinted() throws IOException {
        JsonText read = JsonText.read(file("clip.json",
                "{\"videoId\":\"video_1\",\"request\":{\"prompt\":\"A red kite\",\"seconds\":4},\"requestIds\":[\"req_1\"]}"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(read.json()).isTrue();
        assertThat(read.notice()).isNull();
        assertThat(read.text()).contains("\n  \"videoId\": \"video_1\",", "\n    \"prompt\": \"A red kite\",");
    }

    @Test
    void textThatIsNotJsonIsShownAsItIsWithWhereItBreaks() throws IOException {
        JsonText read = JsonText.read(file("page.json", "<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(read.json()).isFalse();
        assertThat(read.text()).isEqualTo("<html><body>Bad gateway</body></html>");
        assertThat(read.notice()).startsWith("This file is not valid JSON").doesNotContain("Exception", "com.google");
    }

    @Test
    void aBinaryFileIsDescribedNotShown() throws IOException {
        JsonText read = JsonText.read(file("clip.mp4", new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p'}));

        assertThat(read.text()).isEmpty();
        assertThat(read.notice()).contains("not a text file");
    }

    @Test
    void brokenUtf8IsShownWithANotice() throws IOException {
        byte[] latin1 = "{\"prompt\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        JsonText read = JsonText.read(file("latin1.json", latin1));

        assertThat(read.json()).isTrue();
        assertThat(read.text()).contains("caf\uFFFD");
        assertThat(read.notice()).contains("not valid UTF-8");
    }

    @Test
    void aDocumentNestedThousandsDeepIsRefusedAsJsonNotAStackOverflow() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonText read = JsonText.read(file("deep.json", deep.getBytes(StandardCharsets.US_ASCII)));

        assertThat(read.json()).isFalse();
        assertThat(read.notice()).startsWith("This file is not valid JSON");
    }

    @Test
    void aHugeFileIsShownInPartWithoutReadingItAll() throws IOException {
        Path huge = folder.resolve("huge.json");
        byte[] megabyte = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"data\":\"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(megabyte);
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }

        JsonText read = JsonText.read(huge);

        assertThat(read.text()).hasSizeLessThanOrEqualTo(JsonText.MAX_BYTES);
        assertThat(read.notice()).isEqualTo("This file is 50 MB; only its first 8 MB are shown, as they are.");
    }

    @Test
    void aMissingFileIsSaidToBeUnreadable() {
        JsonText read = JsonText.read(folder.resolve("gone.json"));

        assertThat(read.notice()).startsWith("This file cannot be read: ").contains("gone.json");
    }
}
