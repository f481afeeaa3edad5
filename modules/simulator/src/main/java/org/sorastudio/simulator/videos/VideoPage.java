package org.sorastudio.simulator.videos;

import java.util.List;

/** One page of {@code GET /videos}. */
public record VideoPage(List<VideoJob> jobs, boolean hasMore) {

    public VideoPage {
        jobs = List.copyOf(jobs);
    }
}
