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
