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

import java.util.function.UnaryOperator;
import javax.swing.JComponent;

/**
 * The editor of one tab of the Sora Studio Options category, used on the EDT by its {@link OptionsTabController}.
 *
 * @param <V> what the tab edits, as it is stored: a value with {@code equals} (a record), so that typing a value back
 *            is no change
 */
public interface OptionsTab<V> {

    JComponent component();

    /** Shows {@code values}, without reporting an edit. */
    void load(V values);

    /**
     * What the tab changes, read from its fields now, to apply to the values as they are stored when they are written
     * (off the EDT), so that a tab that owns a part of a shared store never writes back a stale copy of another part.
     * A tab that owns all its values returns {@code stored -> theFieldsValues}.
     */
    UnaryOperator<V> edits();

    /** The first problem that keeps the tab from being applied, for a person, or {@code null}. */
    default String problem() {
        return null;
    }
}
