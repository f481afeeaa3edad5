package org.sorastudio.cli;

/** Ends a command with a message for stderr and an {@link ExitCode}; never shown as a stack trace. */
final class CliException extends RuntimeException {

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
