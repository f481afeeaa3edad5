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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line that starts the studio through the NetBeans Platform's own launcher
 * ({@code bin/sorastudio}, {@code bin/sorastudio64.exe} on Windows) with the bundled runtime. That
 * launcher, not this one, reads {@code etc/sorastudio.conf}, applies module updates with the
 * platform's updater and restarts the studio when an update asks for it.
 *
 * @param studioHome the platform application's folder (holding {@code bin/}, {@code etc/}, the clusters)
 * @param javaHome   the runtime the studio runs on
 * @param windows    whether to use the Windows launcher
 */
record PlatformCommand(Path studioHome, Path javaHome, boolean windows) {

    List<String> command(Optional<Path> portableUserDirectory, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (windows) {
            command.add(studioHome.resolve("bin/sorastudio64.exe").toString());
        } else {
            // Through sh: an unpacked archive or a copied folder need not keep the execute bit.
            command.add("sh");
            command.add(studioHome.resolve("bin/sorastudio").toString());
        }
        command.add("--jdkhome");
        command.add(javaHome.toString());
        // A --userdir given on the command line wins over portable mode, as it wins over the default.
        if (portableUserDirectory.isPresent() && !arguments.contains("--userdir")) {
            Path userdir = portableUserDirectory.get();
            command.add("--userdir");
            command.add(userdir.toString());
            // The platform would otherwise keep the cache, and the update center's installation id, in the home folder.
            command.add("--cachedir");
            command.add(userdir.resolve("var/cache").toString());
            command.add("-J-Dnetbeans.default_userdir_root=" + userdir);
        }
        command.addAll(arguments);
        return command;
    }
}
