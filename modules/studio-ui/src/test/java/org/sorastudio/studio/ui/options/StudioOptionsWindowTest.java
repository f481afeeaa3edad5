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
package org.sorastudio.studio.ui.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.testing.gui.GuiSteps.awaitTrue;
import static org.sorastudio.testing.gui.GuiSteps.press;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.assertj.core.data.Offset;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.options.OptionsDisplayer;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.studio.ui.appearance.AppearanceFollower;
import org.sorastudio.studio.ui.appearance.Theme;
import org.sorastudio.ui.support.api.StudioOptions;

/**
 * The platform's Options window, opened on the Sora Studio category as a user opens it, with its tabs as the modules
 * on the class path register them; OK switches the theme and the text size live in every open window, Cancel
 * leaves both and the settings as they were.
 */
class StudioOptionsWindowTest {

    @TempDir
    static Path userdir;

    private static SettingsStore store;
    private Robot robot;
    private JFrame studio;
    private JDialog player;
    private DialogFixture options;

    @BeforeAll
    static void startStudio() throws Exception {
        System.setProperty(StudioDirectories.USERDIR_PROPERTY, userdir.toString());
        FailOnThreadViolationRepaintManager.install();
        store = Lookup.getDefault().lookup(SettingsStore.class);
        new AppearanceFollower.Start().run();
    }

    @BeforeEach
    void openWindows() throws Exception {
        store.update(Settings.defaults().withAppearance(Theme.DARK.setting(), Settings.DEFAULT_FONT_SCALE));
        AppearanceFollower.settle();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        GuiActionRunner.execute(() -> {
            studio = new JFrame("Sora Studio");
            studio.add(new JLabel("Shot editor"));
            studio.setSize(600, 400);
            studio.setVisible(true);
            player = new JDialog(studio, "Player");
            player.add(new JLabel("00:00 / 00:04"));
            player.setSize(300, 200);
            player.setVisible(true);
            return null;
        });
        assertThat(UIManager.getLookAndFeel()).isInstanceOf(FlatDarkLaf.class);
    }

    @AfterEach
    void closeWindows() {
        if (options != null && options.target().isShowing()) {
            press(options.button(withText("Cancel")));
        }
        GuiActionRunner.execute(() -> {
            player.dispose();
            studio.dispose();
            return null;
        });
        robot.cleanUpWithoutDisposingWindows();
    }

    @Test
    void okSwitchesTheThemeAndTheTextSizeInEveryWindowAndRemembersThem() throws Exception {
        float before = labelFontSize(studio);
        openAppearanceTab();

        options.comboBox("theme").selectItem(Theme.LIGHT.toString());
        GuiActionRunner.execute(() -> {
            options.spinner("fontScale").target().setValue(120);
            return null;
        });
        awaitTrue("Apply is enabled", () -> button("Apply").isEnabled());
        press(options.button(withText("OK")));

        awaitTrue("the look and feel is Light", () -> UIManager.getLookAndFeel() instanceof FlatLightLaf);
        awaitTrue("the text is 120 %", () -> Math.abs(labelFontSize(studio) - before * 1.2f) < 1);
        for (Window window : List.of(studio, player)) {
            assertThat(GuiActionRunner.execute(() -> SwingUtilities.getRootPane(window).getUI().getClass().getName()))
                    .as("%s has the new look and feel's UI", window).startsWith("com.formdev.flatlaf");
            assertThat(labelFontSize(window)).as("text size in %s", window).isCloseTo(before * 1.2f, Offset.offset(1f));
        }
        awaitTrue("the settings remember it", () -> store.get().fontScalePercent() == 120
                && Theme.LIGHT.setting().equals(store.get().theme()));
        assertThat(new SettingsStore(store.path()).get().theme()).isEqualTo(Theme.LIGHT.setting());
    }

    @Test
    void cancelKeepsTheThemeTheTextSizeAndTheSettings() throws Exception {
        float before = labelFontSize(studio);
        openAppearanceTab();

        options.comboBox("theme").selectItem(Theme.HIGH_CONTRAST.toString());
        awaitTrue("Apply is enabled", () -> button("Apply").isEnabled());
        press(options.button(withText("Cancel")));

        awaitTrue("the Options window is closed", () -> !options.target().isShowing());
        AppearanceFollower.settle();
        assertThat(UIManager.getLookAndFeel()).isInstanceOf(FlatDarkLaf.class);
        assertThat(labelFontSize(studio)).isEqualTo(before);
        assertThat(store.get().theme()).isEqualTo(Theme.DARK.setting());
    }

    private void openAppearanceTab() {
        SwingUtilities.invokeLater(() -> OptionsDisplayer.getDefault().open(StudioOptions.CATEGORY + "/Appearance", false));
        options = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return dialog.isShowing() && dialog != player;
            }
        }).withTimeout(30_000).using(robot);
        JTabbedPane tabs = options.robot().finder().findByType(options.target(), JTabbedPane.class, true);
        awaitTrue("the studio's tabs are there", () -> tabs.indexOfTab("General") >= 0 && tabs.indexOfTab("Appearance") >= 0
                && tabs.indexOfTab("Advanced") >= 0);
        awaitTrue("the Appearance tab shows", () -> "Appearance".equals(tabs.getTitleAt(tabs.getSelectedIndex())));
        awaitTrue("the settings are read", () -> options.comboBox("theme").target().getSelectedItem() == Theme.DARK);
    }

    private JButton button(String text) {
        return options.button(withText(text)).target();
    }

    private static GenericTypeMatcher<JButton> withText(String text) {
        return new GenericTypeMatcher<>(JButton.class) {
            @Override
            protected boolean isMatching(JButton button) {
                return text.equals(button.getText()) && button.isShowing();
            }
        };
    }

    private static float labelFontSize(Window window) {
        return GuiActionRunner.execute(() -> {
            JLabel label = findLabel(window);
            Font font = label.getFont();
            return font.getSize2D();
        });
    }

    private static JLabel findLabel(java.awt.Container container) {
        for (java.awt.Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                return label;
            }
            if (child instanceof java.awt.Container inner) {
                JLabel found = findLabel(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
