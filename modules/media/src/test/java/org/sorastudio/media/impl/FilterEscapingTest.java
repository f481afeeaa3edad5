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
