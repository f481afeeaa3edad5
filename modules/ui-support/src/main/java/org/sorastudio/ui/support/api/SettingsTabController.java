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
package org.sorastudio.ui.support.api;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;

/**
 * An Options tab that edits a part of the studio's {@link Settings}, through core's {@link SettingsStore}. Its edits
 * are applied to the settings as stored when they are written, so each tab writes its own part. Whatever follows the
 * settings (the look and feel, the log level, the queue) follows the store, not this controller.
 */
@Messages({
    "# {0} - reason",
    "SettingsTab.cannotSave=The Sora Studio settings could not be saved: {0}",
    "SettingsTab.noStore=the settings module is switched off"
})
public class SettingsTabController extends OptionsTabController<Settings> {

    private final Function<Runnable, OptionsTab<Settings>> tabFactory;

    /** @param tabFactory makes the tab, given what it calls on every edit */
    public SettingsTabController(Function<Runnable, OptionsTab<Settings>> tabFactory) {
        this.tabFactory = tabFactory;
    }

    @Override
    protected final OptionsTab<Settings> createTab(Runnable edited) {
        return tabFactory.apply(edited);
    }

    @Override
    protected final Settings read() throws IOException {
        return store().get();
    }

    @Override
    protected final void write(UnaryOperator<Settings> edits) throws IOException {
        store().update(edits);
    }

    @Override
    protected final String cannotSave(String reason) {
        return Bundle.SettingsTab_cannotSave(reason);
    }

    private static SettingsStore store() throws IOException {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store == null) {
            throw new IOException(Bundle.SettingsTab_noStore());
        }
        return store;
    }
}
