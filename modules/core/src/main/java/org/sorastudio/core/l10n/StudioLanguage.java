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

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Sora Studio is translated into, as the Language tab offers them. {@link #SYSTEM} follows the
 * operating system; a system language the studio has no bundles for shows English ({@link #isTranslated}).
 */
public enum StudioLanguage {
    SYSTEM(""),
    ENGLISH("en"),
    SPANISH("es"),
    FRENCH("fr"),
    GERMAN("de"),
    JAPANESE("ja");

    private final String tag;

    StudioLanguage(String tag) {
        this.tag = tag;
    }

    /** The launcher's {@code --locale} value; empty for {@link #SYSTEM}. */
    public String tag() {
        return tag;
    }

    /**
     * The language's name in itself ("Español", "日本語"), as language lists show it so that a person finds their
     * language whatever language the studio is in now; empty for {@link #SYSTEM}, whose label is translated.
     */
    public String nativeName() {
        if (this == SYSTEM) {
            return "";
        }
        Locale own = Locale.forLanguageTag(tag);
        String name = own.getDisplayLanguage(own);
        return name.substring(0, 1).toUpperCase(own) + name.substring(1);
    }

    /** The shipped language with this launcher tag ({@code "ja"}, {@code "de_DE"} means German), if any. */
    public static Optional<StudioLanguage> forTag(String launcherTag) {
        if (launcherTag == null || launcherTag.isBlank()) {
            return Optional.of(SYSTEM);
        }
        String language = launcherTag.trim().split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l != SYSTEM && l.tag.equals(language)).findFirst();
    }

    /** Whether the studio's bundles cover this locale's language (otherwise NbBundle shows the English text). */
    public static boolean isTranslated(Locale locale) {
        return forTag(locale.getLanguage()).filter(l -> l != SYSTEM).isPresent();
    }
}
