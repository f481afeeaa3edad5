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

/**
 * A storyboard that cannot be exported as it is, e.g.
 * {@code Item 2 (clip "intro.mp4"): out point 1.0 s is not after in point 3.0 s}.
 */
public class InvalidStoryboardException extends ExportException {

    private final int itemIndex;

    /**
     * @param itemIndex zero-based index of the offending item, or {@code -1} when the problem is the
     *                  storyboard as a whole (no items, a bad output format, a bad target file)
     */
    public InvalidStoryboardException(int itemIndex, String message) {
        super(message);
        this.itemIndex = itemIndex;
    }

    /** The zero-based index of the offending item, or {@code -1} for the storyboard as a whole. */
    public int itemIndex() {
        return itemIndex;
    }
}
