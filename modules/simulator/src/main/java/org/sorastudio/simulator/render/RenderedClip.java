package org.sorastudio.simulator.render;

import java.nio.file.Path;

/**
 * The files of one rendered clip.
 *
 * @param video       H.264 + AAC MP4
 * @param thumbnail   WebP still from the middle of the clip
 * @param spritesheet WebP grid of frames across the clip
 */
public record RenderedClip(Path video, Path thumbnail, Path spritesheet) {
}
