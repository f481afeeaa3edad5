package org.sorastudio.media.impl;

import com.github.kokorin.jaffree.ffmpeg.FFmpeg;

/** The inputs, filters and encoder settings of one export method; the output is added by the job. */
interface ExportCommand extends AutoCloseable {

    /** Adds this method's inputs and stream options to {@code ffmpeg}. */
    FFmpeg configure(FFmpeg ffmpeg);

    /** Removes whatever the command wrote for ffmpeg to read. */
    @Override
    void close();
}
