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
package org.sorastudio.testing.gui;

import java.awt.SystemTray;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A system tray on the test display: Debian's {@code trayer} (a panel that owns the X tray selection, so
 * {@code SystemTray.isSupported()} turns true and tray icons are embedded in it). A bare Xvfb has none, so without it
 * only the no-tray branch of a notifier could run. {@code ./studio} installs trayer with the other test packages.
 */
public final class TrayHost implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(15);

    private final Process process;

    private TrayHost(Process process) {
        this.process = process;
    }

    /** Whether trayer is installed. */
    public static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "trayer"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts trayer at the top right of the display in {@code DISPLAY} and waits until AWT sees the tray; empty when
     * trayer is not installed.
     */
    public static Optional<TrayHost> start() throws IOException, InterruptedException {
        if (!available()) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                "--height", "32", "--SetDockType", "true", "--transparent", "false", "--tint", "0x404040")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        TrayHost host = new TrayHost(process);
        if (!awaitTray(true)) {
            host.close();
            throw new IllegalStateException("trayer started but no tray appeared on " + System.getenv("DISPLAY") + " in " + READY);
        }
        return Optional.of(host);
    }

    /** Ends trayer and waits until AWT sees no tray any more. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            awaitTray(false);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitTray(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (SystemTray.isSupported() == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
