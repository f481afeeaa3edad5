package org.sorastudio.diagnostics.ui;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
import org.sorastudio.core.spi.ClipDetailsViewer;

/** Opens a clip's details in the editor area, or brings its window forward when it is open already. */
@ServiceProvider(service = ClipDetailsViewer.class)
public final class ClipDetailsOpener implements ClipDetailsViewer {

    @Override
    public void show(Path sidecar) {
        Path file = sidecar.toAbsolutePath().normalize();
        SwingUtilities.invokeLater(() -> {
            for (TopComponent open : TopComponent.getRegistry().getOpened()) {
                if (open instanceof ClipDetailsTopComponent details && details.sidecar().equals(file)) {
                    details.requestActive();
                    return;
                }
            }
            ClipDetailsTopComponent details = new ClipDetailsTopComponent(file);
            Mode editor = WindowManager.getDefault().findMode("editor");
            if (editor != null) {
                editor.dockInto(details);
            }
            details.open();
            details.requestActive();
        });
    }
}
