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
