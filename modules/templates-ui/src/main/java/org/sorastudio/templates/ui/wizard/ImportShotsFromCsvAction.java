package org.sorastudio.templates.ui.wizard;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.Optional;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** File > Import Shots from CSV…: the wizard without a template chosen. */
@ActionID(category = "File", id = "org.sorastudio.templates.ui.wizard.ImportShotsFromCsv")
@ActionRegistration(displayName = "#ImportShotsFromCsv.name")
@ActionReference(path = "Menu/File", position = 70, separatorBefore = 65)
@Messages("ImportShotsFromCsv.name=Import Shots from &CSV…")
public final class ImportShotsFromCsvAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        CsvImportWizard.open(Lookup.getDefault(), Optional.empty());
    }
}
