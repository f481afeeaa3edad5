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
package org.sorastudio.media.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLayoutTest {

    @Test
    void shortTextKeepsItsSizeOnOneCentredLine() {
        TitleLayout layout = TitleLayout.fit("The End", 64, 1280, 720);

        assertThat(layout.lines()).containsExactly("The End");
        assertThat(layout.fontSize()).isEqualTo(64);
        assertThat(layout.lineHeight()).isEqualTo(80);
        assertThat(layout.firstBaseline()).isEqualTo((720 - 80) / 2 + 8 + 51);
    }

    @Test
    void longTextWrapsAtWordsAndKeepsLineBreaks() {
        TitleLayout layout = TitleLayout.fit("one two three four five six\nseven", 40, 400, 720);

        // 90 % of 400 px holds 15 glyphs of 0.6 x 40 px.
        assertThat(layout.lines()).containsExactly("one two three", "four five six", "seven");
        assertThat(layout.fontSize()).isEqualTo(40);
    }

    @Test
    void aWordWiderThanThePictureShrinksTheFont() {
        TitleLayout layout = TitleLayout.fit("Supercalifragilistic", 100, 640, 360);

        assertThat(layout.lines()).containsExactly("Supercalifragilistic");
        assertThat(layout.fontSize()).isEqualTo((int) (640 * 0.9 / (0.6 * 20)));
    }

    @Test
    void tooManyLinesShrinkTheFontToFitTheHeight() {
        TitleLayout layout = TitleLayout.fit("a\nb\nc\nd\ne\nf", 100, 1280, 360);

        assertThat(layout.lines()).hasSize(6);
        assertThat(layout.lines().size() * layout.lineHeight()).isLessThanOrEqualTo(360);
        assertThat(layout.firstBaseline()).isPositive();
    }
}
