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
package org.sorastudio.player.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.Lookup;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.GenerationQueue.Derivation;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbeException;
import org.sorastudio.player.playback.PlaybackClock;
import org.sorastudio.player.playback.PlaybackController;

/**
 * The player's view: the picture, the transport controls, the keys, the notices and the status line. What it shows
 * comes from its {@link PlaybackController} (libVLC, exact stills, frame grabs; no Swing), which tells it about changes
 * on its own threads; the view shows them on the EDT and never waits for the native player.
 */
@Messages({
    "Player.play=&Play",
    "Player.pause=&Pause",
    "Player.previousFrame=◀ &Frame",
    "Player.nextFrame=F&rame ▶",
    "Player.previousFrameTip=Back one frame (Left); Shift+Left: back one second",
    "Player.nextFrameTip=Forward one frame (Right); Shift+Right: forward one second",
    "Player.playTip=Play or pause (Space); Home/End: first/last frame",
    "Player.mute=&Mute",
    "Player.loop=&Loop",
    "Player.volume=Volume",
    "Player.grab=&Grab Frame…",
    "Player.grabTip=Save the frame on screen as a PNG image at the video's own size",
    "Player.contactSheet=&Contact Sheet",
    "Player.contactSheetTip=A grid of thumbnails across the whole clip, with their times",
    "Player.extend=&Extend…",
    "Player.extendTip=Continue this clip: a new, longer clip that starts where this one ends",
    "Player.edit=E&dit…",
    "Player.editTip=A changed copy of this clip, as a prompt says",
    "Player.empty=Open a clip with File > Open Clip… or drop a video file here.",
    "# {0} - problem",
    "# {1} - install command",
    "Player.noVlc=The player needs VLC (libVLC 3), which is not installed or cannot be loaded ({0}).\n\nInstall it:\n    {1}\n\n"
            + "then restart Sora Studio. Everything else in the studio works without it.",
    "# {0} - file name",
    "Player.opening=Opening {0}…",
    "# {0} - message from the probe",
    "Player.cannotOpen=This file cannot be played.\n\n{0}",
    "# {0} - file name",
    "Player.vlcError=VLC could not play {0}: it may be damaged or in a format VLC does not decode.",
    "# {0} - file name",
    "# {1} - width",
    "# {2} - height",
    "# {3} - frame rate",
    "Player.playing={0} — {1}x{2}, {3} fps",
    "# {0} - time",
    "Player.grabbing=Saving the frame at {0}…",
    "# {0} - time",
    "# {1} - file",
    "Player.grabbed=Saved the frame at {0} to {1}",
    "# {0} - problem",
    "Player.grabFailed=The frame was not saved: {0}",
    "Player.grabTitle=Save Frame as PNG",
    "Player.pngFiles=PNG images",
    "# {0} - file name",
    "Player.sheetRendering=Making a contact sheet of {0}…",
    "# {0} - problem",
    "Player.sheetFailed=No contact sheet: {0}"
})
final class PlayerPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(PlayerPanel.class.getName());
    private static final String VIDEO_CARD = "video";
    private static final String NOTICE_CARD = "notice";
    private static final long SECOND_MILLIS = 1000;

    private final LibVlc libVlc;
    private final VideoSurface surface = new VideoSurface();
    /** libVLC, exact stills and frame grabs; it tells this view about changes, which it shows on the EDT. */
    private final PlaybackController playback = new PlaybackController(surface, new PlaybackEvents());
    private final CardLayout centreCards = new CardLayout();
    private final JPanel centre = new JPanel(centreCards);
    /** The notice over the video: the look and feel's text at the chosen size, after a live switch too. */
    private final JTextArea notice = new JTextArea() {
        @Override
        public void updateUI() {
            super.updateUI();
            Font label = UIManager.getFont("Label.font");
            if (label != null) {
                setFont(label.deriveFont(Font.PLAIN));
            }
        }
    };
    private final JButton playPause = new JButton();
    private final JButton previousFrame = new JButton();
    private final JButton nextFrame = new JButton();
    private final JSlider scrub = new JSlider(0, 0, 0);
    /** Position and length in a monospaced face at the text size in force, after a live switch too. */
    private final JLabel time = new JLabel(PlaybackClock.text(0) + " / " + PlaybackClock.text(0)) {
        @Override
        public void updateUI() {
            super.updateUI();
            Font label = UIManager.getFont("Label.font");
            if (label != null) {
                setFont(new Font(Font.MONOSPACED, Font.PLAIN, label.getSize()));
            }
        }
    };
    private final JSlider volume = new JSlider(0, 100, 100);
    private final JToggleButton mute = new JToggleButton();
    private final JCheckBox loop = new JCheckBox();
    private final JButton grab = new JButton();
    private final JButton contactSheet = new JButton();
    private final JButton extend = new JButton();
    private final JButton edit = new JButton();
    /** Makes extensions and edits (the queue's module); {@code null} when none is installed, and the buttons are not shown. */
    private final ClipDerivation derivation = Lookup.getDefault().lookup(ClipDerivation.class);
    private final JLabel status = new JLabel(" ");
    {
        // long clip names are cut, not allowed to widen the whole editor area
        status.setMinimumSize(new Dimension(0, status.getPreferredSize().height));
    }
    /** What the status line says about the clip when nothing else is going on. */
    private String clipDescription = " ";

    /** Set while the scrub bar follows the player, so that doesn't read as the user seeking. */
    private boolean followingPlayer;

    PlayerPanel(LibVlc libVlc) {
        super(new BorderLayout());
        Mnemonics.setLocalizedText(playPause, Bundle.Player_play());
        Mnemonics.setLocalizedText(previousFrame, Bundle.Player_previousFrame());
        Mnemonics.setLocalizedText(nextFrame, Bundle.Player_nextFrame());
        Mnemonics.setLocalizedText(mute, Bundle.Player_mute());
        Mnemonics.setLocalizedText(loop, Bundle.Player_loop());
        Mnemonics.setLocalizedText(grab, Bundle.Player_grab());
        Mnemonics.setLocalizedText(contactSheet, Bundle.Player_contactSheet());
        Mnemonics.setLocalizedText(extend, Bundle.Player_extend());
        Mnemonics.setLocalizedText(edit, Bundle.Player_edit());
        this.libVlc = libVlc;
        setName("player");
        buildCentre();
        // The picture scales to any size; without a small minimum the card's minimum follows the
        // children's current size, and the window system then squeezes the Queue below to nothing.
        centre.setMinimumSize(new Dimension(160, 90));
        add(centre, BorderLayout.CENTER);
        add(buildControls(), BorderLayout.SOUTH);
        bindKeys();
        // On the children too: a drop goes to the component under the pointer, and the notice's
        // own text handler would refuse files.
        VideoFileDrop drop = new VideoFileDrop();
        setTransferHandler(drop);
        surface.setTransferHandler(drop);
        notice.setTransferHandler(drop);
        if (libVlc.available()) {
            showNotice(Bundle.Player_empty());
        } else {
            showNotice(Bundle.Player_noVlc(libVlc.problem(), LibVlcInstallHint.forThisSystem()));
        }
        updateControls();
    }

    /** Starts playing {@code file}; completes once it plays or once the reason it cannot is shown. */
    CompletableFuture<Void> open(Path file) {
        if (!libVlc.available()) {
            return CompletableFuture.completedFuture(null);
        }
        status.setText(Bundle.Player_opening(file.getFileName()));
        return playback.open(file, Bundle.Player_vlcError(file.getFileName()))
                .handleAsync((info, failure) -> {
                    opened(info, failure);
                    return null;
                }, SwingUtilities::invokeLater);
    }

    private void opened(MediaInfo info, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (!(cause instanceof MediaProbeException) && !(cause instanceof IOException)) {
                LOG.log(Level.WARNING, "Cannot open a clip", cause);
            }
            status.setText(" ");
            showNotice(Bundle.Player_cannotOpen(cause.getMessage()));
        } else {
            scrubTo(0);
            clipDescription = Bundle.Player_playing(info.file().getFileName(), info.width(), info.height(),
                    String.format(java.util.Locale.ROOT, "%.3f", info.frameRate().perSecond()).replaceAll("\\.?0+$", ""));
            status.setText(clipDescription);
            centreCards.show(centre, VIDEO_CARD);
            // After the card switch is laid out: the keys work without a click on the video first.
            SwingUtilities.invokeLater(surface::requestFocusInWindow);
        }
        updateControls();
    }

    /** The clip playing, or {@code null}. */
    Path clip() {
        return playback.clip();
    }

    long timeMillis() {
        return playback.timeMillis();
    }

    boolean isPlaying() {
        return playback.isPlaying();
    }

    VideoSurface surface() {
        return surface;
    }

    String noticeText() {
        return notice.getText();
    }

    boolean isNoticeShowing() {
        return notice.isShowing();
    }

    void togglePlay() {
        playback.togglePlay();
    }

    void pause() {
        playback.pause();
    }

    /** Seeks to {@code millis}; repeated requests while one is pending collapse into the latest. */
    void seek(long millis) {
        scrubTo(playback.seek(millis));
    }

    void stepForward() {
        playback.stepForward();
    }

    void stepBack() {
        scrubTo(playback.stepBack());
    }

    /** Asks for a PNG file, then saves the frame on screen into it. */
    void grabFrameInteractively() {
        Path clip = playback.clip();
        if (clip == null) {
            return;
        }
        pause();
        long index = playback.frameIndex();
        String suggestion = clip.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "-frame" + index + ".png";
        File folder = clip.toAbsolutePath().getParent().toFile();
        JFileChooser chooser = new FileChooserBuilder(PlayerPanel.class)
                .setTitle(Bundle.Player_grabTitle())
                .setFileFilter(new FileNameExtensionFilter(Bundle.Player_pngFiles(), "png"))
                .setDefaultWorkingDirectory(folder)
                .forceUseOfDefaultWorkingDirectory(true)
                .createFileChooser();
        chooser.setSelectedFile(new File(folder, suggestion));
        File chosen = chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile() : null;
        if (chosen != null) {
            String name = chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                    ? chosen.getName() : chosen.getName() + ".png";
            grabFrame(chosen.toPath().resolveSibling(name));
        }
    }

    /**
     * Saves the frame showing now as {@code png}, decoded by ffmpeg from the file (not VLC's
     * screen copy, which is converted for display): the PNG is the exact frame at the video's size.
     */
    CompletableFuture<Path> grabFrame(Path png) {
        MediaInfo media = playback.media();
        String when = PlaybackClock.text(Math.round(playback.frameIndex() * media.frameRate().frameSeconds() * 1000));
        status.setText(Bundle.Player_grabbing(when));
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.Player_grabbing(when));
        progress.start();
        CompletableFuture<Path> saved = playback.grabFrame(png);
        saved.whenComplete((path, failure) -> {
            progress.finish();
            SwingUtilities.invokeLater(() -> status.setText(failure == null
                    ? Bundle.Player_grabbed(when, path)
                    : Bundle.Player_grabFailed(failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage())));
        });
        return saved;
    }

    /** Renders a contact sheet of the clip off the EDT and shows it; a click on a thumbnail seeks there. */
    CompletableFuture<ContactSheetView> showContactSheet() {
        Path file = playback.clip();
        if (file == null) {
            return CompletableFuture.completedFuture(null);
        }
        status.setText(Bundle.Player_sheetRendering(file.getFileName()));
        CompletableFuture<ContactSheetView> shown = ContactSheetView.render(file, PlaybackController.WORK)
                .thenApply(sheet -> {
                    status.setText(clipDescription);
                    return sheet.showNear(this, seconds -> seek(Math.round(seconds * 1000)));
                });
        shown.exceptionally(failure -> {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            SwingUtilities.invokeLater(() -> status.setText(Bundle.Player_sheetFailed(cause.getMessage())));
            return null;
        });
        return shown;
    }

    /** Stops playing and frees the native player; a later {@link #open} creates a new one. */
    void release() {
        playback.release();
        surface.clear();
        updateControls();
    }

    /** Hears the playback controller on its threads and shows what changed on the EDT. */
    private final class PlaybackEvents implements PlaybackController.Listener {
        @Override
        public void changed() {
            SwingUtilities.invokeLater(() -> {
                scrubTo(playback.timeMillis());
                updateControls();
            });
        }

        @Override
        public void failed(Path clip) {
            SwingUtilities.invokeLater(() -> {
                showNotice(Bundle.Player_vlcError(clip == null ? "the clip" : clip.getFileName()));
                updateControls();
            });
        }
    }

    private void scrubTo(long millis) {
        followingPlayer = true;
        try {
            scrub.setMaximum((int) Math.max(0, playback.lastFrameMillis()));
            scrub.setValue((int) Math.min(millis, scrub.getMaximum()));
        } finally {
            followingPlayer = false;
        }
        long length = playback.lengthMillis();
        time.setText(PlaybackClock.text(Math.min(millis, length)) + " / " + PlaybackClock.text(length));
    }

    private void updateControls() {
        boolean loaded = playback.clip() != null;
        for (JComponent control : List.of(playPause, previousFrame, nextFrame, scrub, grab, contactSheet, extend, edit)) {
            control.setEnabled(loaded);
        }
        volume.setEnabled(libVlc.available());
        mute.setEnabled(libVlc.available());
        loop.setEnabled(libVlc.available());
        Mnemonics.setLocalizedText(playPause, playback.isPlaying() ? Bundle.Player_pause() : Bundle.Player_play());
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setCaretPosition(0);
        centreCards.show(centre, NOTICE_CARD);
    }

    private void buildCentre() {
        notice.setName("notice");
        notice.setEditable(false);
        notice.setLineWrap(true);
        notice.setWrapStyleWord(true);
        notice.setOpaque(false);
        notice.setForeground(Color.LIGHT_GRAY);
        notice.setBorder(BorderFactory.createEmptyBorder(40, 40, 40, 40));
        JPanel noticeCard = new JPanel(new BorderLayout());
        noticeCard.setBackground(Color.BLACK);
        noticeCard.add(notice, BorderLayout.CENTER);
        surface.setName("surface");
        surface.setFocusable(true);
        surface.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                surface.requestFocusInWindow();
            }
        });
        centre.add(surface, VIDEO_CARD);
        centre.add(noticeCard, NOTICE_CARD);
    }

    /**
     * Names what a screen reader announces. Every control takes the focus, so Tab reaches Grab, Contact Sheet and the
     * rest without a mouse; Space on a focused button presses it, and the player's keys work from the video and the buttons.
     */
    @Messages({
        "Player.surfaceName=Video",
        "Player.surfaceDescription=Space plays or pauses; Left and Right step one frame, with Shift one second",
        "Player.scrubName=Position in the clip",
        "Player.volumeName=Volume"
    })
    private void nameForAssistiveTechnology() {
        surface.getAccessibleContext().setAccessibleName(Bundle.Player_surfaceName());
        surface.getAccessibleContext().setAccessibleDescription(Bundle.Player_surfaceDescription());
        scrub.getAccessibleContext().setAccessibleName(Bundle.Player_scrubName());
        volume.getAccessibleContext().setAccessibleName(Bundle.Player_volumeName());
    }

    private JPanel buildControls() {
        playPause.setName("playPause");
        playPause.setToolTipText(Bundle.Player_playTip());
        playPause.addActionListener(e -> togglePlay());
        previousFrame.setName("previousFrame");
        previousFrame.setToolTipText(Bundle.Player_previousFrameTip());
        previousFrame.addActionListener(e -> stepBack());
        nextFrame.setName("nextFrame");
        nextFrame.setToolTipText(Bundle.Player_nextFrameTip());
        nextFrame.addActionListener(e -> stepForward());
        scrub.setName("scrub");
        scrub.addChangeListener(e -> {
            if (!followingPlayer) {
                seek(scrub.getValue());
            }
        });
        time.setName("time");
        volume.setName("volume");
        volume.setToolTipText(Bundle.Player_volume());
        volume.setPreferredSize(new Dimension(100, volume.getPreferredSize().height));
        volume.addChangeListener(e -> applyAudio());
        mute.setName("mute");
        mute.addActionListener(e -> applyAudio());
        loop.setName("loop");
        loop.addItemListener(e -> playback.setLooping(loop.isSelected()));
        grab.setName("grab");
        grab.setToolTipText(Bundle.Player_grabTip());
        grab.addActionListener(e -> grabFrameInteractively());
        contactSheet.setName("contactSheet");
        contactSheet.setToolTipText(Bundle.Player_contactSheetTip());
        contactSheet.addActionListener(e -> showContactSheet());
        extend.setName("extend");
        extend.setToolTipText(Bundle.Player_extendTip());
        extend.addActionListener(e -> derive(Derivation.Kind.EXTEND));
        edit.setName("edit");
        edit.setToolTipText(Bundle.Player_editTip());
        edit.addActionListener(e -> derive(Derivation.Kind.EDIT));
        status.setName("status");
        nameForAssistiveTechnology();

        JPanel timeline = new JPanel(new BorderLayout(8, 0));
        timeline.add(scrub, BorderLayout.CENTER);
        timeline.add(time, BorderLayout.EAST);
        JPanel transport = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        transport.add(playPause);
        transport.add(previousFrame);
        transport.add(nextFrame);
        transport.add(javax.swing.Box.createHorizontalStrut(12));
        transport.add(new JLabel(Bundle.Player_volume()));
        transport.add(volume);
        transport.add(mute);
        transport.add(loop);
        JPanel stills = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        if (derivation != null) {
            stills.add(extend);
            stills.add(edit);
        }
        stills.add(grab);
        stills.add(contactSheet);
        JPanel bottom = new JPanel(new BorderLayout(8, 0));
        bottom.add(status, BorderLayout.CENTER);
        bottom.add(stills, BorderLayout.EAST);
        JPanel controls = new JPanel(new BorderLayout(0, 4));
        controls.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        controls.add(timeline, BorderLayout.NORTH);
        controls.add(transport, BorderLayout.CENTER);
        controls.add(bottom, BorderLayout.SOUTH);
        return controls;
    }

    /** Extend… / Edit… of the clip on screen: the dialog and the queue belong to the module that provides them. */
    private void derive(Derivation.Kind kind) {
        Path current = playback.clip();
        if (current != null && derivation != null) {
            derivation.derive(kind, current);
        }
    }

    private void applyAudio() {
        playback.setAudio(volume.getValue(), mute.isSelected());
    }

    private void bindKeys() {
        bind(KeyEvent.VK_SPACE, 0, "togglePlay", this::togglePlay);
        bind(KeyEvent.VK_LEFT, 0, "previousFrame", this::stepBack);
        bind(KeyEvent.VK_RIGHT, 0, "nextFrame", this::stepForward);
        bind(KeyEvent.VK_LEFT, InputEvent.SHIFT_DOWN_MASK, "backOneSecond", () -> scrubTo(playback.seekBy(-SECOND_MILLIS)));
        bind(KeyEvent.VK_RIGHT, InputEvent.SHIFT_DOWN_MASK, "forwardOneSecond", () -> scrubTo(playback.seekBy(SECOND_MILLIS)));
        bind(KeyEvent.VK_HOME, 0, "firstFrame", () -> scrubTo(playback.seekToStart()));
        bind(KeyEvent.VK_END, 0, "lastFrame", () -> scrubTo(playback.seekToEnd()));
    }

    private void bind(int key, int modifiers, String name, Runnable action) {
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, modifiers), name);
        getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Accepts a video file dropped from the desktop or another window. */
    private final class VideoFileDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return libVlc.available() && support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            if (!canImport(support)) {
                return false;
            }
            try {
                List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                if (files.isEmpty()) {
                    return false;
                }
                open(((File) files.get(0)).toPath());
                return true;
            } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
                LOG.log(Level.FINE, "Unusable drop", e);
                return false;
            }
        }
    }
}
