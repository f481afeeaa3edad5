package org.sorastudio.queue.ui;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.util.function.Supplier;
import javax.swing.UIManager;
import org.openide.nodes.PropertySupport;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/** The job's progress, drawn as a bar with its percentage inside the table cell. */
final class ProgressProperty extends PropertySupport.ReadOnly<Integer> {

    private final Supplier<Job> job;

    ProgressProperty(String name, String displayName, Supplier<Job> job) {
        super(name, Integer.class, displayName, displayName);
        this.job = job;
        setValue("suppressCustomEditor", Boolean.TRUE);
    }

    @Override
    public Integer getValue() {
        return job.get().progress();
    }

    @Override
    public PropertyEditor getPropertyEditor() {
        return new BarEditor(job.get().state());
    }

    /** Paints a bar; the text form is the percentage, for copying and screen readers. */
    private static final class BarEditor extends PropertyEditorSupport {
        private final JobState state;

        BarEditor(JobState state) {
            this.state = state;
        }

        @Override
        public boolean isPaintable() {
            return true;
        }

        @Override
        public String getAsText() {
            return getValue() + " %";
        }

        @Override
        public void paintValue(Graphics g, Rectangle box) {
            int percent = getValue() instanceof Integer value ? Math.max(0, Math.min(100, value)) : 0;
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                int x = box.x + 2;
                int y = box.y + 3;
                int w = Math.max(0, box.width - 4);
                int h = Math.max(0, box.height - 6);
                g2.setColor(UIManager.getColor("Panel.background"));
                g2.fillRect(x, y, w, h);
                g2.setColor(barColor());
                g2.fillRect(x, y, w * percent / 100, h);
                g2.setColor(Color.GRAY);
                g2.drawRect(x, y, w - 1, h - 1);
                String text = percent + " %";
                g2.setColor(UIManager.getColor("Table.foreground"));
                int textWidth = g2.getFontMetrics().stringWidth(text);
                int baseline = box.y + (box.height + g2.getFontMetrics().getAscent() - g2.getFontMetrics().getDescent()) / 2;
                g2.drawString(text, box.x + (box.width - textWidth) / 2, baseline);
            } finally {
                g2.dispose();
            }
        }

        private Color barColor() {
            return switch (state) {
                case COMPLETED -> new Color(0x6FBF73);
                case FAILED -> new Color(0xE57373);
                case CANCELLED -> new Color(0xBDBDBD);
                case UNCONFIRMED -> new Color(0xFFB74D);
                default -> new Color(0x64B5F6);
            };
        }
    }
}
