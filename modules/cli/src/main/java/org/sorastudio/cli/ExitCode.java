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
package org.sorastudio.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes a shell can rely on; shown by {@code --help} and listed in the README. */
final class ExitCode {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int JOBS_FAILED = 4;
    static final int AUTHENTICATION = 5;
    /** 128 + SIGINT, what shells report for a program stopped with Ctrl+C. */
    static final int INTERRUPTED = 130;

    private ExitCode() {
    }

    /** Code to description, for the help text. */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "every job completed (or the dry run found no problem)");
        codes.put(Integer.toString(FAILURE), "could not run: unreadable journal, disk error, server unreachable");
        codes.put(Integer.toString(USAGE), "usage error: unknown option, missing argument, unknown template or profile");
        codes.put(Integer.toString(INVALID_INPUT), "invalid input (project, template, CSV rows, shot, profiles file): nothing was "
                + "submitted or imported");
        codes.put(Integer.toString(JOBS_FAILED), "some jobs failed, were cancelled or are unconfirmed (the server may have "
                + "received them; --resend-unconfirmed sends them again), or the queue paused (quota, a full disk)");
        codes.put(Integer.toString(AUTHENTICATION), "no API key, or the server refused it");
        codes.put(Integer.toString(INTERRUPTED), "interrupted (Ctrl+C): the queue is saved; run the same command again to resume");
        return codes;
    }
}
