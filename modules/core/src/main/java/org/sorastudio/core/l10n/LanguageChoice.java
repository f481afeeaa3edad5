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
package org.sorastudio.core.l10n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sorastudio.core.io.AtomicFile;

/**
 * The language the studio starts in, kept where the platform's launcher reads it: the user directory's
 * {@code etc/sorastudio.conf}, which the launcher sources after the installation's own {@code etc/sorastudio.conf}.
 * A choice adds {@code --locale xx} to the launcher's options, exactly as typing {@code sorastudio --locale xx}
 * would, so it applies at the next start (NbBundle picks its bundles once, at start-up). Other lines the user
 * wrote in that file are kept as they are.
 */
public final class LanguageChoice {

    /** The launcher reads {@code ${userdir}/etc/<application name>.conf}; the application is {@code sorastudio}. */
    public static final String LAUNCHER_CONF = "etc/sorastudio.conf";

    private static final String COMMENT = "# Language chosen in Tools > Options > Sora Studio > Language (applies at the next start)";
    private static final Pattern LOCALE_LINE =
            Pattern.compile("default_options=\"\\$\\{default_options\\} --locale ([A-Za-z0-9_-]+)\"\\s*");

    private final Path conf;

    public LanguageChoice(Path conf) {
        this.conf = conf;
    }

    /** The choice kept in the platform user directory {@code userDirectory} (the launcher's {@code --userdir}). */
    public static LanguageChoice inUserDirectory(Path userDirectory) {
        return new LanguageChoice(userDirectory.resolve(LAUNCHER_CONF));
    }

    public Path file() {
        return conf;
    }

    /**
     * The launcher tag chosen ({@code "ja"}), or an empty string when the studio follows the system. A tag the
     * studio has no bundles for is returned as written, so the caller can say that English is shown instead.
     */
    public String chosenTag() throws IOException {
        for (String line : lines()) {
            Matcher matcher = LOCALE_LINE.matcher(line.trim());
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return "";
    }

    /** Keeps {@code language} for the next start; {@link StudioLanguage#SYSTEM} removes the studio's line. */
    public void choose(StudioLanguage language) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : lines()) {
            if (!line.equals(COMMENT) && !LOCALE_LINE.matcher(line.trim()).matches()) {
                kept.add(line);
            }
        }
        if (language != StudioLanguage.SYSTEM) {
            kept.add(COMMENT);
            kept.add("default_options=\"${default_options} --locale " + language.tag() + "\"");
        }
        Path folder = conf.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        String text = kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
        new AtomicFile(conf).write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> lines() throws IOException {
        try {
            return Files.readAllLines(conf, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }
}
