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
package org.sorastudio.media.storyboard;

/** One entry of a storyboard: a trimmed clip or a title card. */
public sealed interface StoryboardItem permits ClipItem, TitleCard {

    /**
     * Length in seconds of the crossfade from the previous item into this one; {@code 0} is a hard
     * cut. Ignored on the first item, which has nothing to fade from.
     */
    double crossfadeSeconds();

    StoryboardItem withCrossfadeSeconds(double seconds);

    /** How messages and lists name this item, e.g. {@code clip "intro.mp4"}. */
    String displayName();
}
