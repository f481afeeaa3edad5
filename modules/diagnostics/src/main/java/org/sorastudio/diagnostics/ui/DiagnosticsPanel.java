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
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.diagnostics.bundle.StudioFacts;
import org.sorastudio.diagnostics.checks.ServerCheck;
import org.sorastudio.openai.DeprecationNotice;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;

/**
 * Help > Diagnostics: whether the active profile's server answers and how fast (its models asked
 * for {@value #ATTEMPTS} times: fastest, median, slowest), whether it took the key, the rate limits it
 * reported last, what it announced as deprecated, the free space for clips, and Save Log Bundle… for a bug report. Every check runs
 * off the event thread; the rows say "Checking…" until their answer is in.
 */
@Messages({
    "Diagnostics.profile=Profile",
    "Diagnostics.server=Server",
    "Diagnostics.latency=Answer time",
    "Diagnostics.models=Models",
    "Diagnostics.key=Key",
    "Diagnostics.limits=Rate limits",
    "Diagnostics.disk=Free space for clips",
    "Diagnostics.notices=Deprecations",
    "Diagnostics.noNotices=none announced",
    "# {0} - what is deprecated: a request such as POST /videos, or a model",
    "Diagnostics.notice={0} is deprecated",
    "# {0} - what is deprecated: a request such as POST /videos, or a model",
    "# {1} - the day it stops being served",
    "Diagnostics.noticeUntil={0} is deprecated; it ends on {1}",
    "Diagnostics.checking=Checking…",
    "Diagnostics.noProfile=No server profile is active (Tools > Options).",
    "Diagnostics.noClient=No module provides server connections (the Profiles module may be switched off).",
    "# {0} - fastest",
    "# {1} - median",
    "# {2} - slowest",
    "# {3} - answers",
    "Diagnostics.latencyValue={0} ms fastest, {1} ms median, {2} ms slowest ({3} answers)",
    "Diagnostics.keyAccepted=accepted",
    "Diagnostics.noLimits=none reported yet",
    "# {0} - remaining",
    "# {1} - limit",
    "# {2} - reset",
    "Diagnostics.limitsValue={0} of {1} requests left, full again in {2}",
    "Diagnostics.checkAgain=&Check Again",
    "Diagnostics.saveBundle=&Save Log Bundle…",
    "Diagnostics.saveBundleTip=A zip of the logs, settings and system facts for a bug report, with every key removed",
    "Diagnostics.bundleTitle=Save a Log Bundle",
    "# {0} - file",
    "Diagnostics.bundleSaved=Saved {0}; it holds no keys.",
    "# {0} - reason",
    "Diagnostics.bundleFailed=The log bundle could not be saved: {0}"
})
final class DiagnosticsPanel extends JPanel {

    static final int ATTEMPTS = 5;
    private static final int NOTICE_LINES = 3;
    private static final RequestProcessor CHECKS = new RequestProcessor(DiagnosticsPanel.class.getName(), 2);

    /** Writes the log bundle to the file given; the studio's writes logs, settings and facts, redacted. */
    interface BundleWriter {
        void write(Path zip) throws IOException;
    }

    private final ApiClientProvider connections;
    private final Path outputFolder;
    private final BundleWriter bundle;
    private final Map<String, JLabel> values = new LinkedHashMap<>();
    private final JTextArea notices = noticesArea();
    private final JLabel result = new JLabel(" ");

    DiagnosticsPanel(ApiClientProvider connections, Path outputFolder, BundleWriter bundle) {
        super(new BorderLayout(0, 8));
        this.connections = connections;
        this.outputFolder = outputFolder;
        this.bundle = bundle;
        setName("diagnostics");
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        add(rows(), BorderLayout.CENTER);
        add(buttons(), BorderLayout.SOUTH);
    }

    private JPanel rows() {
        JPanel rows = new JPanel(new GridBagLayout());
        String[][] names = {{"profile", Bundle.Diagnostics_profile()}, {"server", Bundle.Diagnostics_server()},
            {"latency", Bundle.Diagnostics_latency()}, {"models", Bundle.Diagnostics_models()}, {"key", Bundle.Diagnostics_key()},
            {"limits", Bundle.Diagnostics_limits()}, {"disk", Bundle.Diagnostics_disk()}};
        GridBagConstraints at = new GridBagConstraints();
        at.anchor = GridBagConstraints.WEST;
        at.insets = new Insets(3, 0, 3, 16);
        for (int row = 0; row < names.length; row++) {
            at.gridy = row;
            at.gridx = 0;
            at.weightx = 0;
            rows.add(new JLabel(names[row][1]), at);
            JLabel value = new JLabel(Bundle.Diagnostics_checking());
            value.setName(names[row][0]);
            values.put(names[row][0], value);
            at.gridx = 1;
            at.weightx = 1;
            rows.add(value, at);
        }
        at.gridy = names.length;
        at.gridx = 0;
        at.weightx = 0;
        at.anchor = GridBagConstraints.NORTHWEST;
        rows.add(new JLabel(Bundle.Diagnostics_notices()), at);
        at.gridx = 1;
        at.weightx = 1;
        at.fill = GridBagConstraints.HORIZONTAL;
        rows.add(notices, at);
        return rows;
    }

    /** Room for three notices from the start: the window is sized before the answers arrive. */
    private static JTextArea noticesArea() {
        JTextArea area = new JTextArea(Bundle.Diagnostics_checking(), NOTICE_LINES, 40);
        area.setName("notices");
        area.setEditable(false);
        area.setFocusable(false); // read like the labels beside it, without a caret
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setFont(UIManager.getFont("Label.font"));
        area.setForeground(UIManager.getColor("Label.foreground"));
        return area;
    }

    private JPanel buttons() {
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        JButton again = new JButton();
        Mnemonics.setLocalizedText(again, Bundle.Diagnostics_checkAgain());
        again.setName("checkAgain");
        again.addActionListener(e -> check());
        JButton save = new JButton();
        Mnemonics.setLocalizedText(save, Bundle.Diagnostics_saveBundle());
        save.setName("saveBundle");
        save.setToolTipText(Bundle.Diagnostics_saveBundleTip());
        save.addActionListener(e -> chooseAndSaveBundle());
        result.setName("result");
        buttons.add(again);
        buttons.add(save);
        buttons.add(new JLabel("   "));
        buttons.add(result);
        return buttons;
    }

    /** Wide enough for the answers, which arrive after the window was sized around "Checking…". */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        size.width = Math.max(size.width, getFontMetrics(getFont()).charWidth('m') * 64);
        return size;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        check();
    }

    /** Runs every check again; returns the server check's task, which tests wait for. */
    RequestProcessor.Task check() {
        values.values().forEach(value -> value.setText(Bundle.Diagnostics_checking()));
        notices.setText(Bundle.Diagnostics_checking());
        CHECKS.post(() -> {
            String free = StudioFacts.freeSpace(outputFolder);
            SwingUtilities.invokeLater(() -> show("disk", free));
        });
        return CHECKS.post(this::checkServer);
    }

    private void checkServer() {
        String profile = connections == null ? null : connections.activeProfile();
        if (profile == null) {
            String why = connections == null ? Bundle.Diagnostics_noClient() : Bundle.Diagnostics_noProfile();
            SwingUtilities.invokeLater(() -> {
                values.keySet().stream().filter(name -> !name.equals("disk")).forEach(name -> show(name, why));
                notices.setText("—");
            });
            return;
        }
        VideoApiClient client;
        try {
            client = connections.clientFor(profile);
        } catch (RuntimeException e) {
            SwingUtilities.invokeLater(() -> show("server", e.getMessage()));
            return;
        }
        ServerCheck check = ServerCheck.run(client, ATTEMPTS);
        String server = client.settings().baseUrl().toString();
        SwingUtilities.invokeLater(() -> {
            show("profile", profile);
            show("server", server);
            boolean answered = !check.latenciesMillis().isEmpty();
            show("latency", answered ? Bundle.Diagnostics_latencyValue(check.minMillis(), check.medianMillis(), check.maxMillis(),
                    check.latenciesMillis().size()) : "—");
            show("models", answered ? String.join(", ", check.models()) : "—");
            show("key", check.problem() == null ? Bundle.Diagnostics_keyAccepted() : check.problem());
            show("limits", limits(check.rateLimits()));
            notices.setText(notices(check.notices()));
            notices.setCaretPosition(0);
        });
    }

    private static String limits(Optional<RateLimitSnapshot> snapshot) {
        return snapshot.filter(RateLimitSnapshot::isPresent).filter(s -> s.limitRequests() != null)
                .map(s -> Bundle.Diagnostics_limitsValue(s.remainingRequests(), s.limitRequests(),
                        s.resetRequests() == null ? "—" : s.resetRequests().toMillis() / 1000.0 + " s"))
                .orElse(Bundle.Diagnostics_noLimits());
    }

    /** One notice per line; the server is named in its own row. */
    private static String notices(List<DeprecationNotice> notices) {
        return notices.isEmpty() ? Bundle.Diagnostics_noNotices()
                : notices.stream().map(DiagnosticsPanel::notice).collect(Collectors.joining("\n"));
    }

    private static String notice(DeprecationNotice notice) {
        String until = notice.sunsetAt().map(at -> at.toString().substring(0, 10)).orElse(notice.sunset());
        return until == null ? Bundle.Diagnostics_notice(notice.endpoint()) : Bundle.Diagnostics_noticeUntil(notice.endpoint(), until);
    }


    private void show(String row, String text) {
        values.get(row).setText(text);
    }

    private void chooseAndSaveBundle() {
        File chosen = new FileChooserBuilder(DiagnosticsPanel.class).setTitle(Bundle.Diagnostics_bundleTitle()).setFilesOnly(true)
                .showSaveDialog();
        if (chosen != null) {
            saveBundle(chosen.toPath().getFileName().toString().endsWith(".zip") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + ".zip"));
        }
    }

    /** Writes the bundle off the event thread and says where it went, or why not. */
    RequestProcessor.Task saveBundle(Path zip) {
        return CHECKS.post(() -> {
            String said;
            try {
                bundle.write(zip);
                said = Bundle.Diagnostics_bundleSaved(zip);
            } catch (IOException e) {
                said = Bundle.Diagnostics_bundleFailed(e.getMessage());
            }
            String message = said;
            SwingUtilities.invokeLater(() -> result.setText(message));
        });
    }
}
