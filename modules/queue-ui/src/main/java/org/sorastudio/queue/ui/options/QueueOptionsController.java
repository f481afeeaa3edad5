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
package org.sorastudio.queue.ui.options;

import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.ui.support.api.SettingsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/**
 * The Queue tab of the Sora Studio options: its part of the settings read and written off the EDT; the open queue
 * follows the settings at once (QueueService).
 */
@OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Queue", displayName = "#QueueOptions.name",
        keywords = "#QueueOptions.keywords", keywordsCategory = "SoraStudio/Queue", position = 200)
@Messages({
    "QueueOptions.name=Queue",
    "QueueOptions.keywords=parallel jobs at once concurrency retries retry"
})
public final class QueueOptionsController extends SettingsTabController {

    public QueueOptionsController() {
        super(QueueOptionsPanel::new);
    }
}
