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
package org.sorastudio.ui.support.api;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.View;

/**
 * Read-only text that reads like a label and wraps: a hint, a notice, an answer. A plain or HTML label asks for the
 * width of its longest line, which a longer language or a long list turns into a window wider than the screen; this
 * asks for its columns' width and is as tall as its text needs at the width the layout gives it. The label font and
 * colour are taken again when the look and feel or the text size changes. Not focusable unless asked (a reader who
 * wants to copy the text: {@code setFocusable(true)}).
 */
public final class WrappedText extends JTextArea {

    private static final long serialVersionUID = 1L;

    public WrappedText(String text, int columns) {
        super(text);
        setColumns(columns);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder());
        setFont(UIManager.getFont("Label.font"));
        setForeground(UIManager.getColor("Label.foreground"));
    }

    @Override
    public Dimension getPreferredSize() {
        Insets insets = getInsets();
        int columnsWidth = getColumns() * getColumnWidth();
        int wrapAt = getWidth() > insets.left + insets.right ? getWidth() - insets.left - insets.right : columnsWidth;
        View root = getUI().getRootView(this);
        root.setSize(wrapAt, Integer.MAX_VALUE);
        int height = (int) Math.ceil(root.getPreferredSpan(View.Y_AXIS));
        return new Dimension(columnsWidth + insets.left + insets.right, height + insets.top + insets.bottom);
    }
}
