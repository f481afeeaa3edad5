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

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Response bodies shaped exactly as the API describes them (checked against VideoResource in a test). */
final class VideoFixtures {

    private VideoFixtures() {
    }

    static String video(String id, String status, int progress) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("object", "video");
        json.addProperty("model", "sora-2");
        json.addProperty("status", status);
        json.addProperty("progress", progress);
        json.addProperty("created_at", 1_761_000_000L);
        boolean completed = status.equals("completed");
        json.add("completed_at", completed ? new JsonPrimitive(1_761_000_100L) : JsonNull.INSTANCE);
        json.add("expires_at", completed ? new JsonPrimitive(1_761_086_500L) : JsonNull.INSTANCE);
        json.addProperty("prompt", "A calico cat playing a piano on stage");
        json.addProperty("size", "1280x720");
        json.addProperty("seconds", "8");
        json.add("remixed_from_video_id", JsonNull.INSTANCE);
        json.add("error", JsonNull.INSTANCE);
        return json.toString();
    }

    static String error(String type, String code, String message, String param) {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        error.addProperty("type", type);
        error.addProperty("param", param);
        error.addProperty("code", code);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body.toString();
    }
}
