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
package org.sorastudio.studio.ui.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The notice of settings reset at start: the whole list readable in a balloon's width, and a way to the options. */
class SettingsResetNoticeTest {

    @Test
    void aLongListIsWrappedToTheBalloonsWidthWithAButtonToTheOptions() {
        String list = "Reset: Parallel jobs (was \"four\"), Text size (was 400), Autosave interval (was [1,2]),"
                + " colourScheme (unknown, ignored), Theme (was com.example.GoneLookAndFeel: no such theme).";
        int[] measured = GuiActionRunner.execute(() -> {
            JComponent details = SettingsResetNotice.details(list);
            JTextArea text = find(details, JTextArea.class).get(0);
            JButton open = find(details, JButton.class).get(0);
            FontMetrics metrics = text.getFontMetrics(text.getFont());
            return new int[] {text.getPreferredSize().width, text.getPreferredSize().height, metrics.stringWidth(list),
                metrics.getHeight(), text.getText().equals(list) ? 1 : 0, open.getText().isBlank() ? 0 : 1};
        });
        assertThat(measured[4]).as("the whole list is shown").isEqualTo(1);
        assertThat(measured[0]).as("narrower than the list on one line").isLessThan(measured[2]);
        assertThat(measured[1]).as("so it takes several lines").isGreaterThanOrEqualTo(3 * measured[3]);
        assertThat(measured[5]).as("the button to the options has a text").isEqualTo(1);
    }

    private static <T> List<T> find(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Container inner) {
                found.addAll(find(inner, type));
            }
        }
        return found;
    }
}
