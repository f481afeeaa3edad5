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

import java.awt.Dialog;
import java.text.MessageFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.WizardDescriptor;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Import Shots from CSV: file and template, encoding and delimiter, column mapping, preview,
 * validation, summary; after Finish the valid shots are sent on (see {@link BatchDelivery}). Every
 * file read happens off the EDT: detection and planning in the steps' background validation,
 * previews and the validation pass on their own threads, delivery on its own after the dialog
 * closes (the platform's asynchronous finish builds its progress bar outside the EDT).
 */
@Messages({
    "CsvImportWizard.title=Import Shots from CSV",
    "CsvImportWizard.finishing=Sending the shots",
    "CsvImportWizard.messageLine=Wizard message",
    "# {0} - problem",
    "CsvImportWizard.failed=The shots could not be sent: {0}"
})
public final class CsvImportWizard {

    private static final Logger LOG = Logger.getLogger(CsvImportWizard.class.getName());
    private static final RequestProcessor DELIVERY = new RequestProcessor(CsvImportWizard.class.getName());

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

    /** Opens the wizard (modal); after Finish sends the shots on and tells the user where they went. */
    public static void open(Lookup services, Optional<Template> template) {
        CsvImportWizard wizard = new CsvImportWizard(services, template);
        if (wizard.show()) {
            wizard.deliver().whenComplete((outcome, failure) -> SwingUtilities.invokeLater(() -> {
                if (failure == null) {
                    UserMessages.info(outcome);
                } else {
                    UserMessages.error(Bundle.CsvImportWizard_failed(UserMessages.describe(unwrap(failure))));
                }
            }));
        }
    }

    /**
     * The platform's wizard shows its error and warning line in a text pane Tab reaches (so it can be copied) but gives
     * it no accessible name: a screen reader would announce an unnamed field. It is named here.
     */
    private static void nameMessageLine(java.awt.Container parent) {
        for (java.awt.Component child : parent.getComponents()) {
            if (child instanceof javax.swing.text.JTextComponent line && "FixedHeightPane".equals(child.getClass().getSimpleName())) {
                line.getAccessibleContext().setAccessibleName(Bundle.CsvImportWizard_messageLine());
            } else if (child instanceof java.awt.Container container) {
                nameMessageLine(container);
            }
        }
    }

    /** Shows the wizard and waits; returns whether the user pressed Finish. */
    boolean show() {
        Dialog dialog = DialogDisplayer.getDefault().createDialog(descriptor);
        dialog.setSize(1000, 640);
        dialog.setLocationRelativeTo(null);
        nameMessageLine(dialog);
        try {
            dialog.setVisible(true);
        } finally {
            dialog.dispose();
            steps.stream().filter(ValidationStep.class::isInstance).map(ValidationStep.class::cast).forEach(ValidationStep::stop);
        }
        return descriptor.getValue() == WizardDescriptor.FINISH_OPTION;
    }

    /**
     * Sends the valid shots on, off the EDT with a progress handle (the file is read once more,
     * so a long batch is never held); completes with what happened, in words.
     */
    CompletableFuture<String> deliver() {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        BatchPlan plan = model.plan;
        CsvImportModel.Destination destination = model.destination;
        DELIVERY.post(() -> {
            ProgressHandle progress = ProgressHandle.createHandle(Bundle.CsvImportWizard_finishing());
            progress.start();
            try {
                outcome.complete(BatchDelivery.deliver(plan, destination, model.services, progress));
            } catch (CsvFileException | RuntimeException e) {
                LOG.log(Level.INFO, "Sending the batch failed", e);
                outcome.completeExceptionally(e);
            } finally {
                progress.finish();
            }
        });
        return outcome;
    }

    private static Exception unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof Exception e ? e : new IllegalStateException(cause);
    }

    /** The steps in order. */
    private final class Steps implements WizardDescriptor.Iterator<WizardDescriptor> {

        private int index;

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
