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
package org.sorastudio.studio.ui.options;

import java.util.function.UnaryOperator;
import javax.swing.JComponent;
import org.sorastudio.core.model.Settings;

/** The editor of one part of the {@link Settings}, shown as a tab of the Sora Studio category. Used on the EDT. */
interface SettingsTab {

    JComponent component();

    /** Shows {@code settings}, without reporting a change. */
    void load(Settings settings);

    /**
     * What the tab changes, as read from its fields now, to apply to the settings as they are when they are written
     * (off the EDT), so that each tab writes its own part and never a stale copy of another tab's.
     */
    UnaryOperator<Settings> edits();

    /** The first problem that keeps the tab from being applied, for a person, or {@code null}. */
    default String problem() {
        return null;
    }
}
