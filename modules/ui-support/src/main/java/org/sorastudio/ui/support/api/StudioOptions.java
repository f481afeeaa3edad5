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

/** Names shared by the studio's Options tabs. */
public final class StudioOptions {

    /**
     * The id of the "Sora Studio" category of the Options window: the {@code location} of every tab's
     * {@code @OptionsPanelController.SubRegistration} (the category itself is registered by studio-ui).
     */
    public static final String CATEGORY = "SoraStudio";

    private StudioOptions() {
    }
}
