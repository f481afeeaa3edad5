package org.sorastudio.openai;

import java.time.Instant;

/**
 * A VideoCharacterResource: a character prompts can refer to.
 *
 * @param id        e.g. {@code char_123}; the description lets a server leave it null
 * @param name      its display name, or null
 * @param createdAt when it was created, or null if the server did not say
 * @param requestId the {@code x-request-id} of the answer, or null
 */
public record VideoCharacter(String id, String name, Instant createdAt, String requestId) {
}
