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
