package org.sorastudio.media.probe;

import java.nio.file.Path;

/** Reads a video file's technical facts. Found through {@code Lookup.getDefault()}. */
public interface MediaProbe {

    /**
     * @throws MediaProbeException when the file is missing, unreadable, not a media file or has no
     *                             video stream; the message names the file and the reason
     */
    MediaInfo probe(Path file) throws MediaProbeException;
}
