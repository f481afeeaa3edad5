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
/**
 * The studio's one category in Tools &gt; Options, "Sora Studio". Every page of the studio is a tab in it,
 * registered by the module that owns it with
 * {@code @OptionsPanelController.SubRegistration(location = "SoraStudio", position = N)}: General 100,
 * Queue 200, Profiles 300, Post-processing 400, Safety 500, Appearance 600, Language 650, Advanced 700.
 * A module that is switched off simply has no tab.
 */
@OptionsPanelController.ContainerRegistration(id = StudioOptions.CATEGORY, categoryName = "#StudioOptions.category",
        iconBase = "org/sorastudio/studio/ui/options/options32.png", keywords = "#StudioOptions.keywords",
        keywordsCategory = StudioOptions.CATEGORY, position = 50)
@Messages({
    "StudioOptions.category=Sora Studio",
    "StudioOptions.keywords=Sora Studio settings general appearance theme font advanced"
})
package org.sorastudio.studio.ui.options;

import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.ui.support.api.StudioOptions;
