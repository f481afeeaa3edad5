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
package org.sorastudio.studio.ui.editor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection;
import org.sorastudio.core.spi.FailureSection.Section;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * Under the Shot editor: what became of the shot it sent last. Queued only once nothing held it back; held back by
 * the prompt check or failed, with why (the failure, and what the installed {@link FailureSection}s add: the moderation
 * module's flagged categories, scores, trigger words and its Rewrite &amp; Resend); done. With no section provider
 * installed it shows the failure alone. Events come from the queue's threads and are shown on the event thread; the
 * sections are asked for on a RequestProcessor, since they may ask the server.
 */
@Messages({
    "# {0} - prompt start",
    "ShotOutcome.sending=Sending: {0}",
    "# {0} - prompt start",
    "ShotOutcome.queued=Queued: {0}",
    "# {0} - prompt start",
    "ShotOutcome.heldBack=Held back, nothing was sent: {0}",
    "# {0} - prompt start",
    "ShotOutcome.failed=Failed: {0}",
    "# {0} - prompt start",
    "ShotOutcome.completed=Done: {0}",
    "ShotOutcome.explaining=Finding out why…",
    "ShotOutcome.noBackend=No generation backend is installed: the shot was added to the project, but nothing was sent."
})
final class ShotOutcomeView extends JPanel {

    private static final RequestProcessor EXPLAINER = new RequestProcessor(ShotOutcomeView.class.getName(), 1);
    private static final int SHOWN_PROMPT = 60;

    private final Function<FailedWork, List<Section>> sectionsFor;
    private final JLabel status = new JLabel(" ");
    private final JPanel details = new JPanel();
    private final ShotProgress progress = follower();
    /** The id of the shot sent last; events about other shots are not shown. Touched on the event thread only. */
    private String followedShot;

    /** Explained by the sections installed in the platform's Lookup. */
    ShotOutcomeView() {
        this(ShotOutcomeView::installedSections);
    }

    /** @param sectionsFor what the installed modules add about a failure; called off the event thread */
    ShotOutcomeView(Function<FailedWork, List<Section>> sectionsFor) {
        super(new BorderLayout(0, 6));
        this.sectionsFor = sectionsFor;
        setBorder(BorderFactory.createEmptyBorder(0, 12, 8, 12));
        status.setName("status");
        details.setName("outcomeDetails");
        details.setLayout(new BoxLayout(details, BoxLayout.Y_AXIS));
        add(status, BorderLayout.NORTH);
        add(details, BorderLayout.CENTER);
    }

    /** {@code shot} was just handed to the queue: follow it. Event thread. */
    void sending(Shot shot) {
        followedShot = shot.id();
        show(Bundle.ShotOutcome_sending(shortened(shot.prompt())), List.of());
    }

    /** Nothing will follow: no queue is installed. Event thread. */
    void noBackend() {
        followedShot = null;
        show(Bundle.ShotOutcome_noBackend(), List.of());
    }

    /** Hears the queue about the shots this view follows (always the same one, so the queue keeps one follower). */
    ShotProgress progress() {
        return progress;
    }

    /** The queue's reports, from any thread, shown on the event thread when they are about the shot sent last. */
    private ShotProgress follower() {
        return new ShotProgress() {
            @Override
            public void queued(Shot shot) {
                onEdt(shot, () -> show(Bundle.ShotOutcome_queued(shortened(shot.prompt())), List.of()));
            }

            @Override
            public void heldBack(FailedWork work) {
                onEdt(work.shot(), () -> explain(Bundle.ShotOutcome_heldBack(shortened(work.prompt())), work));
            }

            @Override
            public void failed(FailedWork work) {
                onEdt(work.shot(), () -> explain(Bundle.ShotOutcome_failed(shortened(work.prompt())), work));
            }

            @Override
            public void completed(Shot shot) {
                onEdt(shot, () -> show(Bundle.ShotOutcome_completed(shortened(shot.prompt())), List.of()));
            }
        };
    }

    private void onEdt(Shot shot, Runnable change) {
        SwingUtilities.invokeLater(() -> {
            if (shot != null && shot.id().equals(followedShot)) {
                change.run();
            }
        });
    }

    /** The failure at once, then what the installed modules add about it when they have asked. */
    private void explain(String headline, FailedWork work) {
        List<JComponent> shown = new ArrayList<>(List.of(text("failureMessage", work.failure().message())));
        JLabel explaining = new JLabel(Bundle.ShotOutcome_explaining());
        shown.add(explaining);
        show(headline, shown);
        String shotId = work.shot() == null ? null : work.shot().id();
        EXPLAINER.post(() -> {
            List<Section> sections = sectionsFor.apply(work);
            SwingUtilities.invokeLater(() -> {
                if (shotId == null || !shotId.equals(followedShot) || explaining.getParent() != details) {
                    return;
                }
                details.remove(explaining);
                sections.forEach(section -> details.add(sectionView(section)));
                details.revalidate();
                details.repaint();
            });
        });
    }

    private void show(String headline, List<JComponent> parts) {
        status.setText(headline);
        details.removeAll();
        parts.forEach(details::add);
        details.revalidate();
        details.repaint();
    }

    private static JComponent sectionView(Section section) {
        JPanel view = new JPanel(new BorderLayout(0, 4));
        view.setName("section:" + section.title());
        view.setAlignmentX(LEFT_ALIGNMENT);
        view.setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
        JLabel title = new JLabel(section.title());
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        view.add(title, BorderLayout.NORTH);
        view.add(text("sectionText", section.text()), BorderLayout.CENTER);
        if (!section.actions().isEmpty()) {
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
            for (FailureSection.SectionAction action : section.actions()) {
                JButton button = new JButton(action.label());
                button.setName("action:" + action.label());
                button.addActionListener(e -> action.run().run());
                buttons.add(button);
                buttons.add(Box.createHorizontalStrut(6));
            }
            view.add(buttons, BorderLayout.SOUTH);
        }
        return view;
    }

    private static JTextArea text(String name, String content) {
        WrappedText area = new WrappedText(content, 30);
        area.setName(name);
        area.setFocusable(true);
        area.setAlignmentX(LEFT_ALIGNMENT);
        return area;
    }

    private static String shortened(String prompt) {
        return prompt.length() > SHOWN_PROMPT ? prompt.substring(0, SHOWN_PROMPT) + "…" : prompt;
    }

    /** Every installed section that has something to add, in Lookup order; none when nobody provides one. */
    private static List<Section> installedSections(FailedWork work) {
        Collection<? extends FailureSection> providers = Lookup.getDefault().lookupAll(FailureSection.class);
        return providers.stream().map(provider -> provider.sectionFor(work)).flatMap(Optional::stream).toList();
    }
}
