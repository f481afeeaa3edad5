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
package org.sorastudio.studio.ui.options;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;
import org.sorastudio.ui.support.api.OptionsForm;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.SettingsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/** The General tab: where clips go, how long a job may take, how often the project is autosaved. */
@Messages({
    "GeneralTab.name=General",
    "GeneralTab.keywords=output folder clips maximum wait autosave",
    "GeneralTab.output=Default clip &folder:",
    "GeneralTab.outputTip=Where clips of projects that name no folder go; empty keeps them beside the project",
    "GeneralTab.browse=&Browse...",
    "GeneralTab.maxWait=Give up on a job after (&minutes):",
    "GeneralTab.autosave=&Autosave every (seconds):",
    "GeneralTab.autosaveTip=0 saves only after changes, with no timer",
    "# {0} - folder", "GeneralTab.badFolder=\"{0}\" is not a folder name on this system"
})
final class GeneralTab implements OptionsTab<Settings> {

    private final OptionsForm form = new OptionsForm();
    private final JTextField output = new JTextField(16);
    private final JSpinner maxWait = new JSpinner(new SpinnerNumberModel(30, 1, 24 * 60, 5));
    private final JSpinner autosave = new JSpinner(new SpinnerNumberModel(60, 0, 3600, 10));

    GeneralTab(Runnable edited) {
        output.setName("outputFolder");
        output.setToolTipText(Bundle.GeneralTab_outputTip());
        maxWait.setName("maxWait");
        autosave.setName("autosave");
        autosave.setToolTipText(Bundle.GeneralTab_autosaveTip());
        JButton browse = new JButton();
        Mnemonics.setLocalizedText(browse, Bundle.GeneralTab_browse());
        browse.setName("browseOutput");
        browse.addActionListener(e -> browse());
        form.row(Bundle.GeneralTab_output(), output, browse).row(Bundle.GeneralTab_maxWait(), maxWait)
                .row(Bundle.GeneralTab_autosave(), autosave).done();
        output.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                edited.run();
            }
        });
        maxWait.addChangeListener(e -> edited.run());
        autosave.addChangeListener(e -> edited.run());
    }

    @Override
    public JComponent component() {
        return form;
    }

    @Override
    public void load(Settings settings) {
        output.setText(settings.outputDirectory() == null ? "" : settings.outputDirectory());
        maxWait.setValue(settings.maxWaitMinutes());
        autosave.setValue(settings.autosaveSeconds());
    }

    @Override
    public UnaryOperator<Settings> edits() {
        String folder = output.getText().isBlank() ? null : output.getText().trim();
        int wait = (Integer) maxWait.getValue();
        int seconds = (Integer) autosave.getValue();
        return settings -> settings.withGeneral(folder, wait, seconds);
    }

    @Override
    public String problem() {
        String folder = output.getText().trim();
        try {
            Path.of(folder);
            return null;
        } catch (InvalidPathException e) {
            return Bundle.GeneralTab_badFolder(folder);
        }
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser(output.getText().isBlank() ? null : new File(output.getText().trim()));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(form) == JFileChooser.APPROVE_OPTION) {
            output.setText(chooser.getSelectedFile().getPath());
        }
    }

    @OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "General",
            displayName = "#GeneralTab.name", keywords = "#GeneralTab.keywords", keywordsCategory = "SoraStudio/General",
            position = 100)
    public static final class Controller extends SettingsTabController {
        public Controller() {
            super(GeneralTab::new);
        }
    }
}
