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
package org.sorastudio.profiles.ui;

import javax.swing.SwingUtilities;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.ImageUtilities;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.OnShowing;
import org.sorastudio.profiles.api.ApiConnections;

/**
 * Says so when a server announces that an endpoint the studio uses is deprecated or going away
 * ({@code Deprecation}/{@code Sunset} headers): once per endpoint and server, as a notification.
 */
@OnShowing
@Messages("DeprecationBalloons.title=The server is retiring an endpoint")
public final class DeprecationBalloons implements Runnable {

    @Override
    public void run() {
        ApiConnections connections = Lookup.getDefault().lookup(ApiConnections.class);
        if (connections != null) {
            connections.addDeprecationListener(notice -> SwingUtilities.invokeLater(() -> NotificationDisplayer.getDefault().notify(
                    Bundle.DeprecationBalloons_title(), ImageUtilities.loadImageIcon("org/sorastudio/profiles/ui/options32.png", false),
                    notice.describe(), null, NotificationDisplayer.Priority.HIGH)));
        }
    }
}
