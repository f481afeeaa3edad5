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
