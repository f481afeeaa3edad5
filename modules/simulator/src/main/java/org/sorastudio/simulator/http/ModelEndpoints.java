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
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import org.sorastudio.simulator.videos.VideoModel;
import org.sorastudio.simulator.videos.VideoModels;

/** {@code GET /models} and {@code GET /models/{model}}. */
final class ModelEndpoints {

    private final ModelSunsets sunsets;

    ModelEndpoints(ModelSunsets sunsets) {
        this.sunsets = sunsets;
    }

    void list(ApiExchange exchange) throws IOException {
        JsonArray data = new JsonArray();
        VideoModels.all().forEach(model -> data.add(json(model)));
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        list.add("data", data);
        exchange.sendJson(200, list);
    }

    void retrieve(ApiExchange exchange, String id) throws IOException {
        VideoModel model = VideoModels.find(id).orElseThrow(() -> new ApiError(404, "invalid_request_error",
                "The model '" + id + "' does not exist or you do not have access to it.", "model", "model_not_found"));
        exchange.sendJson(200, json(model));
    }

    private JsonObject json(VideoModel model) {
        JsonObject json = new JsonObject();
        json.addProperty("id", model.id());
        json.addProperty("object", "model");
        json.addProperty("created", model.created());
        json.addProperty("owned_by", "system");
        // Announced only for the models configured to be deprecated, so a studio running offline never sees them expire.
        LocalDate sunset = sunsets.of(model.id());
        if (sunset == null) {
            json.add("shutdown_date", JsonNull.INSTANCE);
        } else {
            json.addProperty("shutdown_date", sunset.toString());
        }
        return json;
    }
}
