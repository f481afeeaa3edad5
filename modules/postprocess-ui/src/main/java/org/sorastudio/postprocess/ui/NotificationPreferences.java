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
package org.sorastudio.postprocess.ui;

import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * Which events notify, and how; the studio's own preferences (NbPreferences of this module), since only the studio
 * notifies.
 *
 * @param jobCompleted         each clip that arrives (off by default: a batch says it once)
 * @param jobFailed            each job that fails
 * @param batchFinished        each batch that ends (see {@link BatchWatcher} for what a batch is)
 * @param postProcessingFailed each clip whose hooks failed
 * @param sound                a beep with each notification
 * @param onlyWhenUnfocused    only while the studio is not the active window
 */
record NotificationPreferences(boolean jobCompleted, boolean jobFailed, boolean batchFinished, boolean postProcessingFailed,
        boolean sound, boolean onlyWhenUnfocused) {

    static NotificationPreferences defaults() {
        return new NotificationPreferences(false, true, true, true, false, false);
    }

    static NotificationPreferences load() {
        Preferences node = node();
        NotificationPreferences d = defaults();
        return new NotificationPreferences(node.getBoolean("jobCompleted", d.jobCompleted), node.getBoolean("jobFailed", d.jobFailed),
                node.getBoolean("batchFinished", d.batchFinished), node.getBoolean("postProcessingFailed", d.postProcessingFailed),
                node.getBoolean("sound", d.sound), node.getBoolean("onlyWhenUnfocused", d.onlyWhenUnfocused));
    }

    void save() {
        Preferences node = node();
        node.putBoolean("jobCompleted", jobCompleted);
        node.putBoolean("jobFailed", jobFailed);
        node.putBoolean("batchFinished", batchFinished);
        node.putBoolean("postProcessingFailed", postProcessingFailed);
        node.putBoolean("sound", sound);
        node.putBoolean("onlyWhenUnfocused", onlyWhenUnfocused);
    }

    private static Preferences node() {
        return NbPreferences.forModule(NotificationPreferences.class).node("notifications");
    }
}
