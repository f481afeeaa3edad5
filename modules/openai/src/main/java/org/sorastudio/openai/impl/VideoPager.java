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
