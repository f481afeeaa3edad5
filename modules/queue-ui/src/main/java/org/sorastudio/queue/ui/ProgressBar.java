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
package org.sorastudio.queue.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/**
 * A job's progress drawn as a bar with its percentage inside, coloured by the job's state: the Queue window's
 * progress cells, and the selected job's property sheet ({@link ProgressProperty}). The renderer is a
 * {@link DefaultTableCellRenderer}, whose no-op validation keeps painting a cell from touching the native window.
 */
final class ProgressBar extends DefaultTableCellRenderer {

    private int percent;
    private JobState state = JobState.QUEUED;

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row,
            int column) {
        super.getTableCellRendererComponent(table, "", selected, focused, row, column);
        if (value instanceof Job job) {
            percent = job.progress();
            state = job.state();
            setToolTipText(percent + " %");
        }
        return this;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        paint(g, new Rectangle(0, 0, getWidth(), getHeight()), percent, state);
    }

    /** Paints a bar of {@code percent} (clamped to 0..100) inside {@code box}. */
    static void paint(Graphics g, Rectangle box, int percent, JobState state) {
        int clamped = Math.max(0, Math.min(100, percent));
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int x = box.x + 2;
            int y = box.y + 3;
            int w = Math.max(0, box.width - 4);
            int h = Math.max(0, box.height - 6);
            g2.setColor(UIManager.getColor("Panel.background"));
            g2.fillRect(x, y, w, h);
            g2.setColor(barColor(state));
            g2.fillRect(x, y, w * clamped / 100, h);
            g2.setColor(UIManager.getColor("Component.borderColor"));
            g2.drawRect(x, y, w - 1, h - 1);
            String text = clamped + " %";
            g2.setColor(UIManager.getColor("Table.foreground"));
            int textWidth = g2.getFontMetrics().stringWidth(text);
            int baseline = box.y + (box.height + g2.getFontMetrics().getAscent() - g2.getFontMetrics().getDescent()) / 2;
            g2.drawString(text, box.x + (box.width - textWidth) / 2, baseline);
        } finally {
            g2.dispose();
        }
    }

    /** The theme's palette (FlatLaf's {@code Actions.*}), so that every theme, high contrast too, colours the states. */
    private static Color barColor(JobState state) {
        Color color = UIManager.getColor(switch (state) {
            case COMPLETED -> "Actions.Green";
            case FAILED -> "Actions.Red";
            case CANCELLED -> "Actions.Grey";
            case UNCONFIRMED -> "Actions.Yellow";
            default -> "Actions.Blue";
        });
        return color == null ? UIManager.getColor("ProgressBar.foreground") : color;
    }
}
