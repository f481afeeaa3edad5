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
package org.sorastudio.studio.ui.appearance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Utilities;

/**
 * Whether the desktop prefers dark windows, as far as it says: GNOME's {@code color-scheme}
 * ({@code gsettings}), macOS's {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}. Each question is a
 * short command with a deadline, so ask off the EDT; a desktop that does not answer (KDE, a bare X server) gives
 * an empty answer and "follow the system" uses Light.
 */
public class DesktopTheme {

    private static final Logger LOG = Logger.getLogger(DesktopTheme.class.getName());
    private static final long DEADLINE_MILLIS = 2_000;

    /** {@code true} dark, {@code false} light, empty when the desktop does not say. */
    public Optional<Boolean> prefersDark() {
        if (Utilities.isMac()) {
            // the key exists only in dark mode: "Dark", or a failure that means light
            return answer(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).map(out -> out.contains("Dark"))
                    .or(() -> Optional.of(false));
        }
        if (Utilities.isWindows()) {
            return answer(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).filter(out -> out.contains("0x")).map(out -> out.contains("0x0"));
        }
        return answer(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .map(out -> out.toLowerCase(Locale.ROOT))
                .filter(out -> out.contains("dark") || out.contains("light") || out.contains("default"))
                .map(out -> out.contains("dark"));
    }

    /** The command's output when it ran and succeeded in time. */
    private static Optional<String> answer(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(DEADLINE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "The desktop does not say whether it is dark: {0}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
