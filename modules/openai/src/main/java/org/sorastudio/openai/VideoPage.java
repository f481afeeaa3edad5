package org.sorastudio.openai;

import java.util.List;

/** One page of {@code GET /videos}; pass {@link #lastId()} as {@code after} to get the next. */
public record VideoPage(List<Video> data, String firstId, String lastId, boolean hasMore) {

    public VideoPage {
        data = List.copyOf(data);
    }
}
