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
package org.sorastudio.profiles.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.testing.gui.GuiSteps.press;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/**
 * The Options panel in a real window: adding a server, validation, what would be stored. Typing goes
 * through the robot; the Add and Remove buttons are pressed through Swing (see {@link GuiSteps}).
 */
class StudioOptionsPanelTest {

    private FrameFixture window;
    private StudioOptionsPanel panel;
    private final AtomicInteger changes = new AtomicInteger();

    @TempDir
    Path folder;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        Profile gateway = new Profile("LiteLLM", "http://gateway.local:4000/v1", null, null, List.of("x-litellm-key"));
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new StudioOptionsPanel(changes::incrementAndGet,
                    new HeadlessCredentialStore(Map.of(), folder.resolve("credentials.properties")));
            panel.load(new Settings(Profile.OFFLINE_SIMULATOR, List.of(gateway), null, 3, 30, 60, null),
                    List.of(ProfileDraft.of(gateway, true)));
            JFrame f = new JFrame("Options test");
            f.setContentPane(panel);
            f.setSize(800, 600);
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
    void showsTheStoredProfileWithoutRevealingItsSecrets() {
        window.textBox("profileName").requireText("LiteLLM");
        window.textBox("apiKey").requireText("");
        assertThat(window.textBox("headers").text()).contains("x-litellm-key:");
        window.comboBox("activeProfile").requireSelection(Profile.OFFLINE_SIMULATOR);
        assertThat(GuiActionRunner.execute(panel::problem)).isNull();
    }

    @Test
    void aNewServerNeedsAValidUrlAndAKeyBeforeItCanBeSaved() {
        press(window.button("addProfile"));
        window.textBox("profileName").deleteText().enterText("OpenAI");
        window.textBox("baseUrl").setText("api.openai.com");
        assertThat(window.label("problem").text()).contains("base URL must look like");

        window.textBox("baseUrl").setText("https://api.openai.com/v1");
        assertThat(window.label("problem").text()).contains("enter its API key");

        window.textBox("apiKey").setText("sk-test-123");
        assertThat(window.label("problem").text()).isBlank();
        window.comboBox("activeProfile").selectItem("OpenAI");

        assertThat(GuiActionRunner.execute(panel::activeProfile)).isEqualTo("OpenAI");
        assertThat(GuiActionRunner.execute(panel::drafts)).extracting(ProfileDraft::toProfile).extracting(Profile::name)
                .containsExactly("LiteLLM", "OpenAI");
        ProfileDraft openai = GuiActionRunner.execute(() -> panel.drafts().get(1));
        assertThat(openai.apiKey).isEqualTo("sk-test-123");
        assertThat(changes.get()).isPositive();
    }

    @Test
    void duplicateNamesAreRefused() {
        press(window.button("addProfile"));
        window.textBox("profileName").deleteText().enterText("LiteLLM");
        assertThat(window.label("problem").text()).contains("already called \"LiteLLM\"");
    }

    @Test
    void headerValuesAreTakenAsSecrets() {
        window.textBox("headers").setText("x-litellm-key: sk-gw-1\nx-team: video");

        ProfileDraft draft = GuiActionRunner.execute(() -> panel.drafts().get(0));
        assertThat(draft.headers).containsEntry("x-litellm-key", "sk-gw-1").containsEntry("x-team", "video");
        assertThat(draft.toProfile().extraHeaderNames()).containsExactly("x-litellm-key", "x-team");
    }

    @Test
    void removingTheActiveServerFallsBackToTheSimulator() {
        window.comboBox("activeProfile").selectItem("LiteLLM");
        press(window.button("removeProfile"));
        assertThat(GuiActionRunner.execute(panel::activeProfile)).isEqualTo(Profile.OFFLINE_SIMULATOR);
    }

    @Test
    void exportWritesTheSelectedServerThroughTheRealFileChooserWithoutItsKeyOrHeaderValue() throws Exception {
        window.textBox("apiKey").setText("sk-typed-new-key-5150");
        window.textBox("headers").setText("x-litellm-key: gw-typed-secret-77");

        window.button("exportProfiles").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(10_000));
        chooser.fileNameTextBox().setText(folder.resolve("team").toString());
        chooser.fileNameTextBox().requireText(folder.resolve("team").toString());
        chooser.approve();

        Path file = folder.resolve("team.json");
        GuiSteps.awaitTrue("the export's result", () -> panel.transferResult() != null && !panel.transferResult().isBlank());
        assertThat(GuiActionRunner.execute(panel::transferResult)).isEqualTo("Exported 1 server to " + file
                + ", without API keys or header values.");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"LiteLLM\"", "http://gateway.local:4000/v1", "x-litellm-key")
                .doesNotContain("sk-typed-new-key-5150").doesNotContain("gw-typed-secret-77");
    }

    @Test
    void importAddsTheFilesServersRenamingATakenNameAndSaysWhichNeedAKey() throws Exception {
        Path file = Files.writeString(folder.resolve("colleague.json"), "{\"format\": \"sorastudio-profiles\", \"version\": 1, "
                + "\"profiles\": [{\"name\": \"LiteLLM\", \"baseUrl\": \"https://litellm.example/v1\"},"
                + "{\"name\": \"Work\", \"baseUrl\": \"https://work.example/v1\", \"extraHeaderNames\": [\"x-team\"]}]}");

        window.button("importProfiles").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(10_000));
        chooser.fileNameTextBox().setText(file.toString());
        chooser.fileNameTextBox().requireText(file.toString());
        chooser.approve();

        GuiSteps.awaitTrue("the import's result", () -> panel.transferResult() != null && !panel.transferResult().isBlank());
        assertThat(GuiActionRunner.execute(panel::transferResult)).isEqualTo(String.join("\n",
                "Imported from colleague.json: \"LiteLLM (2)\" (was \"LiteLLM\", a name already taken), \"Work\".",
                "Enter the API key of \"LiteLLM (2)\", \"Work\" before you press OK or Apply.",
                "Give \"Work\" its header values under Extra headers (\"Name: value\")."));
        assertThat(GuiActionRunner.execute(panel::drafts)).extracting(ProfileDraft::toProfile).extracting(Profile::baseUrl)
                .containsExactly("http://gateway.local:4000/v1", "https://litellm.example/v1", "https://work.example/v1");
        window.textBox("profileName").requireText("LiteLLM (2)");
        assertThat(window.label("problem").text()).contains("\"LiteLLM (2)\": enter its API key");
        window.comboBox("activeProfile").requireItemCount(4);
    }

    @Test
    void aFileFromANewerStudioIsRefusedAndNothingIsAdded() throws Exception {
        Path file = Files.writeString(folder.resolve("newer.json"), "{\"format\": \"sorastudio-profiles\", \"version\": 2, "
                + "\"profiles\": [{\"name\": \"Future\", \"baseUrl\": \"https://future.example/v1\", \"hologram\": true}]}");

        window.button("importProfiles").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(10_000));
        chooser.fileNameTextBox().setText(file.toString());
        chooser.fileNameTextBox().requireText(file.toString());
        chooser.approve();

        GuiSteps.awaitTrue("the refusal", () -> panel.transferResult() != null && !panel.transferResult().isBlank());
        assertThat(GuiActionRunner.execute(panel::transferResult)).isEqualTo("Nothing was imported from newer.json: it was written "
                + "by a newer Sora Studio. Update Sora Studio to import it.");
        assertThat(GuiActionRunner.execute(panel::drafts)).hasSize(1);
        assertThat(window.button(JButtonMatcher.withName("importProfiles")).isEnabled()).isTrue();
    }

    /** The Options window's Profiles tab, with the keyboard alone and in every language. */
    @Test
    void everyControlIsNamedReachedWithTheKeyboardAndHasItsOwnMnemonic() {
        KeyboardWalk.walk(window);
        MnemonicCheck.inEveryLanguage(() -> new StudioOptionsPanel(() -> { },
                new HeadlessCredentialStore(Map.of(), folder.resolve("credentials.properties"))));
    }
}
