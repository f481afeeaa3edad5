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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two prompts, word by word (a longest common subsequence over the words, each with its
 * punctuation and the spaces after it), for the rewrite's preview: kept, left out and added pieces in the new prompt's order.
 */
final class WordDiff {

    /** What a piece of text is in the new prompt. */
    enum Change {
        KEPT, REMOVED, ADDED
    }

    record Piece(Change change, String text) {
    }

    /** Prompts are short; beyond this many tokens on either side the whole prompt is shown as replaced. */
    private static final int MAX_TOKENS = 4000;
    /** A word with its punctuation and the spaces after it: spaces alone would match anywhere and split a change up. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+\\s*");

    private WordDiff() {
    }

    static List<Piece> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            return merge(List.of(new Piece(Change.REMOVED, before), new Piece(Change.ADDED, after)));
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                pieces.add(new Piece(Change.KEPT, a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                // what is left out comes before what replaces it
                pieces.add(new Piece(Change.REMOVED, a.get(i++)));
            } else {
                pieces.add(new Piece(Change.ADDED, b.get(j++)));
            }
        }
        return merge(pieces);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Neighbouring pieces of the same change become one, so the preview has few runs. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).change() == piece.change()) {
                merged.set(last, new Piece(piece.change(), merged.get(last).text() + piece.text()));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }
}
