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
package org.sorastudio.templates.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sorastudio.templates.pattern.PatternProblem.Kind;

/**
 * Turns pattern text into segments and syntax problems. Never fails: a malformed placeholder is
 * reported and kept as literal text, so a preview still shows something recognisable.
 */
final class PatternParser {

    private final String text;
    private final String where;
    private final int[] lineStarts;
    private final List<Segment> segments = new ArrayList<>();
    private final List<PatternProblem> problems = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int literalStart = -1;

    PatternParser(String text, String where) {
        this.text = text;
        this.where = where;
        this.lineStarts = lineStarts(text);
    }

    List<Segment> segments() {
        return segments;
    }

    List<PatternProblem> problems() {
        return problems;
    }

    PatternParser parse() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                appendLiteral(i, c);
                i += 2;
            } else if (c == '{') {
                i = placeholder(i);
            } else if (c == '}') {
                problems.add(new PatternProblem(Kind.STRAY_CLOSING_BRACE, where, position(i),
                        "\"}\" closes nothing; write \"}}\" for a literal brace."));
                appendLiteral(i, c);
                i++;
            } else {
                appendLiteral(i, c);
                i++;
            }
        }
        flushLiteral();
        return this;
    }

    /** Parses the placeholder opened at {@code open}; returns where to continue. */
    private int placeholder(int open) {
        int close = open + 1;
        while (close < text.length() && "{}\n\r".indexOf(text.charAt(close)) < 0) {
            close++;
        }
        if (close == text.length() || text.charAt(close) != '}') {
            problems.add(new PatternProblem(Kind.UNCLOSED_BRACE, where, position(open),
                    "\"{\" is not closed on its line; close it with \"}\" or write \"{{\" for a literal brace."));
            appendLiteral(open, '{');
            return open + 1;
        }
        String body = text.substring(open + 1, close);
        TextPosition at = position(open);
        if (body.indexOf('|') >= 0) {
            flushLiteral();
            segments.add(new Segment.Alternatives(Arrays.stream(body.split("\\|", -1)).map(String::strip).toList(), at));
            return close + 1;
        }
        int equals = body.indexOf('=');
        String name = (equals < 0 ? body : body.substring(0, equals)).strip();
        if (name.isEmpty()) {
            problems.add(new PatternProblem(Kind.EMPTY_NAME, where, at,
                    "\"{" + body + "}\" has no variable name; write {name}, {name=default} or {a|b}."));
            text.substring(open, close + 1).chars().forEach(ch -> appendLiteral(open, (char) ch));
            return close + 1;
        }
        flushLiteral();
        segments.add(new Segment.Variable(name, equals < 0 ? null : body.substring(equals + 1).strip(), at));
        return close + 1;
    }

    private void appendLiteral(int offset, char c) {
        if (literalStart < 0) {
            literalStart = offset;
        }
        literal.append(c);
    }

    private void flushLiteral() {
        if (literalStart >= 0) {
            segments.add(new Segment.Literal(literal.toString(), position(literalStart)));
            literal.setLength(0);
            literalStart = -1;
        }
    }

    private TextPosition position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new TextPosition(offset, line + 1, offset - lineStarts[line] + 1);
    }

    /** Offsets at which lines begin; "\r\n", "\n" and "\r" each end a line. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
