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
package org.sorastudio.templates.api;

import java.util.List;
import java.util.UUID;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;

/** Making templates and applying them to shots. */
public final class Templates {

    private Templates() {
    }

    /** A new template with a fresh id and the API's default shot parameters. */
    public static Template newTemplate(String name, String prompt) {
        return new Template(UUID.randomUUID().toString(), name, prompt, Shot.DEFAULT_MODEL, Shot.DEFAULT_SIZE,
                Shot.DEFAULT_SECONDS, List.of(), "", false);
    }

    /** A new template from a shot's prompt and parameters ("save as template"). */
    public static Template fromShot(String name, Shot shot) {
        return new Template(UUID.randomUUID().toString(), name, shot.prompt(), shot.model(), shot.size(), shot.seconds(),
                List.of(), "", false);
    }

    /** The shot with the template's prompt and its default model, size and seconds (those it has). */
    public static Shot applyTo(Template template, Shot shot) {
        Shot applied = shot.withPrompt(template.prompt());
        if (template.model() != null && !template.model().isBlank()) {
            applied = applied.withModel(template.model());
        }
        if (template.size() != null && !template.size().isBlank()) {
            applied = applied.withSize(template.size());
        }
        return template.seconds() > 0 ? applied.withSeconds(template.seconds()) : applied;
    }
}
