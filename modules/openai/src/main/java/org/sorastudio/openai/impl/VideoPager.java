package org.sorastudio.openai.impl;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;

/** Walks every page of {@code GET /videos}, asking for the next page only when the current one is used up. */
final class VideoPager implements Iterator<Video> {

    private final Function<VideoListQuery, VideoPage> fetch;
    private VideoListQuery nextQuery;
    private Iterator<Video> current = java.util.Collections.emptyIterator();

    VideoPager(Function<VideoListQuery, VideoPage> fetch, VideoListQuery first) {
        this.fetch = fetch;
        this.nextQuery = first;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && nextQuery != null) {
            VideoPage page = fetch.apply(nextQuery);
            current = page.data().iterator();
            // A server that says "more" but gives no cursor or an empty page would loop forever.
            boolean canContinue = page.hasMore() && page.lastId() != null && !page.data().isEmpty()
                    && !page.lastId().equals(nextQuery.after());
            nextQuery = canContinue ? nextQuery.withAfter(page.lastId()) : null;
        }
        return current.hasNext();
    }

    @Override
    public Video next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
