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

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.sorastudio.images.FitGeometry;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageFit;

/**
 * Shows a reference image and how it is fitted to the shot. A crop shows the whole picture with the part that is cut
 * away dimmed and the focal point, which the mouse moves; resize and letterbox show the frame as it will be sent.
 * Paints only what it is given: decoding and fitting happen off the event thread ({@link ReferenceImagePanel}).
 */
final class ReferencePreview extends JComponent {

    private static final int FOCUS_RADIUS = 7;
    private BufferedImage source;
    private BufferedImage fitted;
    private int shotWidth;
    private int shotHeight;
    private FitSpec fit = FitSpec.DEFAULT;
    private String placeholder = "";
    private Consumer<FitSpec> onFocusMoved = f -> { };

    /** A plain JComponent has no accessible context: without one a screen reader cannot even name the preview. */
    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }

    ReferencePreview() {
        setName("referencePreview");
        setPreferredSize(new Dimension(384, 216));
        setMinimumSize(new Dimension(240, 135));
        setFocusable(true);
        // the ring follows the focus
        addFocusListener(new java.awt.event.FocusListener() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                repaint();
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                repaint();
            }
        });
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                moveFocus(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                moveFocus(e);
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    /** The focus ring a keyboard user sees on this custom-painted component: the look and feel's focus colour, 2 px. */
    @Override
    protected void paintBorder(Graphics g) {
        super.paintBorder(g);
        if (isFocusOwner()) {
            Color focus = UIManager.getColor("Component.focusColor");
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setColor(focus != null ? focus : UIManager.getColor("Focus.color"));
            g2.setStroke(new BasicStroke(2f));
            g2.drawRect(1, 1, getWidth() - 2, getHeight() - 2);
            g2.dispose();
        }
    }

    void setOnFocusMoved(Consumer<FitSpec> listener) {
        this.onFocusMoved = listener;
    }

    /** What to show: the decoded picture (preview-sized), the same fitted to the shot's proportions, the shot and fit. */
    void show(BufferedImage source, BufferedImage fitted, int shotWidth, int shotHeight, FitSpec fit) {
        this.source = source;
        this.fitted = fitted;
        this.shotWidth = shotWidth;
        this.shotHeight = shotHeight;
        this.fit = fit;
        repaint();
    }

    /** Nothing to show but {@code text} (no image yet, being read, or why it cannot be). */
    void showText(String text) {
        source = null;
        fitted = null;
        placeholder = text;
        repaint();
    }

    /** The text shown instead of a picture, or {@code ""} while a picture is shown. */
    String shownText() {
        return source == null ? placeholder : "";
    }

    FitSpec fit() {
        return fit;
    }

    /** Where the source picture is drawn while cropping, in this component's coordinates. */
    Rectangle sourceArea() {
        return centredArea(source.getWidth(), source.getHeight());
    }

    private void moveFocus(MouseEvent e) {
        if (source == null || fit.mode() != ImageFit.CROP) {
            return;
        }
        Rectangle area = sourceArea();
        fit = fit.withFocus((e.getX() - area.x) / (double) area.width, (e.getY() - area.y) / (double) area.height);
        repaint();
        onFocusMoved.accept(fit);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(UIManager.getColor("Panel.background").darker());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (source == null) {
                // the label colour, not the disabled one: dimmed text on the darkened panel was hard to read
                g.setColor(UIManager.getColor("Label.foreground"));
                FontMetrics metrics = g.getFontMetrics();
                List<String> lines = wrap(placeholder, metrics, getWidth() - 8);
                int y = (getHeight() - lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
                for (String line : lines) {
                    g.drawString(line, Math.max(4, (getWidth() - metrics.stringWidth(line)) / 2), y);
                    y += metrics.getHeight();
                }
                return;
            }
            if (fit.mode() == ImageFit.CROP) {
                paintCrop(g);
            } else if (fitted != null) {
                Rectangle frame = centredArea(shotWidth, shotHeight);
                g.drawImage(fitted, frame.x, frame.y, frame.width, frame.height, null);
                g.setColor(accent());
                g.setStroke(new BasicStroke(2));
                g.draw(frame);
            }
        } finally {
            g.dispose();
        }
    }

    private void paintCrop(Graphics2D g) {
        Rectangle area = sourceArea();
        g.drawImage(source, area.x, area.y, area.width, area.height, null);
        FitGeometry geometry = FitGeometry.of(source.getWidth(), source.getHeight(), shotWidth, shotHeight, fit);
        double scale = area.width / (double) source.getWidth();
        Rectangle kept = new Rectangle(area.x + (int) Math.round(geometry.sourceX() * scale),
                area.y + (int) Math.round(geometry.sourceY() * scale), (int) Math.round(geometry.sourceWidth() * scale),
                (int) Math.round(geometry.sourceHeight() * scale));
        java.awt.geom.Area cut = new java.awt.geom.Area(area);
        cut.subtract(new java.awt.geom.Area(kept));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
        g.setColor(Color.BLACK);
        g.fill(cut);
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(accent());
        g.setStroke(new BasicStroke(2));
        g.draw(kept);
        int fx = area.x + (int) Math.round(fit.focusX() * area.width);
        int fy = area.y + (int) Math.round(fit.focusY() * area.height);
        g.drawOval(fx - FOCUS_RADIUS, fy - FOCUS_RADIUS, 2 * FOCUS_RADIUS, 2 * FOCUS_RADIUS);
        g.drawLine(fx - 2 * FOCUS_RADIUS, fy, fx + 2 * FOCUS_RADIUS, fy);
        g.drawLine(fx, fy - 2 * FOCUS_RADIUS, fx, fy + 2 * FOCUS_RADIUS);
    }

    /** The largest rectangle of {@code w:h} proportions centred in this component, with a small margin. */
    private Rectangle centredArea(int w, int h) {
        int margin = 6;
        double scale = Math.min((getWidth() - 2.0 * margin) / w, (getHeight() - 2.0 * margin) / h);
        int width = Math.max(1, (int) Math.round(w * scale));
        int height = Math.max(1, (int) Math.round(h * scale));
        return new Rectangle((getWidth() - width) / 2, (getHeight() - height) / 2, width, height);
    }

    /**
     * {@code text}'s lines broken to fit {@code width}: at a space where there is one (English, French...), else
     * between any two characters (Japanese has no spaces), so a translated placeholder is never cut off.
     */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String rest = paragraph;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int end = rest.length() - 1;
                while (end > 1 && metrics.stringWidth(rest.substring(0, end)) > width) {
                    end--;
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 ? space : end;
                lines.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static Color accent() {
        Color color = UIManager.getColor("Component.accentColor");
        return color != null ? color : UIManager.getColor("Component.focusColor") != null
                ? UIManager.getColor("Component.focusColor") : UIManager.getColor("textHighlight");
    }
}
