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
package org.sorastudio.characters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.core.data.Offset;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.testing.fixtures.SimulatorClientProvider;
import org.sorastudio.core.spi.ShotEditing;
import org.sorastudio.core.spi.VideoLimits;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/**
 * The Characters window's panel in a real window, with the real media engine (ffmpeg cuts the range), the capabilities'
 * limits and the simulator over HTTP: a character from a clip's range, checked as typed, kept across a restart,
 * inserted into the prompt by name, deleted locally.
 */
class CharactersPanelTest {

    @TempDir
    static Path clips;
    private static Path clip;

    @TempDir
    Path libraryFolder;

    private FrameFixture window;

    @BeforeAll
    static void makeClip() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        clip = clips.resolve("meadow.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=640x360:r=24:d=6",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=6", "-pix_fmt", "yuv420p", "-shortest", clip.toString())
                .redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue()).isZero();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aCharacterFromAClipsRangeIsCheckedMadeKeptInsertedAndDeleted() throws Exception {
        RecordingShotEditing.INSERTED.clear();
        CharacterLibrary library = new CharacterLibrary(libraryFolder);
        CharactersPanel panel = show(library);
        window.textBox("status").requireText("No characters yet: New Character… makes one from a clip.");
        window.button("insert").requireDisabled();
        KeyboardWalk.walk(window);

        GuiActionRunner.execute(() -> panel.newCharacter(clip));
        DialogFixture dialog = WindowFinder.findDialog("newCharacterDialog").withTimeout(5000).using(window.robot());
        await("the clip probed and the range filled in", () -> "4.0".equals(text(dialog, "end")));
        setText(dialog, "end", "6");
        dialog.label("problem").requireText("The character clip would be 6.0 s long; the server takes 2.0–4.0 s. Choose another range.");
        dialog.button("create").requireDisabled();
        setText(dialog, "start", "1.5");
        setText(dialog, "end", "4.5");
        dialog.label("problem").requireText("Give the character a name.");
        setText(dialog, "name", "M".repeat(81));
        dialog.label("problem").requireText("The name has 81 characters; at most 80 are allowed.");
        setText(dialog, "name", "Mira");
        dialog.label("problem").requireText(" ");
        dialog.label("hint").requireText("Uses 3.0 s of the clip; the server takes 2.0–4.0 s.");
        KeyboardWalk.walk(dialog);
        GuiActionRunner.execute(() -> dialog.button("create").target().doClick());

        await("the character is in the list", () -> GuiActionRunner.execute(() -> window.list("list").target().getModel().getSize() == 1));
        Character mira = library.characters().get(0);
        assertThat(mira.id()).startsWith("char_");
        assertThat(mira.name()).isEqualTo("Mira");
        assertThat(mira.profile()).isEqualTo(SimulatorClientProvider.PROFILE);
        assertThat(library.thumbnail(mira)).isPresent();
        assertThat(window.list("list").contents()[0]).contains("Mira").contains(mira.id());
        window.textBox("status").requireText("Character Mira is ready: Insert into Prompt mentions it in a shot.");

        window.list("list").selectItem(0);
        // pressed through Swing: a lost robot click is not what this test is about
        GuiSteps.press(window.button("insert"));
        await("the name inserted", () -> !RecordingShotEditing.INSERTED.isEmpty());
        assertThat(RecordingShotEditing.INSERTED).containsExactly("Mira");

        assertThat(new CharacterLibrary(libraryFolder).characters()).as("kept across a restart").containsExactly(mira);

        window.list("list").selectItem(0);
        GuiSteps.press(window.button("delete"));
        await("the list is empty", () -> GuiActionRunner.execute(() -> window.list("list").target().getModel().getSize() == 0));
        assertThat(new CharacterLibrary(libraryFolder).characters()).isEmpty();
        assertThat(library.thumbnail(mira)).isEmpty();
    }

    @Test
    void theRangeIsCutWithFfmpegToItsLengthAndANameInUseIsRefusedBeforeAnythingIsSent() throws Exception {
        CharacterLibrary library = new CharacterLibrary(libraryFolder);
        CharacterMaker maker = maker(library);
        VideoLimits.Limits limits = limits();
        Path work = Files.createDirectory(libraryFolder.resolve("work"));

        Character rex = maker.make(new CharacterMaker.Request("Rex", clip, 0.5, 3.0, SimulatorClientProvider.PROFILE), limits, work);

        assertThat(Lookup.getDefault().lookup(MediaProbe.class).probe(work.resolve("character.mp4")).durationSeconds())
                .as("ffprobe: the cut range").isCloseTo(2.5, Offset.offset(0.1));
        assertThat(rex.id()).startsWith("char_");
        assertThat(maker.nameProblem(" rex ", limits)).contains(
                "There is already a character called \"rex\": prompts find characters by name, so choose another.");
        long before = SimulatorClientProvider.server().acceptedCreates();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> maker.make(
                new CharacterMaker.Request("Long", clip, 0, 0, SimulatorClientProvider.PROFILE), limits, work))
                .hasMessage("The character clip would be 6.0 s long; the server takes 2.0–4.0 s. Choose another range.");
        assertThat(SimulatorClientProvider.server().acceptedCreates()).isEqualTo(before);
    }

    private CharactersPanel show(CharacterLibrary library) {
        JFrame frame = GuiActionRunner.execute(() -> {
            CharactersPanel panel = new CharactersPanel(library, maker(library), CharactersPanelTest::limits,
                    () -> SimulatorClientProvider.PROFILE, List::of, () -> Lookup.getDefault().lookup(ShotEditing.class));
            JFrame f = new JFrame("Characters test");
            f.setContentPane(panel);
            f.setSize(520, 420);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        return (CharactersPanel) frame.getContentPane();
    }

    private static CharacterMaker maker(CharacterLibrary library) {
        Lookup lookup = Lookup.getDefault();
        return new CharacterMaker(lookup.lookup(MediaProbe.class), lookup.lookup(StoryboardExporter.class),
                lookup.lookup(FrameGrabber.class), lookup.lookup(ApiClientProvider.class), library);
    }

    private static VideoLimits.Limits limits() {
        return Lookup.getDefault().lookup(VideoLimits.class).limits(SimulatorClientProvider.PROFILE);
    }

    private static String text(DialogFixture dialog, String field) {
        return GuiActionRunner.execute(() -> dialog.textBox(field).target().getText());
    }

    private static void setText(DialogFixture dialog, String field, String value) {
        GuiActionRunner.execute(() -> dialog.textBox(field).target().setText(value));
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
