package org.sorastudio.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.testing.gui.GuiSteps;

/** Tools > Options > Safety in a real window: what is stored shows, and what the user changes is what would be saved. */
class SafetyOptionsPanelTest {

    private FrameFixture window;
    private SafetyOptionsPanel panel;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new SafetyOptionsPanel(changes::incrementAndGet);
            panel.load(new SafetyPreferences(false, List.of("gun", "blood")));
            JFrame f = new JFrame("Safety");
            f.setContentPane(panel);
            f.setSize(700, 300);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void theStoredSettingsShowAndTheUsersChangesAreWhatWouldBeSaved() {
        window.checkBox("checkBeforeSending").requireNotSelected();
        window.textBox("watchedWords").requireText("gun, blood");

        GuiSteps.press(window.checkBox("checkBeforeSending"));
        window.textBox("watchedWords").setText("gun, , knife ,gun");

        assertThat(GuiActionRunner.execute(panel::preferences)).isEqualTo(new SafetyPreferences(true, List.of("gun", "knife")));
        assertThat(changes.get()).isPositive();
    }
}
