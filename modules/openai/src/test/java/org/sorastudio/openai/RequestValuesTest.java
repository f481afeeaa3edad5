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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Bad input is refused before anything is sent, with a message that says what is wrong. */
class RequestValuesTest {

    @Test
    void promptMustBePresentAndWithinTheApiLimit() {
        assertThatThrownBy(() -> CreateVideoRequest.of(" ", "sora-2", 4, "1280x720"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("prompt must not be empty");
        assertThatThrownBy(() -> CreateVideoRequest.of("x".repeat(32_001), "sora-2", 4, "1280x720"))
                .hasMessage("prompt has 32001 characters, at most 32000 are allowed");
    }

    @Test
    void referenceImageTypeComesFromItsName() {
        assertThat(InputReference.file(Path.of("a/frame.JPG")).contentType()).isEqualTo("image/jpeg");
        assertThat(InputReference.file(Path.of("frame.webp")).contentType()).isEqualTo("image/webp");
        assertThatThrownBy(() -> InputReference.file(Path.of("frame.gif")))
                .hasMessage("Reference image frame.gif must be a .png, .jpg, .jpeg or .webp file");
    }

    @Test
    void listLimitIsChecked() {
        assertThatThrownBy(() -> new VideoListQuery(101, null, null)).hasMessage("limit must be 1..100, was 101");
        assertThat(new VideoListQuery(100, SortOrder.ASC, null).withAfter("video_9").after()).isEqualTo("video_9");
    }

    @Test
    void baseUrlMustBeHttpAndLosesItsTrailingSlash() {
        assertThat(VideoApiClient.builder(URI.create("https://api.openai.com/v1/"), "k").settings().baseUrl())
                .isEqualTo(URI.create("https://api.openai.com/v1"));
        assertThatThrownBy(() -> VideoApiClient.builder(URI.create("ftp://example.com/v1"), "k").settings())
                .hasMessageContaining("must be an http(s) URL").hasMessageContaining("ftp://example.com/v1");
    }

    @Test
    void videoIdIsRequired() {
        try (VideoApiClient client = VideoApiClient.builder(URI.create("http://127.0.0.1:9/v1"), "k").build()) {
            assertThatThrownBy(() -> client.retrieve(" ")).hasMessage("video id must not be empty");
        }
    }
}
