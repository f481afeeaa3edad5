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
package org.sorastudio.storyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.storyboard.ui.Clips.await;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.TransferHandler;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.core.impl.DefaultProjectSession;
import org.sorastudio.media.export.ExportMethod;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportResult;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardJson;
import org.sorastudio.media.storyboard.TitleCard;
import org.sorastudio.core.spi.ClipPlayer;
import org.sorastudio.testing.gui.KeyboardWalk;

/**
 * The storyboard editor in a real window, with real clips, the real media engine and a real
 * project session: the "done when" flow of issue 7 up to the player being asked to play.
 */
class StoryboardPanelTest {

    @TempDir
    static Path clips;
    private static Path first;
    private static Path second;
    private static Path third;

    @TempDir
    Path work;

    private final List<Path> played = new CopyOnWriteArrayList<>();
    /** What Extend… / Edit… asked the derivation provider for (the queue's module in the studio). */
    private final List<String> derived = new CopyOnWriteArrayList<>();
    private DefaultProjectSession session;
    private FrameFixture window;
    private StoryboardPanel panel;
    private StoryboardExport export;
    private StoryboardPreview preview;
    private ProjectStoryboard binding;

    @BeforeAll
    static void makeClips() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        first = Clips.make(clips, "first.mp4", 2, 440);
        second = Clips.make(clips, "second.mp4", 2, 550);
        third = Clips.make(clips, "third.mp4", 2, 660);
    }

    @BeforeEach
    void open() {
        session = new DefaultProjectSession(work.resolve("autosave"), 3600);
        ClipPlayer recorder = played::add;
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = newPanel(recorder);
            binding = new ProjectStoryboard(session, panel);
            binding.attach();
            JFrame f = new JFrame("Storyboard test");
            f.setContentPane(panel);
            f.setSize(1200, 760);
            return f;
        });
        window = new FrameFixture(frame);
        window.show(new java.awt.Dimension(1200, 760));
    }

    private StoryboardPanel newPanel(ClipPlayer player) {
        Lookup lookup = Lookup.getDefault();
        export = new StoryboardExport(lookup.lookup(StoryboardExporter.class), () -> player);
        preview = new StoryboardPreview(lookup.lookup(StoryboardExporter.class), () -> player);
        return new StoryboardPanel(
                new ClipFacts(lookup.lookup(MediaProbe.class), Executors.newFixedThreadPool(2)),
                new Thumbnails(lookup.lookup(FrameGrabber.class), Executors.newFixedThreadPool(2)),
                export, preview, List.of(), (kind, clip) -> derived.add(kind + " " + clip.getFileName()));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        session.shutdown();
    }

    @Test
    void cutsThreeClipsWithATitleAndCrossfadesSavesReloadsAndExports() throws Exception {
        // Three clips dropped on the list; the output takes the first clip's format.
        dropFiles(List.of(first.toFile(), second.toFile(), third.toFile()));
        await("three clips are in", () -> panel.storyboard().items().size() == 3);
        assertThat(panel.storyboard().output()).isEqualTo(new OutputFormat(320, 180, FrameRate.of(30)));
        window.spinner("outputWidth").requireValue(320);

        // Reorder: third up one (buttons), then first to the end (drag within the list).
        window.list("items").selectItem(2);
        window.button("moveUp").click();
        assertThat(files()).containsExactly(first, third, second);
        GuiActionRunner.execute(() -> list().getTransferHandler().importData(
                new TransferHandler.TransferSupport(list(), new StoryboardTransfer.ItemIndex(0))));
        assertThat(files()).containsExactly(third, second, first);

        // Trims typed into the time fields of the first item, with a wrong value on the way.
        window.list("items").selectItem(0);
        await("the clip is probed", () -> GuiActionRunner.execute(() -> window.textBox("inTime").target().isEnabled()));
        window.textBox("outTime").deleteText().enterText("3").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.label("clipMessage").requireText("0:03.000 is past the end of the clip (0:02.000).");
        window.textBox("inTime").deleteText().enterText("0.5").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.textBox("outTime").deleteText().enterText("0:01.5").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat((ClipItem) panel.storyboard().items().get(0)).extracting(ClipItem::inSeconds, ClipItem::outSeconds)
                .containsExactly(0.5, 1.5);
        window.label("clipLength").requireText("Plays for 0:01.000");
        await("both thumbnails are shown", () -> GuiActionRunner.execute(() ->
                window.label("inThumbnail").target().getIcon() != null && window.label("outThumbnail").target().getIcon() != null));

        // A crossfade into the second clip.
        window.list("items").selectItem(1);
        window.spinner("clipCrossfade").enterTextAndCommit("0.5");

        // A title card after the first item, with a crossfade into it.
        window.list("items").selectItem(0);
        window.button("addTitle").click();
        window.textBox("titleText").deleteText().enterText("Chapter Two");
        window.spinner("titleDuration").enterTextAndCommit("1.5");
        window.spinner("titleFontSize").enterTextAndCommit("32");
        window.spinner("titleCrossfade").enterTextAndCommit("0.25");

        Storyboard cut = panel.storyboard();
        assertThat(cut.items()).hasSize(4);
        assertThat(cut.items().get(1)).isEqualTo(new TitleCard("Chapter Two", 1.5, 32, "#FFFFFF", "#000000", 0.25));
        assertThat(cut.items().get(2).crossfadeSeconds()).isEqualTo(0.5);
        // 1.0 (trimmed) + 1.5 (title) - 0.25 + 2 - 0.5 + 2 = 5.75
        window.label("summary").requireText("4 items, 0:05.750");

        // Saved into the project's section as it was edited, and read back by a fresh editor.
        assertThat(StoryboardJson.fromProject(session.project())).isEqualTo(cut);
        assertThat(session.isDirty()).isTrue();
        Path projectFile = work.resolve("film.sora.json");
        session.saveAs(projectFile);
        GuiActionRunner.execute(() -> session.newProject());
        await("a new project empties the editor", () -> GuiActionRunner.execute(() -> panel.storyboard().items().isEmpty()));
        GuiActionRunner.execute(() -> {
            session.open(projectFile);
            return null;
        });
        await("opening the project reloads it", () -> GuiActionRunner.execute(() -> panel.storyboard().equals(cut)));

        window.list("items").selectItem(1);
        window.robot().waitForIdle();
        Clips.screenshotIfAsked("STORYBOARD_SCREENSHOT", "-title");
        window.list("items").selectItem(0);
        await("the thumbnails are back", () -> GuiActionRunner.execute(() -> window.label("outThumbnail").target().getIcon() != null));
        window.robot().waitForIdle();
        Clips.screenshotIfAsked("STORYBOARD_SCREENSHOT", "-clip");

        // Export: the MP4 lasts as long as the plan says, and the player is asked to play it.
        Path target = work.resolve("film.mp4");
        ExportResult result = GuiActionRunner.execute(() -> export.start(target)).get();
        ExportPlan plan = Lookup.getDefault().lookup(StoryboardExporter.class).plan(cut);
        assertThat(result.method()).isEqualTo(ExportMethod.FILTER_GRAPH);
        assertThat(plan.durationSeconds()).isCloseTo(5.75, org.assertj.core.data.Offset.offset(1 / 30.0));
        assertThat(Clips.duration(target)).isCloseTo(plan.durationSeconds(), org.assertj.core.data.Offset.offset(1 / 30.0));
        await("the player is asked to play it", () -> played.contains(target));
        assertThat(window.label("status").text()).startsWith("Exported film.mp4");
    }

    @Test
    void extendAsksForTheSelectedClipAndTheDerivedClipAppearsRightAfterIt() throws Exception {
        GuiActionRunner.execute(() -> panel.change(Storyboard.empty().withOutput(new OutputFormat(320, 180, FrameRate.of(30)))
                .add(ClipItem.of(first)).add(TitleCard.of("Between", 2)).add(ClipItem.of(second))));
        window.list("items").selectItem(1);
        window.button("extend").requireDisabled();
        window.button("edit").requireDisabled();
        window.list("items").selectItem(0);
        window.button("extend").requireEnabled().click();
        window.list("items").selectItem(2);
        window.button("edit").click();
        assertThat(derived).containsExactly("EXTEND first.mp4", "EDIT second.mp4");

        // the queue announces the finished extension; StoryboardChain edits the project and the open editor shows it
        Path extended = Files.copy(third, work.resolve("first-extended.mp4"));
        session.edit(project -> StoryboardChain.withSuccessor(project, first, extended));
        await("the extension follows its source", () -> GuiActionRunner.execute(() -> panel.storyboard().items().size() == 4));
        assertThat(GuiActionRunner.execute(() -> ((ClipItem) panel.storyboard().items().get(1)).file())).isEqualTo(extended);
        assertThat(window.list("items").contents()[1]).contains("first-extended.mp4");
    }

    @Test
    void withoutADerivationProviderThereIsNoExtendOrEdit() {
        StoryboardPanel bare = GuiActionRunner.execute(() -> new StoryboardPanel(
                new ClipFacts(Lookup.getDefault().lookup(MediaProbe.class), Executors.newFixedThreadPool(1)),
                new Thumbnails(Lookup.getDefault().lookup(FrameGrabber.class), Executors.newFixedThreadPool(1)),
                export, preview, List.of(), null));
        assertThat(GuiActionRunner.execute(() -> names(bare))).contains("addClips").doesNotContain("extend", "edit");
    }

    private static List<String> names(java.awt.Container container) {
        List<String> names = new java.util.ArrayList<>();
        for (java.awt.Component child : container.getComponents()) {
            names.add(child.getName());
            if (child instanceof java.awt.Container inner) {
                names.addAll(names(inner));
            }
        }
        return names;
    }

    @Test
    void previewRendersTheCutSmallPlaysItAndReusesItUntilTheStoryboardChanges() throws Exception {
        Storyboard cut = Storyboard.empty().withOutput(new OutputFormat(1280, 720, FrameRate.of(30)))
                .add(ClipItem.of(first).withTrim(0.25, 1.75)).add(TitleCard.of("Between", 1).withCrossfadeSeconds(0.5))
                .add(ClipItem.of(second).withCrossfadeSeconds(0.5));
        GuiActionRunner.execute(() -> panel.change(cut));

        window.button("preview").requireText("Preview").click();
        await("the preview plays", () -> played.size() == 1);
        Path file = played.get(0);
        ExportPlan plan = Lookup.getDefault().lookup(StoryboardExporter.class).plan(cut);
        assertThat(Clips.duration(file)).as("ffprobe: as long as the export").isCloseTo(plan.durationSeconds(),
                org.assertj.core.data.Offset.offset(1 / 30.0));
        assertThat(Clips.videoHeight(file)).as("low resolution").isEqualTo(360);
        assertThat(window.label("status").text()).startsWith("Preview rendered in ");
        window.button("preview").requireText("Preview");

        long modified = Files.getLastModifiedTime(file).toMillis();
        window.button("preview").click();
        await("played again", () -> played.size() == 2);
        assertThat(played.get(1)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("not rendered again").isEqualTo(modified);
        window.label("status").requireText("The storyboard has not changed: playing the preview again.");

        GuiActionRunner.execute(() -> panel.change(panel.storyboard().remove(1)));
        GuiActionRunner.execute(() -> {
            preview.show();
            preview.cancel();
        });
        await("the cancel is shown", () -> window.label("status").text().equals("Preview cancelled."));
        assertThat(played).hasSize(2);
        window.button("preview").click();
        await("a new preview plays", () -> played.size() == 3);
        assertThat(Clips.duration(played.get(2))).isCloseTo(1.5 + 2 - 0.5, org.assertj.core.data.Offset.offset(1 / 30.0));
    }

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() throws Exception {
        GuiActionRunner.execute(() -> panel.addClips(List.of(first, second), 0)).get();
        await("two clips are in", () -> panel.storyboard().items().size() == 2);
        window.list("items").selectItem(1);
        KeyboardWalk.walk(window);
    }

    @Test
    void unreadableFilesAreNotAddedAndTheirProblemIsShown() throws Exception {
        Path notes = Files.writeString(work.resolve("notes.mp4"), "not a video");
        GuiActionRunner.execute(() -> panel.addClips(List.of(first, notes, work.resolve("gone.mp4")), 0)).get();
        assertThat(files()).containsExactly(first);
        assertThat(window.label("status").text()).startsWith("Not added: ").contains("notes.mp4").contains("gone.mp4");
    }

    @Test
    void exportNamesTheBadItemAndSelectsIt() throws Exception {
        GuiActionRunner.execute(() -> panel.change(Storyboard.empty().withOutput(new OutputFormat(320, 180, FrameRate.of(30)))
                .add(ClipItem.of(first)).add(ClipItem.of(second).withTrim(1.5, 1.0))));
        Path target = work.resolve("bad.mp4");
        GuiActionRunner.execute(() -> export.start(target)).handle((result, failure) -> null).get();
        await("the failure is shown", () -> window.label("status").text().startsWith("Export failed"));
        assertThat(window.label("status").text()).contains("Item 2").contains("second.mp4");
        assertThat(GuiActionRunner.execute(() -> panel.selectedIndex())).isEqualTo(1);
        assertThat(target).doesNotExist();
        assertThat(played).isEmpty();
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        GuiActionRunner.execute(() -> panel.change(Storyboard.empty().withOutput(new OutputFormat(320, 180, FrameRate.of(30)))
                .add(ClipItem.of(first)).add(TitleCard.of("Middle", 2).withCrossfadeSeconds(0.5)).add(ClipItem.of(second))));
        Path target = work.resolve("cancelled.mp4");
        var running = GuiActionRunner.execute(() -> {
            var started = export.start(target);
            export.cancel();
            return started;
        });
        running.handle((result, failure) -> null).get();
        await("the cancel is shown", () -> window.label("status").text().equals("Export cancelled: no file was written."));
        assertThat(target).doesNotExist();
        try (var left = Files.list(work)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains(".part"));
        }
        assertThat(played).isEmpty();
    }

    @Test
    void escapesPerformerStopsARunningExportAndIsDisabledOtherwise() throws Exception {
        GuiActionRunner.execute(() -> panel.change(Storyboard.empty().withOutput(new OutputFormat(320, 180, FrameRate.of(30)))
                .add(ClipItem.of(first)).add(TitleCard.of("Middle", 2).withCrossfadeSeconds(0.5)).add(ClipItem.of(second))));
        javax.swing.Action escape = GuiActionRunner.execute(() -> panel.getActionMap().get(StoryboardShortcuts.CANCEL_RUNNING));
        assertThat(GuiActionRunner.execute(escape::isEnabled)).as("nothing runs yet").isFalse();
        Path target = work.resolve("escaped.mp4");
        var running = GuiActionRunner.execute(() -> {
            var started = export.start(target);
            assertThat(escape.isEnabled()).as("an export runs").isTrue();
            escape.actionPerformed(new java.awt.event.ActionEvent(panel, java.awt.event.ActionEvent.ACTION_PERFORMED, "Escape"));
            return started;
        });
        running.handle((result, failure) -> null).get();
        await("the cancel is shown", () -> window.label("status").text().equals("Export cancelled: no file was written."));
        assertThat(target).doesNotExist();
        await("Escape is free again", () -> !escape.isEnabled());
    }

    private JList<?> list() {
        return (JList<?>) window.list("items").target();
    }

    private List<Path> files() {
        return GuiActionRunner.execute(() -> panel.storyboard().items().stream()
                .map(item -> ((ClipItem) item).file()).toList());
    }

    private void dropFiles(List<File> files) {
        Transferable transferable = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return files;
            }
        };
        GuiActionRunner.execute(() -> list().getTransferHandler().importData(new TransferHandler.TransferSupport(list(), transferable)));
    }
}
