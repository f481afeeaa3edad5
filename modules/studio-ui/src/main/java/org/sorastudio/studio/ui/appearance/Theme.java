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
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Arrays;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;

/** The looks the studio offers: one family, FlatLaf, and the way each is written in {@link Settings#theme()}. */
@Messages({
    "Theme.light=Light",
    "Theme.dark=Dark",
    "Theme.system=Follow the system",
    "Theme.highContrast=High contrast"
})
public enum Theme {
    LIGHT(FlatLightLaf.class.getName()),
    DARK(FlatDarkLaf.class.getName()),
    SYSTEM(Settings.FOLLOW_SYSTEM_THEME),
    HIGH_CONTRAST(HighContrastLaf.class.getName());

    /** What the branding sets (org.netbeans.swing.plaf's LookAndFeelClassName) and a theme of {@code null} means. */
    public static final Theme DEFAULT = DARK;

    private final String setting;

    Theme(String setting) {
        this.setting = setting;
    }

    /** How the theme is written in the settings: its look and feel class, or {@code system}. */
    public String setting() {
        return setting;
    }

    /** The theme a setting names, or {@code null} for a look and feel the studio does not offer. */
    public static Theme of(String setting) {
        if (setting == null) {
            return DEFAULT;
        }
        return Arrays.stream(values()).filter(theme -> theme.setting.equals(setting)).findFirst().orElse(null);
    }

    /** The look and feel class of this theme on this desktop: "follow the system" asks the desktop (off the EDT). */
    public String lookAndFeelClass(DesktopTheme desktop) {
        return this == SYSTEM ? (desktop.prefersDark().orElse(false) ? DARK : LIGHT).setting : setting;
    }

    @Override
    public String toString() {
        return switch (this) {
            case LIGHT -> Bundle.Theme_light();
            case DARK -> Bundle.Theme_dark();
            case SYSTEM -> Bundle.Theme_system();
            case HIGH_CONTRAST -> Bundle.Theme_highContrast();
        };
    }
}
