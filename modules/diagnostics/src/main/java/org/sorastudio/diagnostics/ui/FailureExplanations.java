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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureExplainer;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.diagnostics.bundle.StudioFacts;
import org.sorastudio.diagnostics.capture.LogCapture;
import org.sorastudio.diagnostics.failure.IssueReport;

/**
 * Opens the error panel for a failure: asks every {@link FailureSection} in Lookup what it adds (off the event
 * thread, as they may use the network), then shows the panel in a window that stays open beside the studio.
 */
@ServiceProvider(service = FailureExplainer.class)
@Messages("FailureExplanations.title=What Went Wrong")
public final class FailureExplanations implements FailureExplainer {

    private static final Logger LOG = Logger.getLogger(FailureExplanations.class.getName());
    private static final RequestProcessor SECTIONS = new RequestProcessor(FailureExplanations.class.getName());

    @Override
    public void explain(FailedWork work) {
        SECTIONS.post(() -> {
            List<FailureSection.Section> sections = sectionsFor(work);
            SwingUtilities.invokeLater(() -> show(work, sections));
        });
    }

    /** What the registered sections add; one that fails is left out (and logged), never the panel. */
    static List<FailureSection.Section> sectionsFor(FailedWork work) {
        List<FailureSection.Section> sections = new ArrayList<>();
        for (FailureSection contributor : Lookup.getDefault().lookupAll(FailureSection.class)) {
            try {
                contributor.sectionFor(work).ifPresent(sections::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Failure section " + contributor.getClass().getName() + " failed", e);
            }
        }
        return sections;
    }

    private static void show(FailedWork work, List<FailureSection.Section> sections) {
        FailurePanel panel = new FailurePanel(work, sections, FailureExplanations::writeReport);
        DialogDescriptor window = new DialogDescriptor(panel, Bundle.FailureExplanations_title(), false,
                new Object[]{DialogDescriptor.CLOSED_OPTION}, DialogDescriptor.CLOSED_OPTION, DialogDescriptor.DEFAULT_ALIGN, null, null);
        DialogDisplayer.getDefault().createDialog(window).setVisible(true);
    }

    /** The studio's report: its facts, the capture's lines, every secret of its settings redacted, in the log folder. */
    private static IssueReport.Written writeReport(FailedWork work, List<FailureSection.Section> sections) throws IOException {
        Settings settings = StudioSecrets.settings();
        IssueReport report = new IssueReport(StudioSecrets.redaction(settings),
                StudioFacts.describe(StudioSecrets.outputFolder(settings)), LogCapture.shared().after(0));
        return report.write(LogFolder.path(), work, sections);
    }
}
