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
package org.sorastudio.media.export;

import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.storyboard.StoryboardItem;

/**
 * One storyboard item placed on the output timeline.
 *
 * @param item             the item as the user made it
 * @param media            what ffprobe said about a clip's file; {@code null} for a title card
 * @param startSeconds     where the item begins in the output (the start of its incoming crossfade)
 * @param durationSeconds  how long the item lasts, crossfades included
 */
public record PlannedItem(StoryboardItem item, MediaInfo media, double startSeconds, double durationSeconds) {
}
