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
package org.sorastudio.profiles.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.testing.gui.GuiSteps.awaitTrue;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.testing.gui.GuiSteps;

/** The toolbar's and the status bar's profile switchers in a real window, over a real settings file. */
class ProfileSwitchersTest {

    private static final Profile GATEWAY = new Profile("LiteLLM", "http://gateway.local:4000/v1", null, null, List.of());
    private static final Profile OPENAI = new Profile("OpenAI", "https://api.openai.com/v1", null, null, List.of());

    @TempDir
    Path folder;

    private SettingsStore settings;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        settings = new SettingsStore(folder.resolve("config.json"));
        settings.update(new Settings(Profile.OFFLINE_SIMULATOR, List.of(GATEWAY, OPENAI), null, 2, 30, 60, null));
        InMemoryKeys keys = new InMemoryKeys();
        keys.save(OPENAI.keyringKey(), "sk-stored", "test");
        ProfileChoices choices = new ProfileChoices(settings, keys);
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Profile switchers");
            JPanel content = new JPanel(new BorderLayout());
            content.add(ProfileSwitcherAction.presenter(choices), BorderLayout.NORTH);
            content.add(ActiveProfileStatus.create(choices), BorderLayout.SOUTH);
            f.setContentPane(content);
            f.setSize(600, 160);
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
    void everyProfileIsListedWithItsServerAndKeyState() {
        awaitTrue("profiles listed", () -> combo().getItemCount() == 3);

        assertThat(window.comboBox("profileSwitcher").contents()).containsExactly(
                "Offline simulator · embedded", "LiteLLM · gateway.local:4000 · no key", "OpenAI · api.openai.com");
        window.comboBox("profileSwitcher").requireSelection("Offline simulator · embedded");
        window.label("activeProfile").requireText("Offline simulator · embedded");
    }

    @Test
    void choosingAProfileInTheToolbarSwitchesTheStudioAndTheStatusBarFollows() {
        awaitTrue("profiles listed", () -> combo().getItemCount() == 3);

        window.comboBox("profileSwitcher").selectItem("OpenAI · api.openai.com");

        awaitTrue("settings switched", () -> settings.get().activeProfile().equals("OpenAI"));
        awaitTrue("status bar follows", () -> status().getText().equals("OpenAI · api.openai.com"));
    }

    @Test
    void aSwitchMadeElsewhereReachesBothSwitchers() throws Exception {
        awaitTrue("profiles listed", () -> combo().getItemCount() == 3);

        settings.update(settings.get().withActiveProfile("LiteLLM"));

        awaitTrue("toolbar follows", () -> combo().getSelectedItem().toString().startsWith("LiteLLM"));
        awaitTrue("status bar follows", () -> status().getText().equals("LiteLLM · gateway.local:4000 · no key"));
    }

    @SuppressWarnings("unchecked")
    private JComboBox<ProfileEntry> combo() {
        return (JComboBox<ProfileEntry>) window.comboBox("profileSwitcher").target();
    }

    private JLabel status() {
        return window.label("activeProfile").target();
    }

    /** The keyring's part, in memory: only whether a key is stored matters here. */
    private static final class InMemoryKeys implements CredentialStore {

        private final Map<String, String> secrets = new ConcurrentHashMap<>();

        @Override
        public Optional<String> read(String key) {
            return Optional.ofNullable(secrets.get(key));
        }

        @Override
        public void save(String key, String secret, String description) {
            secrets.put(key, secret);
        }

        @Override
        public void delete(String key) {
            secrets.remove(key);
        }
    }
}
