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
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.FailureAdvice;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.diagnostics.bundle.LogBundle;
import org.sorastudio.diagnostics.bundle.StudioFacts;
import org.sorastudio.diagnostics.capture.LogCapture;
import org.sorastudio.diagnostics.failure.IssueReport;
import org.sorastudio.openai.ApiError;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/**
 * The error panel in a real window, for a create the simulator refused over HTTP with a canary key: the sentence, the
 * next step, the request id, a section another module adds through Lookup, Copy Details, and Include in Issue writing
 * a report that quotes the exchange and holds no key.
 */
class FailurePanelTest {

    private static final String CANARY = "sk-canary-" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path folder;
    private final LogCapture capture = new LogCapture(LogCapture.DEFAULT_CAPACITY);
    private final Logger http = Logger.getLogger("org.sorastudio.openai.http");
    private final Logger studio = Logger.getLogger("org.sorastudio");
    private Level httpLevel;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void captureLikeTheStudio() {
        httpLevel = http.getLevel();
        http.setLevel(Level.FINE);
        http.addHandler(capture);
        studio.addHandler(capture);
    }

    @AfterEach
    void close() {
        http.removeHandler(capture);
        studio.removeHandler(capture);
        http.setLevel(httpLevel);
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void showsTheFailureItsNextStepAndRequestIdCopiesItAndWritesAReportWithoutTheKey() throws Exception {
        FailedWork work = refusedCreate();
        Failure failure = work.failure();
        List<FailureSection.Section> sections = FailureExplanations.sectionsFor(work);
        assertThat(sections).extracting(FailureSection.Section::title).containsExactly("Extra");
        Path reports = folder.resolve("reports");
        show(() -> new FailurePanel(work, sections, (w, s) -> new IssueReport(new LogBundle(List.of(CANARY)),
                StudioFacts.describe(folder), capture.after(0)).write(reports, w, s)));

        assertThat(window.textBox("happened").text()).isEqualTo("The server refused the request: " + refused(failure));
        assertThat(window.textBox("nextStep").text()).isEqualTo(FailureAdvice.nextStep(failure)).contains("Choose a size");
        assertThat(window.textBox("requestIds").text()).isEqualTo(failure.requestIds().get(0)).startsWith("req_");
        assertThat(window.textBox("section0").text()).isEqualTo("added through Lookup");
        assertThat(window.label("kind").text()).isEqualTo("The server refused the request");

        // through Swing: a robot click on a loaded X server can be lost (the whole suite once timed out here)
        GuiSteps.press(window.button("copyDetails"));
        await("the details are copied", () -> window.label("result").target().getText().contains("clipboard"));
        assertThat(clipboard()).contains(refused(failure), FailureAdvice.nextStep(failure), failure.requestIds().get(0),
                "HTTP status: 400", "Field: size", "Extra:\nadded through Lookup");

        GuiSteps.press(window.button("includeInIssue"));
        await("the report is written", () -> window.label("result").target().getText().endsWith("it holds no keys."));
        Path report;
        try (Stream<Path> files = Files.list(reports)) {
            report = files.findFirst().orElseThrow();
        }
        String text = Files.readString(report);
        assertThat(window.label("result").text()).contains(report.getFileName().toString());
        assertThat(window.label("result").target().getToolTipText()).isEqualTo(report.toString());
        assertThat(text).contains(refused(failure), failure.requestIds().get(0), "Java: ", "Operating system: ",
                "Last API exchanges", "--> POST", "<-- 400", "[redacted]")
                .doesNotContain(CANARY);
        assertThat(clipboard()).isEqualTo(text);
        KeyboardWalk.walk(window);
    }

    /** A create the simulator refuses (a size no model has), sent with the canary key, and a warning echoing the key. */
    private FailedWork refusedCreate() {
        SimulatorConfig config = SimulatorConfig.builder().seed(5).validKeys(Set.of(CANARY)).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), CANARY).build()) {
            client.listModels();
            ApiException refused = catchThrowableOfType(ApiException.class,
                    () -> client.create(new CreateVideoRequest("A lighthouse in fog", "sora-2", "4", "123x45", null)));
            studio.warning("The gateway answered: key " + CANARY + " is not valid for this project");
            ApiError error = refused.error().orElseThrow();
            Failure failure = new Failure(Failure.Kind.API_ERROR, "the server refused the request: " + refused.getMessage(),
                    refused.statusCode(), error.type(), error.code(), error.param(), List.of(refused.requestId().orElseThrow()), null);
            return new FailedWork("A lighthouse in fog", "A lighthouse in fog", "Work", null, failure);
        }
    }

    /** The message without the queue's lower-case lead, which the panel turns into a sentence. */
    private static String refused(Failure failure) {
        return failure.message().substring("the server refused the request: ".length());
    }

    private void show(Supplier<FailurePanel> panel) {
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Error panel test");
            f.setContentPane(panel.get());
            f.pack();
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        window.focus();
        await("the window holds the focus", () -> window.target().getFocusOwner() != null);
    }

    private void await(String what, Supplier<Boolean> condition) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::get);
            }
        }, timeout(20_000));
    }

    private static String clipboard() throws Exception {
        return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
    }

    /** What another module (the moderation module of issue 13) would register: a section for the failures it knows. */
    @ServiceProvider(service = FailureSection.class)
    public static final class ExtraSection implements FailureSection {

        @Override
        public Optional<Section> sectionFor(FailedWork work) {
            return "size".equals(work.failure().errorParam()) ? Optional.of(new Section("Extra", "added through Lookup"))
                    : Optional.empty();
        }
    }
}
