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
package org.sorastudio.studio.ui.language;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.ImageUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.windows.OnShowing;
import org.sorastudio.core.l10n.StudioLanguage;

/**
 * Tells the user, once per language, that the language the studio started in has no translation and English is
 * shown instead (a system language such as Italian, or {@code --locale xx} typed by hand). Saying it every start
 * would nag; never saying it would leave a person wondering why the Language tab's choice did not apply.
 */
@OnShowing
@Messages({
    "# {0} - the language's name in itself, e.g. italiano",
    "LanguageFallback.title=Sora Studio is not translated into {0}",
    "LanguageFallback.details=It is shown in English. Tools > Options > Sora Studio > Language chooses another language."
})
public final class LanguageFallbackNotice implements Runnable {

    private static final String TOLD = "languageFallbackTold";

    @Override
    public void run() {
        Preferences preferences = NbPreferences.forModule(LanguageFallbackNotice.class);
        untoldFallback(Locale.getDefault(), preferences).ifPresent(language -> NotificationDisplayer.getDefault().notify(
                Bundle.LanguageFallback_title(language),
                ImageUtilities.loadImageIcon("org/sorastudio/studio/ui/language/notification.png", false),
                Bundle.LanguageFallback_details(), null));
    }

    /**
     * The name of {@code shown}'s language when the studio has no bundles for it and the user has not been told
     * about that language yet; remembers that they now are.
     */
    static Optional<String> untoldFallback(Locale shown, Preferences preferences) {
        String language = shown.getLanguage();
        if (language.isEmpty() || StudioLanguage.isTranslated(shown) || language.equals(preferences.get(TOLD, ""))) {
            return Optional.empty();
        }
        preferences.put(TOLD, language);
        return Optional.of(shown.getDisplayLanguage(shown));
    }
}
