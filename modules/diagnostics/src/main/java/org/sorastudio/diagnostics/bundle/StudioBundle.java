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
package org.sorastudio.diagnostics.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.diagnostics.capture.LogLine;
import org.sorastudio.profiles.api.CredentialStore;

/** What goes into the studio's log bundle, and the secrets it must not contain. */
public final class StudioBundle {

    /** The platform's log and the two it keeps from earlier runs. */
    private static final List<String> LOG_FILES = List.of("messages.log", "messages.log.1", "messages.log.2");

    private StudioBundle() {
    }

    /** Every secret the studio holds for {@code settings}' profiles: their keys and extra header values. */
    public static List<String> secrets(Settings settings, CredentialStore credentials) {
        List<String> secrets = new ArrayList<>();
        for (Profile profile : settings.profiles()) {
            credentials.read(profile.keyringKey()).ifPresent(secrets::add);
            for (String header : profile.extraHeaderNames()) {
                credentials.read(CredentialStore.headerKey(profile, header)).ifPresent(secrets::add);
            }
        }
        return secrets;
    }

    /**
     * The parts: the platform's logs from {@code logFolder}, the Logs window's lines, the settings
     * file, the open project's queue journal ({@code null} when no queue is there) and the facts.
     */
    public static List<LogBundle.Part> parts(Path logFolder, List<LogLine> lines, Path settingsFile, Path queueJournal,
            String facts) {
        List<LogBundle.Part> parts = new ArrayList<>();
        for (String log : LOG_FILES) {
            parts.add(LogBundle.Part.ofFile("logs/" + log, logFolder.resolve(log)));
        }
        parts.add(LogBundle.Part.ofText("logs/logs-window.txt",
                lines.stream().map(LogLine::asText).collect(Collectors.joining("\n", "", "\n"))));
        parts.add(LogBundle.Part.ofFile("settings/" + settingsFile.getFileName(), settingsFile));
        if (queueJournal != null) {
            // prompts, states and request ids; never a key, but redacted like every other part
            parts.add(LogBundle.Part.ofFile("queue/" + queueJournal.getFileName(), queueJournal));
        }
        parts.add(LogBundle.Part.ofText("system.txt", facts));
        return parts;
    }
}
