package org.sorastudio.media.storyboard;

/** Storyboard JSON that cannot be read, with a message saying where and what is wrong. */
public class StoryboardFormatException extends Exception {

    public StoryboardFormatException(String message) {
        super(message);
    }
}
