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
package org.sorastudio.images;

import java.util.Locale;
import org.sorastudio.core.l10n.Texts;

/** How a reference image is made to have exactly the shot's size. */
public enum ImageFit {
    /** Stretched to the shot's size: nothing is lost, proportions change. */
    RESIZE("resize"),
    /** Scaled to cover the shot and cut to it around a focal point: proportions kept, edges lost. */
    CROP("crop"),
    /** Scaled to fit inside the shot, the rest filled with a colour or a blurred copy: nothing lost or distorted. */
    LETTERBOX("letterbox");

    /** The names shown to people, in {@code Bundle.properties} beside this class and its translations. */
    private static final Texts TEXTS = Texts.of(ImageFit.class);

    private final String keyword;

    ImageFit(String keyword) {
        this.keyword = keyword;
    }

    /** The word used in projects, CSV files and on the command line. */
    public String keyword() {
        return keyword;
    }

    /** The name shown to a person, in their language. */
    public String label() {
        return TEXTS.get("ImageFit." + name());
    }

    /** The fit named by {@code word} (any case), or {@code null}. */
    static ImageFit byKeyword(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        for (ImageFit fit : values()) {
            if (fit.keyword.equals(key)) {
                return fit;
            }
        }
        return null;
    }
}
