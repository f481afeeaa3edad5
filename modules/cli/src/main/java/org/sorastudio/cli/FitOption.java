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

import org.sorastudio.images.FitSpec;

/** The {@code --fit} option of {@code shot} and {@code batch}: checked at once, so a typo is a usage error. */
final class FitOption {

    private FitOption() {
    }

    /** {@code text} in its normal form, or {@code null} when it was not given. */
    static String check(String text) {
        if (text == null) {
            return null;
        }
        try {
            return FitSpec.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, "--fit: " + e.getMessage());
        }
    }
}
