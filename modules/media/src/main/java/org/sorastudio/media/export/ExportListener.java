package org.sorastudio.media.export;

/**
 * Receives progress while an export runs. Called on a background thread (a UI must hand the value
 * to its own thread); an exception thrown here is logged and does not stop the export.
 */
@FunctionalInterface
public interface ExportListener {

    ExportListener NONE = progress -> { };

    void onProgress(ExportProgress progress);
}
