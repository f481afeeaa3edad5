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
package org.sorastudio.core.io;

import java.io.EOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one Gson configuration for studio data files: readable, stable, nulls kept out. */
public final class Json {

    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    /** The same without indentation, for big files written often (the queue journal). */
    public static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");
    private static final int SHOWN_TEXT = 60;

    private Json() {
    }

    /**
     * What is wrong with text that is not valid JSON, for a person: where it breaks (line and column),
     * without the parser's class names, its advice to programmers or its links.
     */
    public static String syntaxProblem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return "cut off before the end of its JSON";
            }
            Matcher where = WHERE.matcher(String.valueOf(cause.getMessage()));
            if (where.find()) {
                return "not valid JSON (at line " + where.group(1) + ", column " + where.group(2) + ")";
            }
        }
        return "not valid JSON";
    }

    /** The start of some text a server or a file held, on one line and cut short, to quote in a message. */
    public static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() <= SHOWN_TEXT ? line : line.substring(0, SHOWN_TEXT) + "…";
    }
}
