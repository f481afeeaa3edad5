package org.sorastudio.moderation.api;

/**
 * One moderation category the server flagged, with its score.
 *
 * @param category the API's name for it ({@code violence}, {@code harassment/threatening}, ...)
 * @param score    the server's confidence, 0..1
 */
public record Flag(String category, double score) {
}
