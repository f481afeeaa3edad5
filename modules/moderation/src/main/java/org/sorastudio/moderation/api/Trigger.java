package org.sorastudio.moderation.api;

/**
 * Words of a prompt that most likely got it flagged: without them, the server's verdict changes (or
 * its score drops the most).
 *
 * @param phrase    the words as they stand in the prompt
 * @param start     where they start in the prompt (a {@code String} index)
 * @param end       where they end, exclusive
 * @param unflags   whether the prompt passes without them
 */
public record Trigger(String phrase, int start, int end, boolean unflags) {
}
