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

import java.util.ArrayList;
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
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection.Section;
import org.sorastudio.core.spi.FailureSection.SectionAction;
import org.sorastudio.testing.gui.GuiSteps;

/**
 * The Shot editor's outcome line in a real window: a shot held back by the prompt check says so (not "Queued") with
 * what the installed sections add and their Rewrite button; a blocked shot the same; the rewrite's next attempt is
 * queued and done; reports about other shots are not shown; with no section provider, the failure alone.
 */
class ShotOutcomeViewTest {

    private static final String WHY = "Flagged: violence (0.91)\nBecause of: \"explode\"";

    private JFrame frame;
    private FrameFixture window;
    private ShotOutcomeView view;
    private final List<FailedWork> asked = new CopyOnWriteArrayList<>();
    private final List<String> rewritten = new ArrayList<>();
    private final Shot shot = Shot.create("A car about to explode at dawn");

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        frame = GuiActionRunner.execute(() -> {
            view = new ShotOutcomeView(work -> {
                asked.add(work);
                return List.of(new Section("Why it was blocked", WHY,
                        List.of(new SectionAction("Rewrite & Resend…", () -> rewritten.add(work.shot().id())))));
            });
            JFrame f = new JFrame("Shot outcome test");
            f.setContentPane(view);
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
    void aShotHeldBackByThePromptCheckSaysWhyAndOffersTheRewrite() {
        GuiActionRunner.execute(() -> view.sending(shot));
        view.progress().heldBack(work(shot, "Held back before sending: 1 of 1 shots would be blocked."));

        GuiSteps.awaitTrue("the explanation", () -> shown("sectionText") == 1);
        assertThat(window.label("status").text()).startsWith("Held back, nothing was sent: A car about to explode")
                .doesNotContain("Queued");
        window.textBox("failureMessage").requireText("Held back before sending: 1 of 1 shots would be blocked.");
        window.textBox("sectionText").requireText(WHY);
        assertThat(asked).singleElement().satisfies(work -> assertThat(work.shot()).isEqualTo(shot));

        GuiSteps.press(window.button("action:Rewrite & Resend…"));
        GuiSteps.awaitTrue("the rewrite asked for", () -> rewritten.equals(List.of(shot.id())));
    }

    @Test
    void aBlockedShotIsExplainedAndItsRewriteIsFollowedToTheEnd() {
        GuiActionRunner.execute(() -> view.sending(shot));
        view.progress().queued(shot);
        GuiSteps.awaitTrue("queued", () -> window.label("status").text().startsWith("Queued: A car"));

        view.progress().failed(work(shot, "The server's moderation blocked this prompt."));
        GuiSteps.awaitTrue("the explanation", () -> shown("sectionText") == 1);
        assertThat(window.label("status").text()).startsWith("Failed: A car about to explode");
        window.button("action:Rewrite & Resend…").requireEnabled();

        Shot rewrite = shot.withPrompt("A car about to drive off at dawn");
        view.progress().queued(rewrite);
        GuiSteps.awaitTrue("the rewrite queued", () -> window.label("status").text().equals("Queued: " + rewrite.prompt()));
        assertThat(shown("sectionText")).isZero();
        view.progress().completed(rewrite);
        GuiSteps.awaitTrue("the rewrite done", () -> window.label("status").text().equals("Done: " + rewrite.prompt()));
    }

    @Test
    void reportsAboutAnotherShotAreNotShown() {
        GuiActionRunner.execute(() -> view.sending(shot));
        Shot other = Shot.create("Another shot");
        view.progress().failed(work(other, "Blocked"));
        view.progress().queued(shot);
        GuiSteps.awaitTrue("queued", () -> window.label("status").text().startsWith("Queued: A car"));
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutSectionProvidersTheFailureAloneIsShown() {
        GuiActionRunner.execute(() -> {
            view = new ShotOutcomeView(work -> List.of());
            frame.setContentPane(view);
            frame.revalidate();
            view.sending(shot);
        });
        view.progress().failed(work(shot, "The server's moderation blocked this prompt."));
        GuiSteps.awaitTrue("explained", () -> window.robot().finder().findAll(c -> c.isShowing()
                && c instanceof javax.swing.JLabel label && "Finding out why…".equals(label.getText())).isEmpty()
                && window.label("status").text().startsWith("Failed:"));
        window.textBox("failureMessage").requireText("The server's moderation blocked this prompt.");
        assertThat(shown("sectionText")).isZero();
    }

    /** How many components named {@code name} are on screen (earlier tests' windows are gone but still found). */
    private int shown(String name) {
        return window.robot().finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).size();
    }

    private static FailedWork work(Shot shot, String message) {
        return new FailedWork(shot.prompt(), shot.prompt(), "Offline simulator", null,
                Failure.of(Failure.Kind.MODERATION, message), shot);
    }
}
