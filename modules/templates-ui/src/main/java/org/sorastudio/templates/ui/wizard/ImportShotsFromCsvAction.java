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
@Messages("ImportShotsFromCsv.name=&Import Shots from CSV…")
public final class ImportShotsFromCsvAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        CsvImportWizard.open(Lookup.getDefault(), Optional.empty());
    }
}
