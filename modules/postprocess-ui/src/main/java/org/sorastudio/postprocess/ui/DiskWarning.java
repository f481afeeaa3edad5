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
package org.sorastudio.postprocess.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.postprocess.disk.DiskVerdict;

/**
 * The warning before a batch that would not fit: the numbers (needed, free, what should stay free) and three ways on.
 * Pause queues the batch but sends nothing until Resume; Change Folder sends it to another folder; Go On sends it as
 * it is. Closing the dialog is Pause: nothing is lost and nothing is paid for.
 */
@Messages({
    "DiskWarning.title=Not Enough Disk Space for This Batch",
    "DiskWarning.needed=Needed (estimated):",
    "DiskWarning.free=Free now:",
    "DiskWarning.threshold=Should stay free:",
    "DiskWarning.folder=Output folder:",
    "DiskWarning.pause=&Pause the Queue",
    "DiskWarning.changeFolder=&Change Folder…",
    "DiskWarning.goOn=&Go On",
    "DiskWarning.chooseFolder=Folder for the clips of this batch",
    "DiskWarning.hint=<html>Pause keeps the batch in the queue without sending it; free some space, then Resume.<br>"
            + "The estimate comes from each model's bitrate, corrected by the clips already downloaded.</html>"
})
final class DiskWarning {

    /** What the user chose. */
    enum Decision { PAUSE, CHANGE_FOLDER, GO_ON }

    /** The decision, and for {@link Decision#CHANGE_FOLDER} the new folder. */
    record Choice(Decision decision, Path folder) {
    }

    private DiskWarning() {
    }

    /** Asks on the EDT and waits for the answer; call it off the EDT (the queue service's thread). */
    static Choice ask(DiskVerdict verdict) {
        AtomicReference<Choice> choice = new AtomicReference<>(new Choice(Decision.PAUSE, null));
        try {
            SwingUtilities.invokeAndWait(() -> choice.set(askOnEdt(verdict)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return choice.get();
    }

    static Choice askOnEdt(DiskVerdict verdict) {
        JButton pause = button(Bundle.DiskWarning_pause(), "pause");
        JButton change = button(Bundle.DiskWarning_changeFolder(), "changeFolder");
        JButton goOn = button(Bundle.DiskWarning_goOn(), "goOn");
        DialogDescriptor descriptor = new DialogDescriptor(panel(verdict), Bundle.DiskWarning_title(), true,
                new Object[]{pause, change, goOn}, pause, DialogDescriptor.DEFAULT_ALIGN, null, null);
        descriptor.setMessageType(NotifyDescriptor.WARNING_MESSAGE);
        descriptor.setClosingOptions(new Object[]{pause, change, goOn});
        Object answer = DialogDisplayer.getDefault().notify(descriptor);
        if (answer == goOn) {
            return new Choice(Decision.GO_ON, null);
        }
        if (answer == change) {
            JFileChooser chooser = new JFileChooser(verdict.folder().toFile());
            chooser.setName("chooseFolder");
            chooser.setDialogTitle(Bundle.DiskWarning_chooseFolder());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showDialog(null, Bundle.DiskWarning_chooseFolder()) == JFileChooser.APPROVE_OPTION) {
                File folder = chooser.getSelectedFile();
                return new Choice(Decision.CHANGE_FOLDER, folder.toPath());
            }
        }
        return new Choice(Decision.PAUSE, null);
    }

    static JPanel panel(DiskVerdict verdict) {
        JPanel numbers = new JPanel(new GridLayout(0, 2, 12, 4));
        numbers.add(new JLabel(Bundle.DiskWarning_folder()));
        numbers.add(value("folder", verdict.folder().toString()));
        numbers.add(new JLabel(Bundle.DiskWarning_needed()));
        numbers.add(value("needed", LocaleFormat.current().bytes(verdict.needed())));
        numbers.add(new JLabel(Bundle.DiskWarning_free()));
        numbers.add(value("free", verdict.free() < 0 ? "?" : LocaleFormat.current().bytes(verdict.free())));
        numbers.add(new JLabel(Bundle.DiskWarning_threshold()));
        numbers.add(value("threshold", LocaleFormat.current().bytes(verdict.threshold())));
        JPanel panel = new JPanel(new BorderLayout(0, 10));
        panel.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        JLabel message = new JLabel("<html><body style='width: 420px'>" + verdict.message() + "</body></html>");
        message.setName("message");
        panel.add(message, BorderLayout.NORTH);
        panel.add(numbers, BorderLayout.CENTER);
        panel.add(new JLabel(Bundle.DiskWarning_hint()), BorderLayout.SOUTH);
        return panel;
    }

    private static JLabel value(String name, String text) {
        JLabel label = new JLabel(text);
        label.setName(name);
        label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
        return label;
    }

    private static JButton button(String text, String name) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
        button.setName(name);
        return button;
    }
}
