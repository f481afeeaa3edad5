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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/** The profile tuning form in a real window: the stored values, the user's changes, delays out of order refused. */
class ProfileTuningFormTest {

    private FrameFixture window;
    private ProfileTuningForm form;
    private final List<Boolean> validity = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            form = new ProfileTuningForm(new ProfileTuning(2, 5, 500, 8000, 100, 15), validity::add);
            JFrame f = new JFrame("Tuning");
            f.setContentPane(form);
            f.pack();
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
    void theStoredValuesShowAndTheChangesAreWhatWouldBeSaved() {
        window.spinner("tuningParallel").requireValue(2);
        window.spinner("tuningMaxDelay").requireValue(8000);
        window.spinner("tuningPoll").requireValue(15);

        window.spinner("tuningParallel").enterTextAndCommit("1");
        window.spinner("tuningRetries").enterTextAndCommit("8");
        window.spinner("tuningBaseDelay").enterTextAndCommit("2000");
        window.spinner("tuningMaxDelay").enterTextAndCommit("30000");
        window.spinner("tuningJitter").enterTextAndCommit("50");
        window.spinner("tuningPoll").enterTextAndCommit("30");

        assertThat(GuiActionRunner.execute(form::tuning)).contains(new ProfileTuning(1, 8, 2000, 30_000, 50, 30));
    }

    @Test
    void aLongestWaitBelowTheFirstIsRefusedWithItsReason() {
        window.spinner("tuningMaxDelay").enterTextAndCommit("100");

        GuiSteps.awaitTrue("the reason", () -> window.label("tuningProblem").target().getText()
                .equals("The longest wait must be at least the first one."));
        assertThat(GuiActionRunner.execute(form::tuning)).isEmpty();
        assertThat(validity).last().isEqualTo(false);
    }

    @Test
    void theDraftKeepsTheTuningIntoTheSavedProfile() {
        ProfileTuning slow = new ProfileTuning(1, 8, 2000, 30_000, 50);
        ProfileDraft draft = ProfileDraft.of(new Profile("Gateway", "https://gw.example/v1", null, null, List.of()).withTuning(slow),
                true);

        assertThat(draft.toProfile().tuning()).isEqualTo(slow);
    }

    /** The profile's Tuning form with the keyboard alone: named, reached, no trap, its own mnemonics. */
    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        KeyboardWalk.walk(window);
    }
}
