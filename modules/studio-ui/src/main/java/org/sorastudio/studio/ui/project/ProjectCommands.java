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
package org.sorastudio.studio.ui.project;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.core.project.ProjectSession;

/**
 * What the File menu does with projects: asks the user (on the EDT), reads and writes files
 * (off the EDT, with a progress handle), and reports problems in words.
 */
@Messages({
    "ProjectCommands.filter=Sora Studio projects (*.sorastudio)",
    "ProjectCommands.openTitle=Open Project",
    "ProjectCommands.saveTitle=Save Project As",
    "# {0} - project name",
    "ProjectCommands.unsaved=Save changes to \"{0}\" before closing it?",
    "# {0} - file", "# {1} - problem",
    "ProjectCommands.cannotOpen=Cannot open {0}:\n{1}",
    "# {0} - file", "# {1} - problem", "# {2} - backup file",
    "ProjectCommands.cannotOpenBackup=Cannot open {0}:\n{1}\n\nA previous version was kept in {2}. Open it instead?",
    "# {0} - file", "# {1} - problem",
    "ProjectCommands.cannotSave=Cannot save {0}:\n{1}\nYour work is still open and autosaved; try another folder.",
    "# {0} - file",
    "ProjectCommands.opening=Opening {0}",
    "# {0} - file",
    "ProjectCommands.saving=Saving {0}"
})
public final class ProjectCommands {

    private static final Logger LOG = Logger.getLogger(ProjectCommands.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(ProjectCommands.class.getName(), 1);
    private static final String CHOOSER_KEY = "sorastudio.projects";

    private ProjectCommands() {
    }

    static ProjectSession session() {
        return Lookup.getDefault().lookup(ProjectSession.class);
    }

    public static void newProject() {
        if (confirmDiscardOrSave()) {
            session().newProject();
        }
    }

    public static void open() {
        if (!confirmDiscardOrSave()) {
            return;
        }
        File chosen = chooser(Bundle.ProjectCommands_openTitle()).showOpenDialog();
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    /** Opens {@code file} in the background; the current project stays if it cannot be read. */
    public static CompletableFuture<Boolean> openFile(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        IO.post(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(Bundle.ProjectCommands_opening(file.getFileName()));
            progress.start();
            try {
                session().open(file);
                done.complete(true);
            } catch (DataFileException e) {
                LOG.log(Level.INFO, "Cannot open " + file, e);
                SwingUtilities.invokeLater(() -> offerBackup(e));
                done.complete(false);
            } finally {
                progress.finish();
            }
        });
        return done;
    }

    /** Saves to the project's file, or asks for one. Returns whether the project ended up saved. */
    public static boolean save() {
        return session().file().map(ProjectCommands::saveTo).orElseGet(ProjectCommands::saveAs);
    }

    public static boolean saveAs() {
        File chosen = chooser(Bundle.ProjectCommands_saveTitle()).showSaveDialog();
        if (chosen == null) {
            return false;
        }
        String name = chosen.getName();
        Path target = name.endsWith(ProjectFormat.EXTENSION) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + ProjectFormat.EXTENSION);
        return saveTo(target);
    }

    /**
     * Writes in the background but waits for the outcome: Save is what the user asked for, and
     * the unsaved-changes prompt needs to know whether it worked before it closes anything.
     */
    private static boolean saveTo(Path target) {
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.ProjectCommands_saving(target.getFileName()));
        try {
            return IO.submit(() -> {
                progress.start();
                try {
                    session().saveAs(target);
                    return true;
                } catch (IOException e) {
                    LOG.log(Level.INFO, "Cannot save " + target, e);
                    SwingUtilities.invokeLater(() -> DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                            Bundle.ProjectCommands_cannotSave(target, e.getMessage()), NotifyDescriptor.ERROR_MESSAGE)));
                    return false;
                } finally {
                    progress.finish();
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.log(Level.WARNING, "Saving failed", e);
            return false;
        }
    }

    /** Asks about unsaved changes. Returns false when the user cancels. */
    public static boolean confirmDiscardOrSave() {
        ProjectSession session = session();
        if (!session.isDirty()) {
            return true;
        }
        NotifyDescriptor ask = new NotifyDescriptor.Confirmation(Bundle.ProjectCommands_unsaved(session.project().name()),
                NotifyDescriptor.YES_NO_CANCEL_OPTION, NotifyDescriptor.QUESTION_MESSAGE);
        Object answer = DialogDisplayer.getDefault().notify(ask);
        if (answer == NotifyDescriptor.YES_OPTION) {
            return save();
        }
        if (answer == NotifyDescriptor.NO_OPTION) {
            session.discardChanges();
            return true;
        }
        return false;
    }

    private static void offerBackup(DataFileException e) {
        if (e.backup().isPresent()) {
            Path backup = e.backup().get();
            NotifyDescriptor ask = new NotifyDescriptor.Confirmation(
                    Bundle.ProjectCommands_cannotOpenBackup(e.file(), e.problem(), backup),
                    NotifyDescriptor.YES_NO_OPTION, NotifyDescriptor.ERROR_MESSAGE);
            if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.YES_OPTION) {
                openFile(backup);
            }
        } else {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                    Bundle.ProjectCommands_cannotOpen(e.file(), e.problem()), NotifyDescriptor.ERROR_MESSAGE));
        }
    }

    private static FileChooserBuilder chooser(String title) {
        return new FileChooserBuilder(CHOOSER_KEY).setTitle(title).setFilesOnly(true)
                .setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(Bundle.ProjectCommands_filter(), "sorastudio"));
    }
}
