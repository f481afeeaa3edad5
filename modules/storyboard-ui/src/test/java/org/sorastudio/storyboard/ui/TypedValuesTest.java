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
package org.sorastudio.storyboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sorastudio.media.probe.FrameRate;

/** What the editor reads from typed times and frame rates. */
class TypedValuesTest {

    @Test
    void timesAreSecondsOrMinutesAndSeconds() {
        assertThat(TimeText.parse("1.5")).isEqualTo(1.5);
        assertThat(TimeText.parse(" 0:01.5 ")).isEqualTo(1.5);
        assertThat(TimeText.parse("1:05")).isEqualTo(65.0);
        assertThat(TimeText.parse("2,25")).isEqualTo(2.25);
        assertThat(TimeText.parse("1:75")).isNull();
        assertThat(TimeText.parse("soon")).isNull();
        assertThat(TimeText.parse("NaN")).isNull();
        assertThat(TimeText.format(65.25)).isEqualTo("1:05.250");
        assertThat(TimeText.parse(TimeText.format(12.345))).isEqualTo(12.345);
    }

    @Test
    void frameRatesAreWholeDecimalOrFractions() {
        assertThat(StoryboardPanel.parseFps("30")).isEqualTo(FrameRate.of(30));
        assertThat(StoryboardPanel.parseFps("29.97")).isEqualTo(new FrameRate(30000, 1001));
        assertThat(StoryboardPanel.parseFps("24000/1001")).isEqualTo(new FrameRate(24000, 1001));
        assertThat(StoryboardPanel.parseFps("12.5")).isEqualTo(new FrameRate(25, 2));
        assertThat(StoryboardPanel.parseFps("0")).isNull();
        assertThat(StoryboardPanel.parseFps("fast")).isNull();
        assertThat(StoryboardPanel.fpsText(new FrameRate(30000, 1001))).isEqualTo("30000/1001");
        assertThat(StoryboardPanel.fpsText(FrameRate.of(25))).isEqualTo("25");
    }
}
