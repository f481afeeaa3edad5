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
package org.sorastudio.profiles.api;

import java.nio.file.Path;

/** A profiles file that cannot be imported; nothing was imported. The message names the file and every problem. */
public final class ProfileFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, so that a window can say it in the user's language. */
    public enum Reason {
        /** Missing, not a file, not UTF-8, empty, not JSON. */
        UNREADABLE,
        /** JSON, but not a profiles file. */
        NOT_PROFILES,
        /** Written by a newer version, whose format this one does not know. */
        NEWER_VERSION,
        /** A profiles file with profiles that could not work. */
        INVALID_PROFILES
    }

    private final Reason reason;
    private final String detail;

    ProfileFileException(Reason reason, Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, without the file's name. */
    public String detail() {
        return detail;
    }
}
