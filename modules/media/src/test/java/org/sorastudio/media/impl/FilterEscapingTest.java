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

class FilterEscapingTest {

    @Test
    void escapesLikeTheExampleInFfmpegsFiltergraphEscapingNotes() {
        assertThat(FilterEscaping.optionValue("this is a 'string': may contain one, or more, special characters"))
                .isEqualTo("this is a \\\\\\'string\\\\\\'\\\\: may contain one\\, or more\\, special characters");
    }

    @Test
    void escapesGraphSyntaxAndBackslashes() {
        assertThat(FilterEscaping.optionValue("[a];b\\c")).isEqualTo("\\[a\\]\\;b\\\\\\\\c");
    }

    @Test
    void clockTimesForThumbnails() {
        assertThat(Seconds.clock(0)).isEqualTo("0:00.00");
        assertThat(Seconds.clock(65.254)).isEqualTo("1:05.25");
        assertThat(Seconds.clock(3723)).isEqualTo("1:02:03.00");
    }
}
