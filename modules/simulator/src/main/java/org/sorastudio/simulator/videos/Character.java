package org.sorastudio.simulator.videos;

/**
 * A character made from an uploaded clip: what {@code GET /videos/characters/{id}} answers.
 *
 * @param id        {@code char_...}
 * @param name      its display name (1..80 characters)
 * @param createdAt epoch seconds
 */
public record Character(String id, String name, long createdAt) {
}
