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
