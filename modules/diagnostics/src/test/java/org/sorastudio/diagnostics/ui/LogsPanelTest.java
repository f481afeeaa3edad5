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
package org.sorastudio.diagnostics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.core.KeyPressInfo.keyCode;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.diagnostics.capture.LogCapture;

/** Drives the Logs window's panel in a real window, fed through a real logger. */
class LogsPanelTest {

    private static final int CAPACITY = 1_000;
    /** AssertJ Swing presses modifiers given as the old-style masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;

    @TempDir
    Path folder;
    private final LogCapture capture = new LogCapture(CAPACITY);
    private final List<String> statusLine = new ArrayList<>();
    private Logger logger;
    private LogsPanel panel;
    private FrameFixture window;
    private JTableFixture lines;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void show() {
        logger = Logger.getLogger("org.sorastudio.test." + UUID.randomUUID());
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new LogsPanel(capture, folder, statusLine::add);
            JFrame f = new JFrame("Logs test");
            f.setContentPane(panel);
            f.setSize(1000, 600);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        lines = window.table("lines");
    }

    @AfterEach
    void close() {
        logger.removeHandler(capture);
        window.cleanUp();
    }

    private void awaitRows(int rows) {
        await(rows + " rows", () -> lines.rowCount() == rows, lines::rowCount);
    }

    private static void await(String what, Supplier<Boolean> condition, Supplier<Object> instead) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::get);
            }

            @Override
            protected String descriptionAddendum() {
                return " (instead: " + GuiActionRunner.execute(instead::get) + ")";
            }
        }, timeout(15_000));
    }

    private static String clipboard() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return ""; // nothing there yet, or another program's
        }
    }

    private void logThree() {
        logger.info("Queue opened for Untitled");
        logger.fine("--> POST http://127.0.0.1/v1/videos (attempt 1)\n{\"prompt\":\"A red kite over a hill\"}");
        logger.warning("Rate limited: retrying in 2 s");
        awaitRows(3);
    }

    @Test
    void showsLinesLiveWithTheWholeTextOfTheSelectedOne() {
        logThree();

        assertThat(lines.valueAt(TableCell.row(1).column(LogTableModel.MESSAGE)))
                .isEqualTo("--> POST http://127.0.0.1/v1/videos (attempt 1)");
        assertThat(lines.valueAt(TableCell.row(2).column(LogTableModel.LEVEL))).isEqualTo("Warning");
        lines.selectRows(1);
        assertThat(window.textBox("detail").text()).contains("FINE [test.", "{\"prompt\":\"A red kite over a hill\"}");
        assertThat(window.label(new GenericTypeMatcher<JLabel>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return label.getText().endsWith(" lines");
            }
        }).text()).isEqualTo("3 of 3 lines");
    }

    @Test
    void theLevelFilterAndTheSearchApplyAtOnce() {
        logThree();

        window.comboBox("shown").selectItem(Shown.PROBLEMS.ordinal());
        awaitRows(1);
        window.comboBox("shown").selectItem(Shown.EVERYTHING.ordinal());
        awaitRows(3);
        window.textBox("search").enterText("KITE");
        awaitRows(1);
        window.textBox("search").deleteText();
        awaitRows(3);
    }

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() throws Exception {
        logThree();
        assertThat(KeyboardWalk.walk(window)).extracting(java.awt.Component::getName).contains("lines", "clear");
    }

    @Test
    void controlLClearsAndCopyTakesWholeLines() throws Exception {
        logThree();

        lines.selectRows(0, 2);
        lines.pressAndReleaseKey(keyCode(KeyEvent.VK_C).modifiers(CTRL));
        await("the clipboard holds the lines", () -> clipboard().contains("Rate limited"), LogsPanelTest::clipboard);
        String copied = clipboard();
        assertThat(copied.lines()).hasSize(2);
        assertThat(copied).contains("INFO [test.", "Queue opened for Untitled", "WARNING [test.", "Rate limited");

        lines.pressAndReleaseKey(keyCode(KeyEvent.VK_L).modifiers(CTRL));
        awaitRows(0);
        assertThat(capture.after(0)).isEmpty();
        logger.info("after clearing");
        awaitRows(1);
    }

    @Test
    void aFloodOfLinesKeepsTheNewestWithinTheCapacity() throws Exception {
        Thread flood = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                logger.fine("burst " + i);
            }
        });
        flood.start();
        flood.join();

        await("the newest line at the end", () -> lines.rowCount() > 0
                && "burst 49999".equals(lines.valueAt(TableCell.row(lines.rowCount() - 1).column(LogTableModel.MESSAGE))), lines::rowCount);
        assertThat(lines.rowCount()).isEqualTo(CAPACITY);
        assertThat(lines.valueAt(TableCell.row(0).column(LogTableModel.MESSAGE))).isEqualTo("burst 49000");
    }

    @Test
    void savesTheLinesShown() throws Exception {
        logThree();
        window.comboBox("shown").selectItem(Shown.INFORMATION.ordinal());
        awaitRows(2);

        Path saved = folder.resolve("studio logs.txt");
        GuiActionRunner.execute(() -> panel.save(saved)).waitFinished();

        assertThat(Files.readAllLines(saved)).hasSize(2)
                .anyMatch(l -> l.contains("Queue opened")).anyMatch(l -> l.contains("Rate limited"));
        await("the status line", () -> !statusLine.isEmpty(), () -> statusLine);
        assertThat(statusLine).containsExactly("Saved 2 lines to " + saved);
    }
}
