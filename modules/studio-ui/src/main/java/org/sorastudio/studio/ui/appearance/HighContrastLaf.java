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
package org.sorastudio.studio.ui.appearance;

import com.formdev.flatlaf.FlatDarkLaf;
import org.openide.util.NbBundle.Messages;

/**
 * FlatLaf Dark with high-contrast colours: black backgrounds, white text, yellow focus and selection, thick
 * outlines. The colours are in {@code HighContrastLaf.properties} beside this class, which FlatLaf reads on top of
 * its own and the platform's {@code FlatDarkLaf.properties} (it loads the properties of every class of the look and
 * feel), so every component and every key other code reads ({@code Component.error.focusedBorderColor},
 * {@code Actions.Red}...) takes part.
 */
@Messages("HighContrastLaf.name=Sora Studio High Contrast")
public final class HighContrastLaf extends FlatDarkLaf {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return Bundle.HighContrastLaf_name();
    }

    @Override
    public String getDescription() {
        return getName();
    }
}
