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
package org.sorastudio.templates.ui;

import java.awt.Component;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.sorastudio.core.model.Template;

/** A template as two lines: star, name and tags; then the start of the prompt, greyed. */
final class TemplateCellRenderer extends DefaultListCellRenderer {

    private static final int PROMPT_PREVIEW = 90;

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
        super.getListCellRendererComponent(list, value, index, selected, focused);
        if (value instanceof Template template) {
            setText(html(template, selected));
            setToolTipText(template.notes().isBlank() ? null : template.notes());
        }
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        return this;
    }

    private static String html(Template template, boolean selected) {
        String grey = selected ? "" : " color='#777777'";
        String star = template.pinned() ? "<font color='#d4a000'>★</font> " : "";
        String tags = template.tags().stream().map(tag -> "#" + escape(tag)).collect(Collectors.joining(" "));
        String prompt = template.prompt().replaceAll("\\s+", " ").strip();
        if (prompt.length() > PROMPT_PREVIEW) {
            prompt = prompt.substring(0, PROMPT_PREVIEW) + "…";
        }
        return "<html>" + star + "<b>" + escape(template.name()) + "</b>"
                + (tags.isEmpty() ? "" : " &nbsp;<font" + grey + ">" + tags + "</font>")
                + "<br><font" + grey + ">" + escape(prompt) + "</font></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
