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
package org.sorastudio.openai;

/**
 * Parameters of {@code GET /videos}.
 *
 * @param limit page size 1..100, or {@code null} for the server's default
 * @param order sort order, or {@code null} for the server's default (newest first)
 * @param after id of the last video of the previous page, or {@code null} for the first page
 */
public record VideoListQuery(Integer limit, SortOrder order, String after) {

    public static final int MAX_LIMIT = 100;

    public VideoListQuery {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first page with the server's defaults. */
    public static VideoListQuery firstPage() {
        return new VideoListQuery(null, null, null);
    }

    public VideoListQuery withAfter(String afterId) {
        return new VideoListQuery(limit, order, afterId);
    }
}
