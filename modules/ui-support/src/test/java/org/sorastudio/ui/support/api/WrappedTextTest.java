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

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

/** A long hint asks for its columns' width, not its line's, and grows in height instead, like a label would not. */
class WrappedTextTest {

    private static final String LONG = "A batch that would leave less is warned about before it is sent, and the queue pauses "
            + "before a download goes below it. ".repeat(4);

    @Test
    void aLongTextAsksForItsColumnsAndWrapsIntoMoreLines() throws Exception {
        AtomicReference<Dimension[]> sizes = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            WrappedText text = new WrappedText(LONG, 30);
            JLabel label = new JLabel(LONG);
            JLabel oneLine = new JLabel("A");
            JPanel panel = new JPanel(new BorderLayout());
            panel.add(text);
            sizes.set(new Dimension[]{text.getPreferredSize(), label.getPreferredSize(), oneLine.getPreferredSize()});
            assertThat(text.getFont()).isEqualTo(UIManager.getFont("Label.font"));
            assertThat(text.isEditable()).isFalse();
            assertThat(text.isFocusable()).isFalse();
        });
        Dimension text = sizes.get()[0];
        Dimension label = sizes.get()[1];
        Dimension line = sizes.get()[2];

        assertThat(text.width).isLessThan(label.width / 3);
        assertThat(text.height).isGreaterThan(4 * line.height);
    }

    @Test
    void givenMoreWidthItNeedsFewerLines() throws Exception {
        AtomicReference<int[]> heights = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            WrappedText text = new WrappedText(LONG, 30);
            int narrow = text.getPreferredSize().height;
            text.setSize(text.getPreferredSize().width * 3, narrow);
            heights.set(new int[]{narrow, text.getPreferredSize().height});
        });

        assertThat(heights.get()[1]).isLessThan(heights.get()[0]);
    }
}
