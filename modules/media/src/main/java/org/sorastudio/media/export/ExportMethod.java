package org.sorastudio.media.export;

/** How an export produces its MP4. */
public enum ExportMethod {
    /** Concatenates the files' packets with ffmpeg's concat demuxer: fast, lossless, no re-encoding. */
    STREAM_COPY,
    /** Decodes, trims, scales, crossfades and re-encodes everything in one ffmpeg filter graph. */
    FILTER_GRAPH
}
