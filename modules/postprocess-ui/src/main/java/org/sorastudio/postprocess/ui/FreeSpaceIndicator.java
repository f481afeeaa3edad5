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

import java.awt.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.l10n.LocaleFormat;

/**
 * The status bar's free space of the output folder ("12.4 GB free"), in the warning colour below the threshold. The
 * disk is read every {@value #INTERVAL_MS} ms on a background thread; the label only shows the last answer.
 */
@Messages({
    "# {0} - free space",
    "FreeSpace.text={0} free",
    "# {0} - folder", "# {1} - threshold",
    "FreeSpace.tip=Free space in the output folder {0}; below {1} the studio warns before a batch and pauses the queue",
    "FreeSpace.low=Low disk space"
})
final class FreeSpaceIndicator extends JLabel {

    static final int INTERVAL_MS = 10_000;
    private static final RequestProcessor READER = new RequestProcessor(FreeSpaceIndicator.class.getName(), 1);

    private final Timer tick = new Timer(INTERVAL_MS, e -> refresh());

    FreeSpaceIndicator() {
        setName("freeSpace");
        setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
    }

    @Override
    public void addNotify() {
        super.addNotify();
        refresh();
        tick.start();
    }

    @Override
    public void removeNotify() {
        tick.stop();
        super.removeNotify();
    }

    /** Reads the free space off the EDT and shows it when read. */
    void refresh() {
        READER.post(() -> {
            Optional<StudioPostProcessing> studio = StudioPostProcessing.instance();
            Optional<Path> folder = studio.flatMap(StudioPostProcessing::outputFolder);
            if (studio.isEmpty() || folder.isEmpty()) {
                return;
            }
            long free;
            try {
                free = studio.get().freeSpace().usableBytes(folder.get());
            } catch (IOException e) {
                return;
            }
            long threshold = studio.get().thresholdBytes();
            SwingUtilities.invokeLater(() -> show(folder.get(), free, threshold));
        });
    }

    void show(Path folder, long free, long threshold) {
        setText(Bundle.FreeSpace_text(LocaleFormat.current().bytes(free)));
        setToolTipText(Bundle.FreeSpace_tip(folder, LocaleFormat.current().bytes(threshold)));
        boolean low = free < threshold;
        setForeground(low ? UIManager.getColor("Component.error.focusedBorderColor") : UIManager.getColor("Label.foreground"));
        getAccessibleContext().setAccessibleDescription(low ? Bundle.FreeSpace_low() : null);
    }

    /** Puts the indicator into the status bar. */
    @ServiceProvider(service = StatusLineElementProvider.class, position = 300)
    public static final class Provider implements StatusLineElementProvider {
        private FreeSpaceIndicator indicator;

        @Override
        public Component getStatusLineElement() {
            if (indicator == null) {
                indicator = new FreeSpaceIndicator();
            }
            return indicator;
        }
    }
}
