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

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The queue's row of buttons: wider than its window, it wraps into more rows rather than running past the edge. */
class WrappingFlowLayoutTest {

    @Test
    void buttonsWiderThanTheWindowTakeMoreRowsAndNeverWidenTheColumn() {
        int[] measured = GuiActionRunner.execute(() -> {
            JPanel bar = new JPanel(new WrappingFlowLayout(FlowLayout.LEADING, 4, 2));
            for (int i = 0; i < 6; i++) {
                JButton button = new JButton("button " + i);
                button.setPreferredSize(new Dimension(100, 20));
                bar.add(button);
            }
            JPanel window = new JPanel(new BorderLayout());
            window.add(bar, BorderLayout.NORTH);
            window.setSize(250, 200);
            window.doLayout();
            int narrow = bar.getPreferredSize().height;
            int narrowWidth = bar.getPreferredSize().width;
            window.setSize(1000, 200);
            window.doLayout();
            int wide = bar.getPreferredSize().height;
            bar.doLayout();
            int lastButtonRight = bar.getComponent(5).getX() + bar.getComponent(5).getWidth();
            return new int[] {narrow, wide, narrowWidth, bar.getMinimumSize().width, lastButtonRight};
        });
        assertThat(measured[0]).as("three rows of two at 250 px").isGreaterThanOrEqualTo(3 * 20 + 2 * 2);
        assertThat(measured[1]).as("one row at 1000 px").isLessThan(2 * 20);
        assertThat(measured[2]).as("asks no more width than its widest button").isLessThan(250);
        assertThat(measured[3]).as("minimum: one button wide").isLessThan(250);
        assertThat(measured[4]).as("the last button inside the window").isLessThanOrEqualTo(1000);
    }
}
