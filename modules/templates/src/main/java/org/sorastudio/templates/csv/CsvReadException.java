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

/**
 * Reading stopped part-way through a CSV file: a quote never closed, a byte that is not valid in
 * the chosen encoding. Unchecked because it surfaces from {@link java.util.Iterator#next()}.
 */
public final class CsvReadException extends RuntimeException {

    private final long line;
    private final String problem;

    public CsvReadException(String fileName, long line, String problem, Throwable cause) {
        super(fileName + ", line " + line + ": " + problem, cause);
        this.line = line;
        this.problem = problem;
    }

    /** The physical line (1-based) where the trouble is. */
    public long line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
