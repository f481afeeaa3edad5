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
package org.sorastudio.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The main class of the installers' launcher. jpackage's launchers start only a Java main class,
 * while the studio needs the NetBeans Platform's launcher (updates applied at restart, the restart
 * loop, the conf file): this small JVM decides the user directory and runs that launcher with the
 * bundled runtime, then ends with its exit code.
 */
public final class StudioLauncher {

    private static final long STOP_TIMEOUT_SECONDS = 30;

    private StudioLauncher() {
    }

    public static void main(String[] args) throws Exception {
        // jpackage's launcher names itself in this property; the process command is the fallback.
        Path launcher = Path.of(System.getProperty("jpackage.app-path", ProcessHandle.current().info().command().orElseThrow()));
        String studioHome = System.getProperty("sorastudio.home");
        if (studioHome == null) {
            throw new IllegalStateException("sorastudio.home is not set: the packaged launcher's options name the studio's folder");
        }
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new PlatformCommand(Path.of(studioHome), Path.of(System.getProperty("java.home")), windows)
                .command(PortableMode.userDirectory(launcher), List.of(args));
        Process studio = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(studio), "stop the studio"));
        System.exit(studio.waitFor());
    }

    /** Ending this launcher (a signal, a logout) ends the studio too, the JVM under the platform launcher first. */
    private static void stop(Process studio) {
        studio.descendants().forEach(ProcessHandle::destroy);
        studio.destroy();
        try {
            studio.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            studio.destroyForcibly();
        }
    }
}
