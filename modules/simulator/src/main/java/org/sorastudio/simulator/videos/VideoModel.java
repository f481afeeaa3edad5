package org.sorastudio.simulator.videos;

import java.util.List;

/**
 * A model the simulator serves and what it accepts.
 *
 * @param id          the name clients send, e.g. {@code sora-2} or a dated snapshot
 * @param created     unix seconds, as {@code GET /models} reports it
 * @param sizes       accepted {@code size} values, e.g. {@code 1280x720}
 * @param seconds     accepted {@code seconds} values
 */
public record VideoModel(String id, long created, List<String> sizes, List<String> seconds) {

    public VideoModel {
        sizes = List.copyOf(sizes);
        seconds = List.copyOf(seconds);
    }
}
