package org.sorastudio.templates.ui.wizard;

import java.awt.Dialog;
import java.text.MessageFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.event.ChangeListener;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.WizardDescriptor;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Import Shots from CSV: file and template, encoding and delimiter, column mapping, preview,
 * validation, summary; Finish sends the valid shots on (see {@link BatchDelivery}). Every file
 * read happens off the EDT: detection and planning in the steps' background validation, previews
 * and the validation pass on their own threads, delivery in the wizard's instantiation thread.
 */
@Messages({
    "CsvImportWizard.title=Import Shots from CSV",
    "CsvImportWizard.finishing=Sending the shots"
})
public final class CsvImportWizard {

    private final CsvImportModel model;
    private final List<WizardStep> steps;
    private final WizardDescriptor descriptor;

    /**
     * @param services where the model catalog, template library, generation queue and project
     *                 session are found ({@code Lookup.getDefault()} in the studio)
     * @param template the template to start from, or empty for a free prompt
     */
    public CsvImportWizard(Lookup services, Optional<Template> template) {
        this.model = new CsvImportModel(services, new BatchExpander(services.lookup(ModelCatalog.class)), template.orElse(null));
        this.steps = List.of(new SourceStep(model), new FormatStep(model), new MappingStep(model), new PreviewStep(model),
                new ValidationStep(model), new SummaryStep(model));
        String[] names = steps.stream().map(WizardStep::title).toArray(String[]::new);
        for (int i = 0; i < steps.size(); i++) {
            JComponent step = steps.get(i).getComponent();
            step.putClientProperty(WizardDescriptor.PROP_CONTENT_SELECTED_INDEX, i);
            step.putClientProperty(WizardDescriptor.PROP_CONTENT_DATA, names);
            step.putClientProperty(WizardDescriptor.PROP_AUTO_WIZARD_STYLE, true);
            step.putClientProperty(WizardDescriptor.PROP_CONTENT_DISPLAYED, true);
            step.putClientProperty(WizardDescriptor.PROP_CONTENT_NUMBERED, true);
        }
        this.descriptor = new WizardDescriptor(new Steps());
        descriptor.setTitleFormat(new MessageFormat("{0}"));
        descriptor.setTitle(Bundle.CsvImportWizard_title());
    }

    /** Opens the wizard (modal) and, after Finish, tells the user where the shots went. */
    public static void open(Lookup services, Optional<Template> template) {
        CsvImportWizard wizard = new CsvImportWizard(services, template);
        wizard.show().ifPresent(UserMessages::info);
    }

    /** Shows the wizard and waits; returns what Finish did, or empty when the user cancelled. */
    Optional<String> show() {
        Dialog dialog = DialogDisplayer.getDefault().createDialog(descriptor);
        dialog.setSize(1000, 640);
        dialog.setLocationRelativeTo(null);
        try {
            dialog.setVisible(true);
        } finally {
            dialog.dispose();
            steps.stream().filter(ValidationStep.class::isInstance).map(ValidationStep.class::cast).forEach(ValidationStep::stop);
        }
        return descriptor.getValue() == WizardDescriptor.FINISH_OPTION ? Optional.ofNullable(model.outcome) : Optional.empty();
    }

    /** The steps in order; Finish delivers the shots in the wizard's background thread with its progress bar. */
    private final class Steps implements WizardDescriptor.ProgressInstantiatingIterator<WizardDescriptor> {

        private int index;

        @Override
        public Set<?> instantiate(ProgressHandle progress) throws java.io.IOException {
            progress.start();
            progress.progress(Bundle.CsvImportWizard_finishing());
            try {
                model.outcome = BatchDelivery.deliver(model.plan, model.destination, model.services, progress);
            } catch (org.sorastudio.templates.csv.CsvFileException | RuntimeException e) {
                throw new java.io.IOException(UserMessages.describe(e), e);
            } finally {
                progress.finish();
            }
            return Set.of();
        }

        @Override
        public Set<?> instantiate() {
            throw new IllegalStateException("The wizard calls instantiate(ProgressHandle).");
        }

        @Override
        public void initialize(WizardDescriptor wizard) {
            index = 0;
        }

        @Override
        public void uninitialize(WizardDescriptor wizard) {
            // The model and steps are dropped with the wizard.
        }

        @Override
        public WizardDescriptor.Panel<WizardDescriptor> current() {
            return steps.get(index);
        }

        @Override
        public String name() {
            return steps.get(index).title();
        }

        @Override
        public boolean hasNext() {
            return index < steps.size() - 1;
        }

        @Override
        public boolean hasPrevious() {
            return index > 0;
        }

        @Override
        public void nextPanel() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            index++;
        }

        @Override
        public void previousPanel() {
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            index--;
        }

        @Override
        public void addChangeListener(ChangeListener listener) {
            // The set of steps never changes.
        }

        @Override
        public void removeChangeListener(ChangeListener listener) {
            // The set of steps never changes.
        }
    }
}
