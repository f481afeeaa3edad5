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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.openide.modules.OnStart;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;
import org.openide.windows.WindowManager;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;

/**
 * Keeps the look and feel and the text size in step with the settings: at start (before the main window shows) and
 * whenever the settings change (the Appearance tab's OK or Apply). The theme is resolved off the EDT (following the
 * system asks the desktop), then switched on the EDT. The look and feel class is also written where the platform
 * reads it at its next start ({@code laf} in {@code NbPreferences.root().node("laf")}, as its own look and feel page
 * does), so the studio opens in its theme without a flash of the branding's. A theme that is not one of the studio's
 * (a class that is gone) is reset to the default and reported.
 */
@Messages({
    "# {0} - setting", "# {1} - class name",
    "AppearanceFollower.themeReset={0} (was {1}: no such theme)",
    "# the setting's name in that message, as Options > Appearance names it",
    "AppearanceFollower.theme=Theme"
})
public final class AppearanceFollower {

    private static final Logger LOG = Logger.getLogger(AppearanceFollower.class.getName());
    private static final RequestProcessor WORKER = new RequestProcessor(AppearanceFollower.class.getName(), 1);
    private static final DesktopTheme DESKTOP = new DesktopTheme();
    private static final List<String> RESET = new ArrayList<>();
    /** The look and feel class and scale last switched to, so an unrelated settings change switches nothing. */
    private static String applied;

    private AppearanceFollower() {
    }

    /** Applies the settings' appearance at start and follows their changes. */
    @OnStart
    public static final class Start implements Runnable {
        @Override
        public void run() {
            SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
            if (store == null) {
                return;
            }
            store.addListener(settings -> WORKER.post(() -> follow(store, settings)));
            WORKER.post(() -> follow(store, store.get()));
            // The platform installs its look and feel while the modules start, possibly after the switch above: once
            // the window system shows, check again (a switch only when the look and feel or the text size differ).
            WindowManager.getDefault().invokeWhenUIReady(() -> WORKER.post(() -> {
                synchronized (AppearanceFollower.class) {
                    applied = null;
                }
                follow(store, store.get());
            }));
        }
    }

    /** The appearance settings that were reset at start, described for a person; once. Waits for the start's check. */
    public static List<String> takeResets() {
        WORKER.post(() -> { }).waitFinished();
        synchronized (AppearanceFollower.class) {
            List<String> taken = List.copyOf(RESET);
            RESET.clear();
            return taken;
        }
    }

    /** Waits until the settings' appearance is in force (tests, the benchmark). */
    public static void settle() {
        WORKER.post(() -> { }).waitFinished();
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void follow(SettingsStore store, Settings settings) {
        Theme theme = Theme.of(settings.theme());
        if (theme == null) {
            reset(store, settings);
            return;
        }
        String className = theme.lookAndFeelClass(DESKTOP);
        String wanted = className + '@' + settings.fontScalePercent();
        synchronized (AppearanceFollower.class) {
            if (wanted.equals(applied)) {
                return;
            }
            applied = wanted;
        }
        LookAndFeel lookAndFeel;
        try {
            lookAndFeel = LookAndFeelSwitch.create(className);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "Cannot make the look and feel {0}: {1}", new Object[]{className, e});
            return;
        }
        preferences().put("laf", className);
        SwingUtilities.invokeLater(() -> switchTo(lookAndFeel, settings.fontScalePercent()));
    }

    private static void switchTo(LookAndFeel lookAndFeel, int scalePercent) {
        if (UIManager.getLookAndFeel() != null && UIManager.getLookAndFeel().getClass() == lookAndFeel.getClass()
                && LookAndFeelSwitch.currentScalePercent() == scalePercent) {
            return;
        }
        try {
            LookAndFeelSwitch.apply(lookAndFeel, scalePercent);
        } catch (UnsupportedLookAndFeelException e) {
            LOG.log(Level.WARNING, "Cannot switch to {0}: {1}", new Object[]{lookAndFeel.getName(), e.getMessage()});
        }
    }

    private static void reset(SettingsStore store, Settings settings) {
        synchronized (AppearanceFollower.class) {
            RESET.add(Bundle.AppearanceFollower_themeReset(Bundle.AppearanceFollower_theme(), settings.theme()));
        }
        LOG.log(Level.WARNING, "The theme {0} is not one of Sora Studio''s; using the default", settings.theme());
        try {
            store.update(current -> current.withAppearance(null, current.fontScalePercent()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the reset theme", e);
        }
    }

    private static Preferences preferences() {
        return NbPreferences.root().node("laf");
    }
}
