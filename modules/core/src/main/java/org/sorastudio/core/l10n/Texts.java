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

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts an engine module shows to people (validation, CSV problems, queue states), from the
 * {@code Bundle.properties} in the owner's package and its translations ({@code Bundle_ja.properties} ...), in the
 * default locale that the launcher's {@code --locale} sets. Engines stay free of the platform, so this is plain
 * {@link ResourceBundle} with NbBundle's rules: a text with arguments goes through {@link MessageFormat} (write an
 * apostrophe as {@code ''}), a text without is shown as written. The bundle files are checked like every other.
 */
public final class Texts {

    /**
     * NbBundle's debug mode ({@code -Dorg.openide.util.NbBundle.DEBUG=true}) ends every text it loads with a
     * {@code (bundle:line)} mark; engine texts get {@code (0:0)} under the same switch, so the pseudo-locale test
     * can tell every text that came from a bundle from a literal.
     */
    private static final String DEBUG_MARK = Boolean.getBoolean("org.openide.util.NbBundle.DEBUG") ? " (0:0)" : "";

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of {@code owner}'s package, in the default locale. */
    public static Texts of(Class<?> owner) {
        return new Texts(ResourceBundle.getBundle(owner.getPackageName() + ".Bundle", Locale.getDefault(), owner.getClassLoader()));
    }

    public String get(String key, Object... arguments) {
        String text = bundle.getString(key) + DEBUG_MARK;
        return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }
}
