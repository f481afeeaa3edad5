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
package org.sorastudio.queue.ui;

import java.awt.BorderLayout;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.RenderQueue;

/** The Queue window: a thin shell around {@link QueuePanel}, bound to the open project's queue. */
@ConvertAsProperties(dtd = "-//org.sorastudio.queue.ui//Queue//EN", autostore = false)
@TopComponent.Description(preferredID = QueueTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "output", openAtStartup = true, position = 200)
@ActionID(category = "Window", id = "org.sorastudio.queue.ui.QueueTopComponent")
@ActionReference(path = "Menu/Window", position = 150)
@TopComponent.OpenActionRegistration(displayName = "#Queue.menu", preferredID = QueueTopComponent.ID)
@Messages({
    "Queue.window=Queue",
    "Queue.menu=&Queue",
    "Queue.windowTip=Every video job of the project: progress, ids, cancel, retry, reorder",
    "Queue.cancelBatch=Cancel every unfinished job of the batch?"
})
public final class QueueTopComponent extends TopComponent {

    static final String ID = "QueueTopComponent";

    private final QueueService service = Lookup.getDefault().lookup(QueueService.class);
    private final QueuePanel panel = new QueuePanel(QueueTopComponent::activeProfile);
    private final BatchProgress progress = new BatchProgress(this::confirmCancelBatch);
    private final Consumer<RenderQueue> queueOpened = queue -> SwingUtilities.invokeLater(() -> bind(queue));
    private final Consumer<String> problem = text -> SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault()
            .notify(new NotifyDescriptor.Message(text, NotifyDescriptor.WARNING_MESSAGE)));
    /** The latest stats for the status bar, shown at most every {@link #STATUS_BAR_MILLIS} ms. */
    private final java.util.concurrent.atomic.AtomicReference<QueueStats> latestStats = new java.util.concurrent.atomic.AtomicReference<>();
    private final org.openide.util.RequestProcessor.Task statusBar = new org.openide.util.RequestProcessor("queue-status-bar")
            .create(this::showLatestStats);
    private final QueueListener statsToStatusBar = new QueueListener() {
        @Override
        public void statsChanged(QueueStats stats) {
            if (latestStats.getAndSet(stats) == null) {
                statusBar.schedule(STATUS_BAR_MILLIS);
            }
        }
    };
    private static final int STATUS_BAR_MILLIS = 250;
    private RenderQueue bound;

    public QueueTopComponent() {
        setName(Bundle.Queue_window());
        setToolTipText(Bundle.Queue_windowTip());
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
        // In the studio the keymap (Options > Keymap) owns Ctrl+J: QueueShortcuts reach the panel's action map.
        panel.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).clear();
        // the selected jobs' nodes are the window's activated nodes, in its Lookup with its action map
        panel.addPropertyChangeListener(QueuePanel.PROP_SELECTED_NODES, event -> setActivatedNodes(panel.selectedNodes()));
    }

    @Override
    protected void componentOpened() {
        service.addQueueListener(queueOpened);
        service.addProblemListener(problem);
        service.current().ifPresent(this::bind);
        // opening the project's queue resumes jobs a previous session left unfinished
        service.start();
    }

    /** A keyboard user switching to the Queue (Window > Queue) lands in the job table, where Enter plays a finished clip. */
    @Override
    protected void componentActivated() {
        panel.requestFocusInWindow();
    }

    @Override
    protected void componentClosed() {
        service.removeQueueListener(queueOpened);
        bind(null);
    }

    private void bind(RenderQueue queue) {
        if (bound != null) {
            bound.removeListener(statsToStatusBar);
            progress.finish();
        }
        bound = queue;
        latestStats.set(null);
        panel.setQueue(queue);
        if (queue != null) {
            queue.addListener(statsToStatusBar);
            progress.show(queue.stats());
        }
    }

    private void showLatestStats() {
        QueueStats stats = latestStats.getAndSet(null);
        if (stats != null) {
            progress.show(stats);
        }
    }

    private boolean confirmCancelBatch() {
        RenderQueue queue = bound;
        NotifyDescriptor ask = new NotifyDescriptor.Confirmation(Bundle.Queue_cancelBatch(), Bundle.Queue_window(),
                NotifyDescriptor.OK_CANCEL_OPTION);
        if (queue != null && DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.OK_OPTION) {
            queue.cancelAll();
            return true;
        }
        return false;
    }

    private static String activeProfile() {
        ApiClientProvider provider = Lookup.getDefault().lookup(ApiClientProvider.class);
        return provider == null ? "none" : provider.activeProfile();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the queue itself lives in its journal
    }
}
