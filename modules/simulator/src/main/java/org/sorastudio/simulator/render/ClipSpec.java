package org.sorastudio.simulator.render;

/**
 * What a rendered clip looks like; equal specs share one rendering.
 *
 * @param width   pixels
 * @param height  pixels
 * @param seconds duration
 * @param prompt  the text shown on every frame
 */
public record ClipSpec(int width, int height, int seconds, String prompt) {
}
