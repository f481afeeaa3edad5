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

import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.diagnostics.bundle.LogBundle;
import org.sorastudio.diagnostics.bundle.StudioBundle;
import org.sorastudio.profiles.api.CredentialStore;

/** The studio's settings as the diagnostics see them, and the redaction that knows every secret they name. */
final class StudioSecrets {

    private StudioSecrets() {
    }

    static SettingsStore store() {
        return Lookup.getDefault().lookup(SettingsStore.class);
    }

    static Settings settings() {
        SettingsStore store = store();
        return store == null ? Settings.defaults() : store.get();
    }

    /** Where clips are written (the user's home when no folder is set). */
    static Path outputFolder(Settings settings) {
        return settings.outputDirectory() == null ? Path.of(System.getProperty("user.home")) : Path.of(settings.outputDirectory());
    }

    /** Redacts every profile's key and header values (when the credential store is there) and anything shaped like a key. */
    static LogBundle redaction(Settings settings) {
        CredentialStore credentials = Lookup.getDefault().lookup(CredentialStore.class);
        return new LogBundle(credentials == null ? List.of() : StudioBundle.secrets(settings, credentials));
    }
}
