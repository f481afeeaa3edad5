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
package org.sorastudio.storyboard.ui;

import javax.swing.JSpinner;

/** Spinner looks shared by the editors. */
final class SpinnerFields {

    private SpinnerFields() {
    }

    /** Room for values like {@code 0.25} and {@code 120}, which the default editor cuts off. */
    static void widen(JSpinner spinner) {
        ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(5);
    }

    /** Pixel counts without grouping: {@code 1280}, not {@code 1,280}. */
    static void plainIntegers(JSpinner spinner) {
        spinner.setEditor(new JSpinner.NumberEditor(spinner, "#"));
        widen(spinner);
    }
}
