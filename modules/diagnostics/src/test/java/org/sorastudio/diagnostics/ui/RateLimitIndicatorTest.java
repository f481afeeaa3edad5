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
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RateLimitSnapshot;

/** The status bar's rate-limit word in a real window: requests left, then a cool-down that counts down to its end. */
class RateLimitIndicatorTest {

    private final AtomicReference<RateLimitSnapshot> reported = new AtomicReference<>();
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void show() {
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Status bar test");
            f.add(new RateLimitIndicator(() -> Optional.ofNullable(reported.get())));
            f.setSize(300, 60);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private void awaitText(String what, Predicate<String> shown) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return shown.test(GuiActionRunner.execute(() -> window.label("rateLimits").target().getText()));
            }
        }, timeout(10_000));
    }

    @Test
    void showsRequestsLeftThenCountsACoolDownDown() {
        reported.set(new RateLimitSnapshot(Instant.now(), 200, 600L, 596L, Duration.ofMillis(400), null, null, null, null));
        awaitText("requests left", "596/600 requests"::equals);

        reported.set(new RateLimitSnapshot(Instant.now(), 429, 600L, 0L, null, null, null, null, Duration.ofSeconds(3)));
        awaitText("the cool-down", text -> text.equals("Cooling down: 3 s") || text.equals("Cooling down: 2 s"));
        awaitText("one second less", "Cooling down: 1 s"::equals);
        awaitText("the end of the cool-down", "0/600 requests"::equals);
        assertThat(window.label("rateLimits").target().getToolTipText()).contains("click for Diagnostics");
    }
}
