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

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import java.util.function.Function;

/**
 * A {@link FlowLayout} whose preferred height has room for every row it wraps into at the width it is given, so a row
 * of buttons that is wider than its window (longer labels in German or Japanese, a larger text size) goes on in a
 * second row instead of running past the edge. Its preferred width is that of its widest button, so it never forces
 * its column wider.
 */
final class WrappingFlowLayout extends FlowLayout {

    private static final long serialVersionUID = 1L;

    WrappingFlowLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, Component::getPreferredSize, false);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        return size(target, Component::getMinimumSize, true);
    }

    /** The rows' size at the width offered; {@code narrow}: as wide as the widest button only (a minimum never widens). */
    private Dimension size(Container target, Function<Component, Dimension> measure, boolean narrow) {
        synchronized (target.getTreeLock()) {
            Insets insets = target.getInsets();
            // the width the parent gives it now (its own width is the last layout's, a step behind a resize)
            int available = widthOffered(target);
            int room = available - insets.left - insets.right - 2 * getHgap();
            int width = 0;
            int height = 0;
            int rowWidth = 0;
            int rowHeight = 0;
            int widest = 0;
            for (Component child : target.getComponents()) {
                if (!child.isVisible()) {
                    continue;
                }
                Dimension size = measure.apply(child);
                widest = Math.max(widest, size.width);
                if (rowWidth > 0 && rowWidth + getHgap() + size.width > room) {
                    width = Math.max(width, rowWidth);
                    height += rowHeight + getVgap();
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + size.width;
                rowHeight = Math.max(rowHeight, size.height);
            }
            width = Math.max(width, rowWidth);
            height += rowHeight;
            int preferredWidth = narrow || available < Integer.MAX_VALUE ? widest : width;
            return new Dimension(preferredWidth + insets.left + insets.right + 2 * getHgap(),
                    height + insets.top + insets.bottom + 2 * getVgap());
        }
    }

    private static int widthOffered(Container target) {
        Container parent = target.getParent();
        if (parent != null && parent.getWidth() > 0) {
            Insets insets = parent.getInsets();
            return parent.getWidth() - insets.left - insets.right;
        }
        return target.getWidth() > 0 ? target.getWidth() : Integer.MAX_VALUE;
    }
}
