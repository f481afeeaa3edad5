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
package org.sorastudio.studio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.TransferHandler;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.images.ImageFit;
import org.sorastudio.testing.TestPictures;

/** Drives the Shot editor's reference area in a real window: paste, drop, the preview and fit, size changes, Remove. */
class ShotEditorReferenceTest {

    @TempDir
    Path dir;
    private FrameFixture window;
    private ShotEditorPanel panel;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        System.setProperty(StudioDirectories.USERDIR_PROPERTY, dir.resolve("userdir").toString());
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new ShotEditorPanel(new BuiltInModelCatalog());
            panel.setShot(Shot.create("A harbour at dusk").withSize("1280x720"));
            JFrame f = new JFrame("Shot editor test");
            f.setContentPane(panel);
            f.setSize(1000, 900);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        window.focus();
        awaitTrue("the window has the focus", () -> GuiActionRunner.execute(() -> window.target().getFocusOwner() != null));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        System.clearProperty(StudioDirectories.USERDIR_PROPERTY);
    }

    @Test
    void ctrlVOnThePreviewPastesAPictureKeptAsAFileAndLetterboxIsChosen() throws Exception {
        Image picture = TestPictures.halves(1600, 1200);
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new PictureSelection(picture), null));

        ReferencePreview preview = preview();
        window.robot().click(preview);
        awaitTrue("the preview has the focus", () -> GuiActionRunner.execute(preview::isFocusOwner));
        window.robot().pressKey(KeyEvent.VK_CONTROL);
        window.robot().pressAndReleaseKey(KeyEvent.VK_V);
        window.robot().releaseKey(KeyEvent.VK_CONTROL);
        awaitDimensions("Source 1600 x 1200 PNG  →  shot 1280 x 720, Crop");
        window.comboBox("fit").selectItem(ImageFit.LETTERBOX.ordinal());
        awaitFit("letterbox");

        Shot shot = GuiActionRunner.execute(panel::shot);
        assertThat(Path.of(shot.referenceImage())).isRegularFile().startsWith(dir.resolve("userdir/references"));
        assertThat(shot.referenceFit()).contains("letterbox");
        awaitDimensions("Source 1600 x 1200 PNG  →  shot 1280 x 720, Letterbox");
        window.comboBox("letterboxFill").requireVisible().selectItem(1);
        awaitFit("letterbox:blur");
        assertThat(GuiActionRunner.execute(panel::shot).referenceFit()).contains("letterbox:blur");
        window.button("generate").requireEnabled();
    }

    @Test
    void aDroppedFileIsPreviewedTheCropFollowsTheMouseASizeChangeRefitsAndRemoveClears() throws Exception {
        Path photo = TestPictures.halves(dir, "photo.jpg", 1600, 1200, "jpeg");

        drop(photo);
        awaitDimensions("Source 1600 x 1200 JPEG  →  shot 1280 x 720, Crop");
        ReferencePreview preview = preview();
        Rectangle area = GuiActionRunner.execute(preview::sourceArea);
        window.robot().click(preview, new Point(area.x + area.width / 2, area.y + area.height / 10), MouseButton.LEFT_BUTTON, 1);
        awaitTrue("the focal point moved up", () -> GuiActionRunner.execute(() -> preview.fit().focusY() < 0.2),
                () -> GuiActionRunner.execute(preview::fit));
        assertThat(GuiActionRunner.execute(panel::shot).referenceFit().orElseThrow()).startsWith("crop@");

        window.comboBox("model").selectItem("sora-2-pro");
        window.comboBox("size").selectItem("1024x1792");
        awaitDimensions("Source 1600 x 1200 JPEG  →  shot 1024 x 1792, Crop");

        window.button("removeReference").click();
        awaitTrue("the reference is gone", () -> GuiActionRunner.execute(() -> panel.shot().referenceImage() == null));
        Shot shot = GuiActionRunner.execute(panel::shot);
        assertThat(shot.referenceFit()).isEmpty();
        window.label("referenceDimensions").requireText(" ");
    }

    @Test
    void aTruncatedImageIsExplainedUnderTheFieldAndBlocksGenerate() throws Exception {
        Path broken = TestPictures.truncated(TestPictures.halves(dir, "whole.png", 800, 600, "png"), dir.resolve("broken.png"));

        drop(broken);

        awaitTrue("the problem is shown", () -> window.label("referenceMessage").text().contains("is damaged or truncated"),
                () -> window.label("referenceMessage").text());
        window.button("generate").requireDisabled();
    }

    @Test
    void aHugeImageIsRefusedWithoutDecodingIt() throws Exception {
        Path bomb = TestPictures.bomb(dir, 30_000, 30_000);

        drop(bomb);

        awaitTrue("the problem is shown", () -> window.label("referenceMessage").text().contains("30,000 x 30,000 pixels"),
                () -> window.label("referenceMessage").text());
        window.button("generate").requireDisabled();
    }

    /** Drops {@code file} on the reference area through its transfer handler, as a file manager's drop does. */
    private void drop(Path file) {
        GuiActionRunner.execute(() -> {
            ReferencePreview preview = preview();
            Transferable files = new Transferable() {
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
                    return List.<File>of(file.toFile());
                }
            };
            TransferHandler.TransferSupport support = new TransferHandler.TransferSupport(preview, files);
            assertThat(preview.getTransferHandler().canImport(support)).isTrue();
            return preview.getTransferHandler().importData(support);
        });
    }

    private ReferencePreview preview() {
        return window.robot().finder().findByName(window.target(), "referencePreview", ReferencePreview.class);
    }

    /** Waits until the preview says {@code text} and shows the picture (the two are set one after the other). */
    private void awaitDimensions(String text) {
        awaitTrue("the preview says " + text, () -> window.label("referenceDimensions").text().equals(text)
                && GuiActionRunner.execute(preview()::shownText).isEmpty(),
                () -> window.label("referenceDimensions").text() + " / " + GuiActionRunner.execute(preview()::shownText));
    }

    /** Waits until the shot's reference fit starts with {@code fit}: a choice reaches the shot after the combo box's event. */
    private void awaitFit(String fit) {
        awaitTrue("the shot's fit is " + fit, () -> GuiActionRunner.execute(panel::shot).referenceFit().orElse("").startsWith(fit),
                () -> GuiActionRunner.execute(panel::shot).referenceFit());
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        awaitTrue(what, condition, () -> "");
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition, Supplier<Object> state) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.get();
            }

            @Override
            protected String descriptionAddendum() {
                return " (instead: " + state.get() + ")";
            }
        }, timeout(15_000));
    }

    /** A picture on the clipboard, as a screenshot tool puts it there. */
    private record PictureSelection(Image picture) implements Transferable {
        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[] {DataFlavor.imageFlavor};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return DataFlavor.imageFlavor.equals(flavor);
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            if (!isDataFlavorSupported(flavor)) {
                throw new UnsupportedFlavorException(flavor);
            }
            return picture;
        }
    }
}
