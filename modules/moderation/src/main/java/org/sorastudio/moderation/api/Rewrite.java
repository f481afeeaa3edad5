package org.sorastudio.moderation.api;

/**
 * A suggested new prompt, for the user to edit and send: never sent on its own.
 *
 * @param prompt the suggested prompt
 * @param why    what was changed, in a sentence for a person
 */
public record Rewrite(String prompt, String why) {
}
