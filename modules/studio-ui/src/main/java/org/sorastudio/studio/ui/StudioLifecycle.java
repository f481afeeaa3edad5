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
package org.sorastudio.studio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.modules.OnStop;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.StudioState;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.project.ProjectSession.Recovery;
import org.sorastudio.core.settings.StudioStateStore;
import org.sorastudio.studio.ui.project.ProjectCommands;

/**
 * Start and end of a studio session: offers to recover work a crash left unsaved (or reopens the
 * last project), keeps the window title in step with the project, and asks about unsaved changes
 * before the studio closes.
 */
@Messages({
    "# {0} - project name", "# {1} - when",
    "StudioLifecycle.recover=Sora Studio did not close normally last time.\n\nRestore the unsaved work on \"{0}\" autosaved at {1}?",
    "StudioLifecycle.recoverTitle=Recover Unsaved Work",
    "# {0} - project name", "# {1} - dirty marker",
    "StudioLifecycle.title=Sora Studio - {0}{1}",
    "# the name of a new project until it is saved (the title shows it)",
    "StudioLifecycle.untitled=Untitled"
})
public final class StudioLifecycle {

    private static final Logger LOG = Logger.getLogger(StudioLifecycle.class.getName());
    /** Logged once the main window is on screen; the end-to-end test and the start-up benchmark wait for it. */
    public static final String READY_MESSAGE = "Sora Studio main window is showing";

    private StudioLifecycle() {
    }

    @OnShowing
    public static final class Start implements Runnable {
        @Override
        public void run() {
            ProjectSession session = Lookup.getDefault().lookup(ProjectSession.class);
            session.addListener(s -> SwingUtilities.invokeLater(() -> updateTitle(s)));
            updateTitle(session);
            LOG.info(READY_MESSAGE);
            RequestProcessor.getDefault().post(() -> resume(session));
        }

        /** Runs off the EDT: reads the recovery and state files, then asks on the EDT. */
        private static void resume(ProjectSession session) {
            var recovery = session.pendingRecovery();
            if (recovery.isPresent()) {
                SwingUtilities.invokeLater(() -> offerRecovery(session, recovery.get()));
                return;
            }
            String last = Lookup.getDefault().lookup(StudioStateStore.class).load().lastProject();
            if (last != null && Files.isRegularFile(Path.of(last))) {
                ProjectCommands.openFile(Path.of(last));
            }
        }

        private static void offerRecovery(ProjectSession session, Recovery recovery) {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                    .format(recovery.savedAt());
            NotifyDescriptor ask = new NotifyDescriptor.Confirmation(Bundle.StudioLifecycle_recover(recovery.project().name(), when),
                    Bundle.StudioLifecycle_recoverTitle(), NotifyDescriptor.YES_NO_OPTION, NotifyDescriptor.QUESTION_MESSAGE);
            if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.YES_OPTION) {
                session.restore(recovery);
            } else {
                RequestProcessor.getDefault().post(session::discardRecovery);
            }
        }
    }

    /** Asks about unsaved changes; the studio stays open if the user cancels. */
    @OnStop
    public static final class MayClose implements Callable<Boolean> {
        @Override
        public Boolean call() {
            return ProjectCommands.confirmDiscardOrSave();
        }
    }

    /** After the user agreed to close: remember the project and stop autosaving. */
    @OnStop
    public static final class Closing implements Runnable {
        @Override
        public void run() {
            ProjectSession session = Lookup.getDefault().lookup(ProjectSession.class);
            StudioStateStore store = Lookup.getDefault().lookup(StudioStateStore.class);
            StudioState state = store.load();
            try {
                store.save(new StudioState(state.lastPrompt(), state.lastModel(), state.lastSize(), state.lastSeconds(),
                        session.file().map(Path::toString).orElse(null)));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot remember the last project", e);
            }
            session.shutdown();
            if (!session.isDirty()) {
                session.discardRecovery();
            }
        }
    }

    private static void updateTitle(ProjectSession session) {
        var frame = WindowManager.getDefault().getMainWindow();
        String name = session.project().name();
        frame.setTitle(Bundle.StudioLifecycle_title(Project.DEFAULT_NAME.equals(name) ? Bundle.StudioLifecycle_untitled() : name,
                session.isDirty() ? " *" : ""));
    }
}
