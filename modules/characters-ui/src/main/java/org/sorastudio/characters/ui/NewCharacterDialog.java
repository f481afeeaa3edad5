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
package org.sorastudio.characters.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.spi.ClipSource;
import org.sorastudio.core.spi.VideoLimits.Limits;
import org.sorastudio.media.probe.MediaInfo;

/**
 * New Character…: a clip (a finished one from the queue, or any video file), the range of it to use and a name. The
 * range's length and the name are checked as they are typed, against the server's limits; Create runs
 * {@link CharacterMaker} in the background with a progress handle, and the dialog closes when the character is kept.
 */
@Messages({
    "NewCharacter.title=New Character",
    "NewCharacter.clip=Clip:",
    "NewCharacter.browse=&File…",
    "NewCharacter.start=From (s):",
    "NewCharacter.end=To (s):",
    "NewCharacter.name=Name:",
    "NewCharacter.create=&Create",
    "NewCharacter.cancel=C&ancel",
    "NewCharacter.chooseClip=Choose a clip with the character in it.",
    "NewCharacter.videos=Video files (mp4, mov, webm)",
    "# {0} - length", "# {1} - shortest", "# {2} - longest",
    "NewCharacter.rangeHint=Uses {0} s of the clip; the server takes {1}–{2} s.",
    "# {0} - length",
    "NewCharacter.clipLength=The clip is {0} s long.",
    "NewCharacter.badNumber=Type the range in seconds, e.g. 1.5.",
    "# {0} - name",
    "NewCharacter.progress=Making the character {0}",
    "NewCharacter.working=Cutting, checking and uploading the clip…"
})
final class NewCharacterDialog extends JDialog {

    private static final RequestProcessor WORK = new RequestProcessor("New character", 1);

    private final CharacterMaker maker;
    private final Limits limits;
    private final String profile;
    private final Consumer<Character> onMade;
    private final JComboBox<ClipSource.Clip> clip = new JComboBox<>();
    private final JTextField start = new JTextField("0", 6);
    private final JTextField end = new JTextField(6);
    private final JTextField name = new JTextField(24);
    private final JLabel hint = new JLabel(" ");
    private final JLabel problem = new JLabel(" ");
    private final JButton create = new JButton();
    private volatile MediaInfo probed;

    NewCharacterDialog(Window owner, CharacterMaker maker, Limits limits, String profile, List<ClipSource.Clip> finished,
            Consumer<Character> onMade) {
        super(owner, Bundle.NewCharacter_title(), ModalityType.MODELESS);
        Mnemonics.setLocalizedText(create, Bundle.NewCharacter_create());
        this.maker = maker;
        this.limits = limits;
        this.profile = profile;
        this.onMade = onMade;
        setName("newCharacterDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        finished.forEach(clip::addItem);
        clip.setSelectedIndex(-1);
        setContentPane(content());
        pack();
        setLocationRelativeTo(owner);
    }

    /** Starts with {@code file} chosen (e.g. the clip in the player). */
    void choose(Path file) {
        ClipSource.Clip chosen = new ClipSource.Clip(file, file.getFileName().toString());
        clip.addItem(chosen);
        clip.setSelectedItem(chosen);
    }

    private JPanel content() {
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        clip.setName("clip");
        clip.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean selected, boolean focused) {
                String text = value instanceof ClipSource.Clip item ? item.label() : Bundle.NewCharacter_chooseClip();
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        clip.setPrototypeDisplayValue(new ClipSource.Clip(Path.of("x"), "x".repeat(48)));
        clip.addActionListener(e -> clipChosen());
        JButton browse = new JButton();
        Mnemonics.setLocalizedText(browse, Bundle.NewCharacter_browse());
        browse.setName("browse");
        browse.addActionListener(e -> browse());
        row(form, c, 0, Bundle.NewCharacter_clip(), clip, browse);
        start.setName("start");
        end.setName("end");
        JPanel range = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        range.add(start);
        JLabel endCaption = new JLabel(Bundle.NewCharacter_end());
        endCaption.setLabelFor(end);
        range.add(endCaption);
        range.add(end);
        row(form, c, 1, Bundle.NewCharacter_start(), range, null);
        name.setName("name");
        row(form, c, 2, Bundle.NewCharacter_name(), name, null);
        c.gridx = 0;
        c.gridwidth = 3;
        c.gridy = 3;
        hint.setName("hint");
        form.add(hint, c);
        c.gridy = 4;
        problem.setName("problem");
        problem.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : UIManager.getColor("Label.foreground"));
        form.add(problem, c);

        DocumentListener onType = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                check();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                check();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                check();
            }
        };
        start.getDocument().addDocumentListener(onType);
        end.getDocument().addDocumentListener(onType);
        name.getDocument().addDocumentListener(onType);

        create.setName("create");
        create.addActionListener(e -> start());
        JButton cancel = new JButton();
        Mnemonics.setLocalizedText(cancel, Bundle.NewCharacter_cancel());
        cancel.setName("cancel");
        cancel.addActionListener(e -> dispose());
        getRootPane().setDefaultButton(create);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(create);
        buttons.add(cancel);
        JPanel all = new JPanel(new BorderLayout());
        all.add(form, BorderLayout.CENTER);
        all.add(buttons, BorderLayout.SOUTH);
        check();
        return all;
    }

    private static void row(JPanel form, GridBagConstraints c, int y, String label, java.awt.Component field,
            java.awt.Component extra) {
        c.gridy = y;
        c.gridx = 0;
        c.gridwidth = 1;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        JLabel caption = new JLabel(label);
        // a row of several fields (the range) is named by its caption at its first field
        caption.setLabelFor(field instanceof JPanel row ? row.getComponent(0) : field);
        form.add(caption, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        if (extra != null) {
            c.gridx = 2;
            c.fill = GridBagConstraints.NONE;
            c.weightx = 0;
            form.add(extra, c);
        }
    }

    private void browse() {
        File chosen = new FileChooserBuilder(NewCharacterDialog.class).setTitle(Bundle.NewCharacter_chooseClip())
                .setFilesOnly(true).setFileFilter(new FileNameExtensionFilter(Bundle.NewCharacter_videos(), "mp4", "mov", "webm"))
                .showOpenDialog();
        if (chosen != null) {
            choose(chosen.toPath());
        }
    }

    /** Probes the chosen clip off the EDT; the range's end defaults to the shorter of the clip and the longest allowed. */
    private void clipChosen() {
        probed = null;
        check();
        if (!(clip.getSelectedItem() instanceof ClipSource.Clip chosen)) {
            return;
        }
        WORK.post(() -> {
            Optional<MediaInfo> info;
            String failure = null;
            try {
                info = Optional.of(maker.probe(chosen.file()));
            } catch (CharacterMaker.CharacterException e) {
                info = Optional.empty();
                failure = e.getMessage();
            }
            Optional<MediaInfo> result = info;
            String message = failure;
            SwingUtilities.invokeLater(() -> {
                if (clip.getSelectedItem() != chosen) {
                    return;
                }
                probed = result.orElse(null);
                if (probed != null && end.getText().isBlank()) {
                    double longest = limits.characterClipMaxSeconds() > 0 ? limits.characterClipMaxSeconds() : probed.durationSeconds();
                    end.setText(seconds(Math.min(longest, probed.durationSeconds())));
                }
                check();
                if (message != null) {
                    problem.setText(message);
                }
            });
        });
    }

    /** Checks what is typed and says what is wrong; Create is enabled only when nothing is. */
    private void check() {
        Optional<String> wrong = currentProblem();
        problem.setText(wrong.orElse(" "));
        create.setEnabled(wrong.isEmpty());
        MediaInfo info = probed;
        double[] range = range();
        if (range != null && limits.characterClipMaxSeconds() > 0) {
            LocaleFormat format = LocaleFormat.current();
            hint.setText(Bundle.NewCharacter_rangeHint(format.seconds(range[1] - range[0]),
                    format.seconds(limits.characterClipMinSeconds()), format.seconds(limits.characterClipMaxSeconds())));
        } else if (info != null) {
            hint.setText(Bundle.NewCharacter_clipLength(LocaleFormat.current().seconds(info.durationSeconds())));
        }
    }

    private Optional<String> currentProblem() {
        if (!(clip.getSelectedItem() instanceof ClipSource.Clip chosen) || !Files.isRegularFile(chosen.file())) {
            return Optional.of(Bundle.NewCharacter_chooseClip());
        }
        double[] range = range();
        if (range == null) {
            return Optional.of(Bundle.NewCharacter_badNumber());
        }
        Optional<String> length = CharacterMaker.lengthProblem(range[1] - range[0], limits);
        if (length.isPresent()) {
            return length;
        }
        return maker.nameProblem(name.getText(), limits);
    }

    /** {start, end} as typed, or null when either is not a number or the end is not after the start. */
    private double[] range() {
        try {
            double from = Double.parseDouble(start.getText().strip());
            double to = Double.parseDouble(end.getText().strip());
            return from >= 0 && to > from ? new double[]{from, to} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void start() {
        double[] range = range();
        if (currentProblem().isPresent() || range == null) {
            check();
            return;
        }
        ClipSource.Clip chosen = (ClipSource.Clip) clip.getSelectedItem();
        CharacterMaker.Request request = new CharacterMaker.Request(name.getText().strip(), chosen.file(), range[0],
                range[1], profile);
        create.setEnabled(false);
        hint.setText(Bundle.NewCharacter_working());
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.NewCharacter_progress(request.name()));
        WORK.post(() -> {
            progress.start();
            Path work = null;
            try {
                work = Files.createTempDirectory("sorastudio-character-");
                Character made = maker.make(request, limits, work);
                SwingUtilities.invokeLater(() -> {
                    dispose();
                    onMade.accept(made);
                });
            } catch (CharacterMaker.CharacterException | java.io.IOException e) {
                SwingUtilities.invokeLater(() -> {
                    hint.setText(" ");
                    problem.setText(e.getMessage());
                    create.setEnabled(true);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                progress.finish();
                deleteQuietly(work);
            }
        });
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(NewCharacterDialog::deleteIfPossible);
        } catch (java.io.IOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }

    private static void deleteIfPossible(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (java.io.IOException e) {
            // a temporary file left behind is cleaned by the system
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
