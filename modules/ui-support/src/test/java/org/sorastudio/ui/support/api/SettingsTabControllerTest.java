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
package org.sorastudio.ui.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.settings.StudioDirectories;

/**
 * A tab over the studio's real settings store (core's, found in the default lookup, in a temporary user directory):
 * Apply writes its part into config.json and keeps what another tab stored meanwhile; its form binds each label to
 * its field with the bundle's mnemonic.
 */
class SettingsTabControllerTest {

    private static Path userdir;

    @BeforeAll
    static void temporaryUserDirectory() throws Exception {
        userdir = Files.createTempDirectory("ui-support-settings");
        System.setProperty(StudioDirectories.USERDIR_PROPERTY, userdir.toString());
    }

    @AfterAll
    static void forgetIt() {
        System.clearProperty(StudioDirectories.USERDIR_PROPERTY);
    }

    @Test
    void applyWritesTheTabsPartIntoConfigJsonAndKeepsTheRest() throws Exception {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        assertThat(store.path().getParent()).isEqualTo(userdir);
        AtomicReference<FolderTab> tab = new AtomicReference<>();
        SettingsTabController controller = new SettingsTabController(edited -> {
            tab.set(new FolderTab(edited));
            return tab.get();
        });
        onEdt(() -> {
            controller.getComponent(Lookup.EMPTY);
            controller.update();
        });
        OptionsTabController.awaitStorage();
        onEdt(() -> { });
        store.update(settings -> settings.withQueue(7, 3));

        onEdt(() -> {
            tab.get().folder.setText("/clips/elsewhere");
            tab.get().edited.run();
        });
        assertThat(controller.isChanged()).isTrue();
        onEdt(controller::applyChanges);
        OptionsTabController.awaitStorage();

        Settings saved = new SettingsStore(store.path()).get();
        assertThat(saved.outputDirectory()).isEqualTo("/clips/elsewhere");
        assertThat(saved.parallelJobs()).isEqualTo(7);
        assertThat(saved.maxRetries()).isEqualTo(3);
    }

    @Test
    void theFormBindsEachLabelToItsFieldWithItsMnemonic() throws Exception {
        AtomicReference<FolderTab> tab = new AtomicReference<>();
        onEdt(() -> tab.set(new FolderTab(() -> { })));

        JLabel label = (JLabel) tab.get().form.getComponent(0);

        assertThat(label.getText()).isEqualTo("Output folder:");
        assertThat(label.getLabelFor()).isSameAs(tab.get().folder);
        assertThat(label.getDisplayedMnemonic()).isEqualTo('O');
    }

    private static void onEdt(Runnable task) throws Exception {
        SwingUtilities.invokeAndWait(task);
    }

    /** A tab for the output folder, as General's is. */
    private static final class FolderTab implements OptionsTab<Settings> {
        final JTextField folder = new JTextField();
        final OptionsForm form = new OptionsForm();
        final Runnable edited;

        FolderTab(Runnable edited) {
            this.edited = edited;
            form.row("&Output folder:", folder).note(new JLabel("Clips go here.")).done();
        }

        @Override
        public JComponent component() {
            return form;
        }

        @Override
        public void load(Settings settings) {
            folder.setText(settings.outputDirectory());
        }

        @Override
        public UnaryOperator<Settings> edits() {
            String chosen = folder.getText();
            return settings -> settings.withOutputDirectory(chosen);
        }
    }
}
