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
package org.sorastudio.templates.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter from the first records: the one that appears (outside quotes) in the header
 * and the same number of times in most records wins; ties go to comma, then semicolon, then tab.
 */
final class DelimiterSniffer {

    record Result(CsvDelimiter delimiter, String reason) {
    }

    private static final int RECORDS = 50;

    private DelimiterSniffer() {
    }

    static Result sniff(String text) {
        List<int[]> counts = countPerRecord(text);
        CsvDelimiter best = null;
        double bestConsistency = -1;
        int bestColumns = 0;
        for (CsvDelimiter candidate : CsvDelimiter.values()) {
            int index = candidate.ordinal();
            int header = counts.isEmpty() ? 0 : counts.get(0)[index];
            if (header == 0) {
                continue;
            }
            long same = counts.stream().filter(c -> c[index] == header).count();
            double consistency = (double) same / counts.size();
            if (consistency > bestConsistency || (Double.compare(consistency, bestConsistency) == 0 && header > bestColumns)) {
                best = candidate;
                bestConsistency = consistency;
                bestColumns = header;
            }
        }
        if (best == null) {
            return new Result(CsvDelimiter.COMMA, "No comma, semicolon or tab in the first line: the file has one column.");
        }
        return new Result(best, String.format("%s: %d columns in the first line, the same in %d of %d records read.",
                capitalized(best.label()), bestColumns + 1, Math.round(bestConsistency * counts.size()), counts.size()));
    }

    /** For each of the first records, how often each delimiter occurs outside quotes. */
    private static List<int[]> countPerRecord(String text) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CsvDelimiter.values().length];
        boolean quoted = false;
        boolean empty = true;
        for (int i = 0; i < text.length() && records.size() < RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!empty) {
                    records.add(current);
                }
                current = new int[current.length];
                empty = true;
                continue;
            } else if (!quoted) {
                for (CsvDelimiter d : CsvDelimiter.values()) {
                    current[d.ordinal()] += c == d.character() ? 1 : 0;
                }
            }
            empty = false;
        }
        if (!empty && records.size() < RECORDS) {
            records.add(current);
        }
        return records;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
