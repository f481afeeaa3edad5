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
