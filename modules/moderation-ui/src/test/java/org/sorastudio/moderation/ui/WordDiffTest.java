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
package org.sorastudio.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorastudio.moderation.ui.WordDiff.Change;
import org.sorastudio.moderation.ui.WordDiff.Piece;

class WordDiffTest {

    @Test
    void aReplacedWordIsLeftOutAndAddedWhereItStood() {
        List<Piece> pieces = WordDiff.between("Fireworks explode over the harbour", "Fireworks burst into confetti over the harbour");

        assertThat(pieces).containsExactly(new Piece(Change.KEPT, "Fireworks "), new Piece(Change.REMOVED, "explode "),
                new Piece(Change.ADDED, "burst into confetti "), new Piece(Change.KEPT, "over the harbour"));
    }

    @Test
    void theNewPromptIsTheKeptAndAddedPiecesAndTheOldOneTheKeptAndRemoved() {
        String before = "Taylor Swift watches the Nike store explode.";
        String after = "A person watches the store burst into confetti!";

        List<Piece> pieces = WordDiff.between(before, after);

        assertThat(join(pieces, Change.ADDED)).isEqualTo(before);
        assertThat(join(pieces, Change.REMOVED)).isEqualTo(after);
    }

    @Test
    void identicalPromptsAreOneKeptPieceAndEmptyOnesNothing() {
        assertThat(WordDiff.between("A calm lake", "A calm lake")).containsExactly(new Piece(Change.KEPT, "A calm lake"));
        assertThat(WordDiff.between("", "")).isEmpty();
    }

    /** The text of every piece but those of {@code skipped}. */
    private static String join(List<Piece> pieces, Change skipped) {
        StringBuilder text = new StringBuilder();
        pieces.stream().filter(p -> p.change() != skipped).forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
