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
package org.sorastudio.simulator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClipRendererTest {

    @Test
    void equalSpecsShareOneRenderingAndCloseDeletesTheFolder() throws Exception {
        Path workDir;
        try (ClipRenderer renderer = ClipRenderer.create()) {
            workDir = renderer.workDir();
            RenderedClip first = renderer.render(new ClipSpec(720, 1280, 4, "100% \"quoted\" 'text' : with \\ specials"))
                    .get();
            RenderedClip again = renderer.render(new ClipSpec(720, 1280, 4, "100% \"quoted\" 'text' : with \\ specials"))
                    .get();
            RenderedClip blank = renderer.render(new ClipSpec(720, 1280, 4, "   ")).get();

            assertThat(again).isEqualTo(first);
            assertThat(blank.video()).isNotEqualTo(first.video());
            assertThat(Files.size(first.video())).isPositive();
            assertThat(Files.size(blank.thumbnail())).isPositive();
        }
        assertThat(workDir).doesNotExist();
    }
}
