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
package org.sorastudio.studio.ui.language;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.File;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.awt.StatusDisplayer;
import org.openide.modules.Places;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.l10n.LanguageChoice;
import org.sorastudio.core.l10n.StudioLanguage;

/**
 * The Language tab of the studio's Options category. The choice goes where the launcher reads its options
 * ({@link LanguageChoice}); the file is read and written off the event thread.
 */
@OptionsPanelController.SubRegistration(location = "SoraStudio", id = "Language", displayName = "#LanguageOptions.name",
        keywords = "#LanguageOptions.keywords", keywordsCategory = "SoraStudio/Language", position = 650)
@Messages({
    "LanguageOptions.name=Language",
    "LanguageOptions.keywords=language locale translation English Español Français Deutsch 日本語",
    "# {0} - the launcher configuration file",
    "# {1} - why",
    "LanguageOptions.cannotSave=The language could not be kept in {0}: {1}"
})
public final class LanguageOptionsController extends OptionsPanelController {

    private static final Logger LOG = Logger.getLogger(LanguageOptionsController.class.getName());
    private static final RequestProcessor IO = new RequestProcessor(LanguageOptionsController.class.getName(), 1);

    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private final LanguageChoice choice;
    private LanguagePanel panel;
    private String kept = "";
    private boolean loading;

    /** The choice in the platform's user directory, as the launcher's {@code --userdir} names it. */
    public LanguageOptionsController() {
        this(LanguageChoice.inUserDirectory(userDirectory().toPath()));
    }

    LanguageOptionsController(LanguageChoice choice) {
        this.choice = choice;
    }

    @Override
    public void update() {
        LanguagePanel target = panel();
        IO.post(() -> {
            String tag = read();
            SwingUtilities.invokeLater(() -> {
                kept = tag;
                loading = true;
                target.show(tag);
                loading = false;
            });
        });
    }

    @Override
    public void applyChanges() {
        if (panel != null && isChanged()) {
            StudioLanguage chosen = panel.chosen();
            kept = chosen.tag();
            IO.post(() -> write(chosen));
        }
    }

    @Override
    public void cancel() {
        // nothing is written before OK or Apply
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public boolean isChanged() {
        return panel != null && !panel.chosen().tag().equals(StudioLanguage.forTag(kept).map(StudioLanguage::tag).orElse(""));
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return HelpCtx.DEFAULT_HELP;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener listener) {
        support.addPropertyChangeListener(listener);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener listener) {
        support.removePropertyChangeListener(listener);
    }

    /** Blocks until the reads and writes posted so far are done (tests). */
    void awaitFileWork() {
        IO.post(() -> { }).waitFinished();
    }

    private LanguagePanel panel() {
        if (panel == null) {
            panel = new LanguagePanel(() -> {
                if (!loading) {
                    support.firePropertyChange(OptionsPanelController.PROP_CHANGED, null, null);
                }
            });
        }
        return panel;
    }

    private String read() {
        try {
            return choice.chosenTag();
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot read " + choice.file(), e);
            return "";
        }
    }

    private void write(StudioLanguage chosen) {
        try {
            choice.choose(chosen);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot write " + choice.file(), e);
            StatusDisplayer.getDefault().setStatusText(Bundle.LanguageOptions_cannotSave(choice.file(), e.getMessage()));
        }
    }

    private static File userDirectory() {
        File userdir = Places.getUserDirectory();
        return userdir != null ? userdir : new File(System.getProperty("user.home"), ".sorastudio");
    }
}
