package org.sorastudio.media.storyboard;

/** One entry of a storyboard: a trimmed clip or a title card. */
public sealed interface StoryboardItem permits ClipItem, TitleCard {

    /**
     * Length in seconds of the crossfade from the previous item into this one; {@code 0} is a hard
     * cut. Ignored on the first item, which has nothing to fade from.
     */
    double crossfadeSeconds();

    StoryboardItem withCrossfadeSeconds(double seconds);

    /** How messages and lists name this item, e.g. {@code clip "intro.mp4"}. */
    String displayName();
}
