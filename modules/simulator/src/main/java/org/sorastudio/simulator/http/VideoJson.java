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
package org.sorastudio.simulator.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.sorastudio.simulator.videos.VideoJob;
import org.sorastudio.simulator.videos.VideoPage;
import org.sorastudio.simulator.videos.VideoState;

/** The JSON bodies of the videos endpoints: VideoResource, VideoListResource, DeletedVideoResource. */
final class VideoJson {

    private VideoJson() {
    }

    /** A VideoResource: every required field present, the nullable ones as JSON null. */
    static JsonObject video(VideoJob job, VideoState state) {
        JsonObject video = new JsonObject();
        video.addProperty("id", job.id());
        video.addProperty("object", "video");
        video.addProperty("model", job.spec().model());
        video.addProperty("status", state.status().apiName());
        video.addProperty("progress", state.progress());
        video.addProperty("created_at", job.createdAtSeconds());
        video.add("completed_at", orNull(state.completedAt()));
        video.add("expires_at", orNull(state.expiresAt()));
        video.addProperty("prompt", job.spec().prompt());
        video.addProperty("size", job.spec().size());
        video.addProperty("seconds", job.spec().seconds());
        video.addProperty("quality", "standard");
        video.add("remixed_from_video_id", job.remixedFromId() == null ? JsonNull.INSTANCE
                : new JsonPrimitive(job.remixedFromId()));
        if (state.failure() == null) {
            video.add("error", JsonNull.INSTANCE);
        } else {
            JsonObject error = new JsonObject();
            error.addProperty("code", state.failure().errorCode());
            error.addProperty("message", state.failure().errorMessage());
            video.add("error", error);
        }
        return video;
    }

    static JsonObject list(VideoPage page, long now, boolean stickAt99) {
        JsonArray data = new JsonArray();
        page.jobs().forEach(job -> data.add(video(job, job.stateAt(now, stickAt99))));
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        list.add("data", data);
        list.add("first_id", page.jobs().isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(page.jobs().get(0).id()));
        list.add("last_id", page.jobs().isEmpty() ? JsonNull.INSTANCE
                : new JsonPrimitive(page.jobs().get(page.jobs().size() - 1).id()));
        list.addProperty("has_more", page.hasMore());
        return list;
    }

    static JsonObject deleted(String id) {
        JsonObject deleted = new JsonObject();
        deleted.addProperty("object", "video.deleted");
        deleted.addProperty("deleted", true);
        deleted.addProperty("id", id);
        return deleted;
    }

    private static JsonElement orNull(Long value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }
}
