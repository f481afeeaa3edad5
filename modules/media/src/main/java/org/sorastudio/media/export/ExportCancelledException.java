package org.sorastudio.media.export;

/** The export was cancelled; its partial output has been removed. */
public class ExportCancelledException extends ExportException {

    public ExportCancelledException(String message) {
        super(message);
    }
}
