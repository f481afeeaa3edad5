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

import java.awt.Graphics;
import java.awt.Rectangle;
import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.util.function.Supplier;
import org.openide.nodes.PropertySupport;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/** The job's progress in the selected job's property sheet, drawn as the table draws it ({@link ProgressBar}). */
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
            ProgressBar.paint(g, box, getValue() instanceof Integer value ? value : 0, state);
        }
    }
}
