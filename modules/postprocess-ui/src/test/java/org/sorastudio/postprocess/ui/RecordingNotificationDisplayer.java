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
package org.sorastudio.postprocess.ui;

import java.awt.event.ActionListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.Icon;
import javax.swing.JComponent;
import org.openide.awt.Notification;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.lookup.ServiceProvider;

/** Test stand-in for the window system's notification balloons: remembers each one. */
@ServiceProvider(service = NotificationDisplayer.class, position = 1)
public final class RecordingNotificationDisplayer extends NotificationDisplayer {

    /** A balloon as the studio asked for it. */
    record Balloon(String title, JComponent details, Priority priority) {
    }

    static final List<Balloon> SHOWN = new CopyOnWriteArrayList<>();

    @Override
    public Notification notify(String title, Icon icon, String detailsText, ActionListener detailsAction, Priority priority) {
        throw new UnsupportedOperationException("the studio's notices carry buttons, not a details text");
    }

    @Override
    public Notification notify(String title, Icon icon, JComponent balloonDetails, JComponent popupDetails, Priority priority) {
        SHOWN.add(new Balloon(title, balloonDetails, priority));
        return new Notification() {
            @Override
            public void clear() {
                SHOWN.removeIf(balloon -> balloon.details() == balloonDetails);
            }
        };
    }
}
