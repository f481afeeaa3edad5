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
package org.sorastudio.templates.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JTextArea;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.io.DataFileException;

/**
 * Says that the templates file cannot be read and what the library can do about it: restore the
 * backup it kept, or set the broken file aside and start empty. Nothing is done without a click.
 */
@Messages({
    "# {0} - file", "# {1} - problem",
    "BrokenFileBanner.message=Your templates cannot be read.\n{0}: {1}\nThe file is left as it is until you choose.",
    "BrokenFileBanner.restore=&Restore Backup",
    "# {0} - backup file",
    "BrokenFileBanner.restoreTip=Replace it with the previous version, {0} (the broken file is kept beside it)",
    "BrokenFileBanner.setAside=&Set Aside and Start Empty",
    "BrokenFileBanner.setAsideTip=Rename the broken file (it is kept) and start a new, empty library",
    "BrokenFileBanner.retry=&Try Again"
})
final class BrokenFileBanner extends JPanel {

    private final JTextArea message = new JTextArea();
    private final JButton restore = new JButton();
    private final JButton setAside = new JButton();
    private final JButton retry = new JButton();

    BrokenFileBanner(Runnable onRestore, Runnable onSetAside, Runnable onRetry) {
        super(new BorderLayout(0, 6));
        Mnemonics.setLocalizedText(restore, Bundle.BrokenFileBanner_restore());
        Mnemonics.setLocalizedText(setAside, Bundle.BrokenFileBanner_setAside());
        Mnemonics.setLocalizedText(retry, Bundle.BrokenFileBanner_retry());
        setName("brokenFile");
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, error == null ? UIManager.getColor("Actions.Red") : error),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        message.setName("brokenFileMessage");
        message.setEditable(false);
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setOpaque(false);
        message.setFont(UIManager.getFont("Label.font"));
        restore.setName("restoreBackup");
        setAside.setName("setAside");
        setAside.setToolTipText(Bundle.BrokenFileBanner_setAsideTip());
        retry.setName("retry");
        restore.addActionListener(e -> onRestore.run());
        setAside.addActionListener(e -> onSetAside.run());
        retry.addActionListener(e -> onRetry.run());
        JPanel buttons = new JPanel(new GridLayout(0, 1, 0, 4));
        buttons.add(restore);
        buttons.add(setAside);
        buttons.add(retry);
        add(message, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        setVisible(false);
    }

    void show(DataFileException problem) {
        message.setText(Bundle.BrokenFileBanner_message(problem.file(), problem.problem()));
        restore.setVisible(problem.backup().isPresent());
        problem.backup().ifPresent(backup -> restore.setToolTipText(Bundle.BrokenFileBanner_restoreTip(backup.getFileName())));
        setVisible(true);
        revalidate();
    }

    void hideBanner() {
        setVisible(false);
    }
}
