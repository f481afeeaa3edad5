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

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.FailureAdvice;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.diagnostics.failure.FailureDetails;
import org.sorastudio.diagnostics.failure.IssueReport;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * The one error panel: what happened in one sentence, what to do next, the request ids, the sections other modules
 * add (through {@link FailureSection}), Copy Details and Include in Issue (a redacted report written to a file and
 * put on the clipboard). Every failure is shown this way, whatever its kind.
 */
@Messages({
    "FailurePanel.happened=What happened",
    "FailurePanel.next=What to do next",
    "FailurePanel.requestIds=Request ids",
    "FailurePanel.copy=&Copy Details",
    "FailurePanel.copyTip=Everything known about this failure, as text, on the clipboard",
    "FailurePanel.copied=The details are on the clipboard.",
    "FailurePanel.include=&Include in Issue",
    "FailurePanel.includeTip=Writes a report for a bug report (versions, this failure, the last API exchanges; no keys) "
            + "and puts it on the clipboard",
    "# {0} - file",
    "FailurePanel.included=Report {0} (in the log folder) is on the clipboard; it holds no keys.",
    "# {0} - reason",
    "FailurePanel.includeFailed=The report could not be written: {0}"
})
final class FailurePanel extends JPanel {

    private static final RequestProcessor REPORTS = new RequestProcessor(FailurePanel.class.getName());

    /** Writes the issue report for a failure; the studio's writes it into the log folder with its secrets redacted. */
    interface ReportWriter {
        IssueReport.Written write(FailedWork work, List<FailureSection.Section> sections) throws IOException;
    }

    private final FailedWork work;
    private final List<FailureSection.Section> sections;
    private final ReportWriter reports;
    private final JLabel result = new JLabel(" ");

    FailurePanel(FailedWork work, List<FailureSection.Section> sections, ReportWriter reports) {
        super(new BorderLayout(0, 12));
        this.work = work;
        this.sections = List.copyOf(sections);
        this.reports = reports;
        setName("failure");
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        add(heading(), BorderLayout.NORTH);
        add(rows(), BorderLayout.CENTER);
        add(buttons(), BorderLayout.SOUTH);
    }

    private JPanel heading() {
        JPanel heading = new JPanel(new BorderLayout(0, 2));
        JLabel kind = new JLabel(FailureDetails.kindName(work.failure().kind()));
        kind.setName("kind");
        kind.setFont(kind.getFont().deriveFont(Font.BOLD, kind.getFont().getSize2D() * 1.25f));
        kind.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : UIManager.getColor("Label.foreground"));
        JLabel title = new JLabel(work.title());
        title.setName("title");
        title.setForeground(UIManager.getColor("Label.disabledForeground"));
        heading.add(kind, BorderLayout.NORTH);
        heading.add(title, BorderLayout.SOUTH);
        return heading;
    }

    private JPanel rows() {
        Failure failure = work.failure();
        JPanel rows = new JPanel(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = 0;
        at.weightx = 1;
        at.fill = GridBagConstraints.HORIZONTAL;
        at.anchor = GridBagConstraints.NORTHWEST;
        at.insets = new Insets(0, 0, 10, 0);
        row(rows, at, Bundle.FailurePanel_happened(), "happened", FailureDetails.sentence(failure.message()));
        row(rows, at, Bundle.FailurePanel_next(), "nextStep", FailureAdvice.nextStep(failure));
        row(rows, at, Bundle.FailurePanel_requestIds(), "requestIds", FailureDetails.requestIds(failure));
        for (int i = 0; i < sections.size(); i++) {
            FailureSection.Section section = sections.get(i);
            row(rows, at, section.title(), "section" + i, section.text());
            if (!section.actions().isEmpty()) {
                rows.add(actions(section, "section" + i), at);
            }
        }
        at.weighty = 1;
        rows.add(new JPanel(), at);
        return rows;
    }

    /** A section's buttons, each running its action on the event thread. */
    private static JPanel actions(FailureSection.Section section, String name) {
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        for (FailureSection.SectionAction action : section.actions()) {
            JButton button = new JButton(action.label());
            button.setName(name + ".action");
            button.addActionListener(e -> action.run().run());
            buttons.add(button);
        }
        return buttons;
    }

    /** A bold label over its text, which wraps and can be selected and copied. */
    private static void row(JPanel rows, GridBagConstraints at, String label, String name, String text) {
        JPanel row = new JPanel(new BorderLayout(0, 3));
        JLabel title = new JLabel(label);
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        WrappedText value = new WrappedText(text, 40);
        value.setName(name);
        value.setFocusable(true);
        title.setLabelFor(value);
        row.add(title, BorderLayout.NORTH);
        row.add(value, BorderLayout.CENTER);
        rows.add(row, at);
    }

    /** The buttons, and below them what the last one did (on a line of its own: a file name does not fit beside them). */
    private JPanel buttons() {
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        JButton copy = new JButton();
        Mnemonics.setLocalizedText(copy, Bundle.FailurePanel_copy());
        copy.setName("copyDetails");
        copy.setToolTipText(Bundle.FailurePanel_copyTip());
        copy.addActionListener(e -> {
            toClipboard(FailureDetails.text(work, sections));
            result.setText(Bundle.FailurePanel_copied());
        });
        JButton include = new JButton();
        Mnemonics.setLocalizedText(include, Bundle.FailurePanel_include());
        include.setName("includeInIssue");
        include.setToolTipText(Bundle.FailurePanel_includeTip());
        include.addActionListener(e -> includeInIssue());
        result.setName("result");
        buttons.add(copy);
        buttons.add(Box.createHorizontalStrut(6));
        buttons.add(include);
        JPanel south = new JPanel(new BorderLayout(0, 6));
        south.add(buttons, BorderLayout.NORTH);
        south.add(result, BorderLayout.SOUTH);
        return south;
    }

    /** Wide enough for a sentence per line; the text areas wrap within it. */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        int width = getFontMetrics(getFont()).charWidth('m') * 56;
        return new Dimension(Math.max(width, Math.min(size.width, width * 3 / 2)), size.height);
    }

    /** Writes the report off the event thread, then puts it on the clipboard and says where it went. */
    RequestProcessor.Task includeInIssue() {
        return REPORTS.post(() -> {
            try {
                IssueReport.Written written = reports.write(work, sections);
                SwingUtilities.invokeLater(() -> {
                    toClipboard(written.text());
                    result.setText(Bundle.FailurePanel_included(written.file().getFileName()));
                    result.setToolTipText(written.file().toString());
                });
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> result.setText(Bundle.FailurePanel_includeFailed(e.getMessage())));
            }
        });
    }

    private static void toClipboard(String text) {
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
    }
}
