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
package org.sorastudio.studio.ui.editor;

import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.StudioState;
import org.sorastudio.core.settings.StudioStateStore;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.production.api.ShotProduction.SendOutcome;

/**
 * The Shot editor window. Generate hands the shot to {@link ShotProduction#send} (into the project, to the
 * {@link GenerationQueue}, into the prompt history), off the event thread; without a queue it says so
 * instead of pretending.
 */
@ConvertAsProperties(dtd = "-//org.sorastudio.studio.ui.editor//ShotEditor//EN", autostore = false)
@TopComponent.Description(preferredID = ShotEditorTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = true, position = 100)
@ActionID(category = "Window", id = "org.sorastudio.studio.ui.editor.ShotEditorTopComponent")
@ActionReference(path = "Menu/Window", position = 100)
@TopComponent.OpenActionRegistration(displayName = "#ShotEditor.menu", preferredID = ShotEditorTopComponent.ID)
@Messages({
    "ShotEditor.window=Shot Editor",
    "ShotEditor.menu=&Shot Editor",
    "ShotEditor.windowTip=Write a shot and generate it"
})
public final class ShotEditorTopComponent extends TopComponent {

    static final String ID = "ShotEditorTopComponent";
    private static final Logger LOG = Logger.getLogger(ShotEditorTopComponent.class.getName());
    /** Writes the studio state and the prompt history off the EDT, one at a time. */
    private static final RequestProcessor WRITER = new RequestProcessor(ShotEditorTopComponent.class.getName());

    private final ShotEditorPanel editor = new ShotEditorPanel(Lookup.getDefault().lookup(ModelCatalog.class));
    private final ShotOutcomeView outcome = new ShotOutcomeView();

    public ShotEditorTopComponent() {
        setName(Bundle.ShotEditor_window());
        setToolTipText(Bundle.ShotEditor_windowTip());
        setLayout(new BorderLayout());
        add(editor, BorderLayout.CENTER);
        add(outcome, BorderLayout.SOUTH);
        editor.setOnGenerate(this::generate);
        // In the studio the keymap (Options > Keymap) owns the keys: Generate's shortcut reaches the panel's action map
        // through the registered EditorShortcuts, so a remapped key replaces Ctrl+Enter instead of adding to it.
        editor.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).remove(
                javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ENTER, java.awt.event.InputEvent.CTRL_DOWN_MASK));
    }

    Shot shot() {
        return editor.shot();
    }

    void setShot(Shot shot) {
        editor.setShot(shot);
    }

    void insertIntoPrompt(String text) {
        editor.insertIntoPrompt(text);
    }

    @Override
    protected void componentOpened() {
        StudioState state = Lookup.getDefault().lookup(StudioStateStore.class).load();
        editor.setShot(Shot.create(state.lastPrompt()).withModel(state.lastModel()).withSize(state.lastSize())
                .withSeconds(state.lastSeconds()));
    }

    /** A person switching to the editor (Window > Shot Editor, a click on its tab) starts typing the prompt. */
    @Override
    protected void componentActivated() {
        editor.requestFocusInWindow();
    }

    @Override
    protected void componentClosed() {
        rememberShot();
    }

    @Override
    public boolean canClose() {
        rememberShot();
        return true;
    }

    /** Stores what is in the editor so the next start shows it again. */
    void rememberShot() {
        Shot shot = editor.shot();
        StudioStateStore store = Lookup.getDefault().lookup(StudioStateStore.class);
        WRITER.post(() -> {
            try {
                StudioState previous = store.load();
                store.save(new StudioState(shot.prompt(), shot.model(), shot.size(), shot.seconds(), previous.lastProject()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot remember the last shot", e);
            }
        });
    }

    private void generate(Shot shot) {
        ShotProduction production = Lookup.getDefault().lookup(ShotProduction.class);
        if (production == null) {
            outcome.noBackend();
        } else {
            outcome.sending(shot);
            ShotProgress progress = outcome.progress();
            WRITER.post(() -> {
                if (production.send(List.of(shot), progress) != SendOutcome.QUEUED) {
                    EventQueue.invokeLater(outcome::noBackend);
                }
            });
        }
        editor.setShot(Shot.create(shot.prompt()).withModel(shot.model()).withSize(shot.size()).withSeconds(shot.seconds())
                .withReferenceImage(shot.referenceImage()).withReferenceFit(shot.referenceFit().orElse(null)));
        rememberShot();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // Nothing to restore here: the shot itself comes from the studio state file.
    }
}
