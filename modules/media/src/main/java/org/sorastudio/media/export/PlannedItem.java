package org.sorastudio.media.export;

import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.storyboard.StoryboardItem;

/**
 * One storyboard item placed on the output timeline.
 *
 * @param item             the item as the user made it
 * @param media            what ffprobe said about a clip's file; {@code null} for a title card
 * @param startSeconds     where the item begins in the output (the start of its incoming crossfade)
 * @param durationSeconds  how long the item lasts, crossfades included
 */
public record PlannedItem(StoryboardItem item, MediaInfo media, double startSeconds, double durationSeconds) {
}
