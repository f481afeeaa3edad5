package org.sorastudio.openai;

/** Answer of {@code DELETE /videos/{id}} ({@code DeletedVideoResource}). */
public record DeletedVideo(String id, boolean deleted) {
}
