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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Clips and title cards in playing order, and the format they are exported in. Immutable: every
 * edit returns a new storyboard, which is what an editor's undo wants.
 */
public record Storyboard(List<StoryboardItem> items, OutputFormat output) {

    public Storyboard {
        items = items == null ? List.of() : List.copyOf(items);
        output = output == null ? OutputFormat.HD_LANDSCAPE : output;
    }

    public static Storyboard empty() {
        return new Storyboard(List.of(), OutputFormat.HD_LANDSCAPE);
    }

    public Storyboard withItems(List<StoryboardItem> value) {
        return new Storyboard(value, output);
    }

    public Storyboard withOutput(OutputFormat value) {
        return new Storyboard(items, value);
    }

    public Storyboard add(StoryboardItem item) {
        return insert(items.size(), item);
    }

    public Storyboard insert(int index, StoryboardItem item) {
        List<StoryboardItem> copy = new ArrayList<>(items);
        copy.add(index, Objects.requireNonNull(item, "item"));
        return withItems(copy);
    }

    public Storyboard replace(int index, StoryboardItem item) {
        List<StoryboardItem> copy = new ArrayList<>(items);
        copy.set(index, Objects.requireNonNull(item, "item"));
        return withItems(copy);
    }

    public Storyboard remove(int index) {
        List<StoryboardItem> copy = new ArrayList<>(items);
        copy.remove(index);
        return withItems(copy);
    }

    /** Moves the item at {@code from} so that it ends up at index {@code to}. */
    public Storyboard move(int from, int to) {
        List<StoryboardItem> copy = new ArrayList<>(items);
        copy.add(to, copy.remove(from));
        return withItems(copy);
    }

    /** Gives every transition the same crossfade length ({@code 0} = hard cuts everywhere). */
    public Storyboard withCrossfades(double seconds) {
        return withItems(items.stream().map(item -> item.withCrossfadeSeconds(seconds)).toList());
    }
}
