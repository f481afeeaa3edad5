package org.sorastudio.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.settings.StudioDirectories;

class QueueServiceTest {

    private static final Path PROJECT = Path.of("/films/trailer");

    @Test
    void relativeReferenceImagesAreResolvedAgainstTheProjectFolder() {
        Shot shot = Shot.create("Waves").withReferenceImage("refs/frame.png");

        assertThat(QueueService.withReferenceFrom(shot, Optional.of(PROJECT)).referenceImage())
                .isEqualTo(PROJECT.resolve("refs/frame.png").toString());
        assertThat(QueueService.withReferenceFrom(shot, Optional.empty()).referenceImage()).isEqualTo("refs/frame.png");
        assertThat(QueueService.withReferenceFrom(shot.withReferenceImage("https://example.com/a.png"), Optional.of(PROJECT))
                .referenceImage()).isEqualTo("https://example.com/a.png");
        assertThat(QueueService.withReferenceFrom(shot.withReferenceImage("/abs/a.png"), Optional.of(PROJECT))
                .referenceImage()).isEqualTo("/abs/a.png");
    }

    @Test
    void withoutAProjectFileTheQueueLivesInTheUserDirectory() {
        assertThat(QueueService.journalFor(null))
                .isEqualTo(StudioDirectories.userDirectory().resolve("unsaved-project.sorastudio.queue.json"));
        assertThat(QueueService.outputFolder(null, Settings.defaults()))
                .isEqualTo(StudioDirectories.userDirectory().resolve("clips"));
        Settings withFolder = new Settings(null, null, "/videos", 2, 30, 60, null);
        assertThat(QueueService.outputFolder(null, withFolder)).isEqualTo(Path.of("/videos"));
    }
}
