/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.media.storyboard;

/**
 * Centred text on a plain background, with silent audio.
 *
 * @param text              one or more lines of text
 * @param durationSeconds   how long the card shows
 * @param fontSize          text height in output pixels
 * @param foreground        text colour as {@code #RRGGBB}
 * @param background        background colour as {@code #RRGGBB}
 * @param crossfadeSeconds  see {@link StoryboardItem#crossfadeSeconds()}
 */
public record TitleCard(String text, double durationSeconds, int fontSize, String foreground, String background,
        double crossfadeSeconds) implements StoryboardItem {

    public static final int DEFAULT_FONT_SIZE = 64;
    public static final String DEFAULT_FOREGROUND = "#FFFFFF";
    public static final String DEFAULT_BACKGROUND = "#000000";

    public TitleCard {
        text = text == null ? "" : text;
        foreground = foreground == null ? DEFAULT_FOREGROUND : foreground;
        background = background == null ? DEFAULT_BACKGROUND : background;
    }

    /** White text on black in the default size. */
    public static TitleCard of(String text, double durationSeconds) {
        return new TitleCard(text, durationSeconds, DEFAULT_FONT_SIZE, DEFAULT_FOREGROUND, DEFAULT_BACKGROUND, 0);
    }

    public TitleCard withText(String value) {
        return new TitleCard(value, durationSeconds, fontSize, foreground, background, crossfadeSeconds);
    }

    public TitleCard withDurationSeconds(double value) {
        return new TitleCard(text, value, fontSize, foreground, background, crossfadeSeconds);
    }

    public TitleCard withFontSize(int value) {
        return new TitleCard(text, durationSeconds, value, foreground, background, crossfadeSeconds);
    }

    public TitleCard withColours(String foregroundColour, String backgroundColour) {
        return new TitleCard(text, durationSeconds, fontSize, foregroundColour, backgroundColour, crossfadeSeconds);
    }

    @Override
    public TitleCard withCrossfadeSeconds(double seconds) {
        return new TitleCard(text, durationSeconds, fontSize, foreground, background, seconds);
    }

    @Override
    public String displayName() {
        String firstLine = text.strip().lines().findFirst().orElse("");
        return "title \"" + (firstLine.length() > 40 ? firstLine.substring(0, 40) + "…" : firstLine) + "\"";
    }
}
