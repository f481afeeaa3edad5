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

import java.awt.Component;
import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.Timer;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.diagnostics.checks.CoolDown;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.spi.ApiClientProvider;

/**
 * The status bar's word on the active server's rate limits: requests left of the limit, and while
 * the server asked the studio to wait, a cool-down counting down each second. Click for Help >
 * Diagnostics. The limits are read off the event thread; the label only shows them.
 */
@Messages({
    "# {0} - requests left",
    "# {1} - limit",
    "RateLimits.left={0}/{1} requests",
    "# {0} - seconds",
    "RateLimits.coolDown=Cooling down: {0} s",
    "RateLimits.tip=The rate limits the server reported last; click for Diagnostics"
})
final class RateLimitIndicator extends JLabel {

    private static final RequestProcessor READER = new RequestProcessor(RateLimitIndicator.class.getName(), 1);

    private final Supplier<Optional<RateLimitSnapshot>> limits;
    private final AtomicReference<RateLimitSnapshot> latest = new AtomicReference<>();
    private final Timer tick = new Timer(1000, e -> refresh());

    RateLimitIndicator(Supplier<Optional<RateLimitSnapshot>> limits) {
        this.limits = limits;
        setName("rateLimits");
        setToolTipText(Bundle.RateLimits_tip());
        setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                new DiagnosticsAction().actionPerformed(null);
            }
        });
    }

    @Override
    public void addNotify() {
        super.addNotify();
        refresh();
        tick.start();
    }

    @Override
    public void removeNotify() {
        tick.stop();
        super.removeNotify();
    }

    /** Shows what was read last, and reads again for the next tick. */
    void refresh() {
        show(latest.get(), Instant.now());
        READER.post(() -> limits.get().filter(RateLimitSnapshot::isPresent).ifPresent(latest::set));
    }

    private void show(RateLimitSnapshot snapshot, Instant now) {
        if (snapshot == null) {
            setText("");
            return;
        }
        Optional<Duration> wait = CoolDown.left(snapshot, now);
        if (wait.isPresent()) {
            setText(Bundle.RateLimits_coolDown((wait.get().toMillis() + 999) / 1000));
        } else if (snapshot.limitRequests() != null && snapshot.remainingRequests() != null) {
            setText(Bundle.RateLimits_left(snapshot.remainingRequests(), snapshot.limitRequests()));
        } else {
            setText("");
        }
    }

    /** Puts the indicator in the studio's status bar, reading the active profile's client. */
    @ServiceProvider(service = StatusLineElementProvider.class, position = 300)
    public static final class Provider implements StatusLineElementProvider {

        @Override
        public Component getStatusLineElement() {
            return new RateLimitIndicator(() -> {
                ApiClientProvider connections = Lookup.getDefault().lookup(ApiClientProvider.class);
                String profile = connections == null ? null : connections.activeProfile();
                if (profile == null) {
                    return Optional.empty();
                }
                try {
                    return connections.clientFor(profile).lastRateLimits();
                } catch (RuntimeException e) {
                    return Optional.empty(); // a profile not ready yet: nothing to show, Diagnostics says why
                }
            });
        }
    }
}
