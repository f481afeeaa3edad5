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
package org.sorastudio.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openide.util.Lookup;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.api.TemplateLibrary;

/** Finds the template {@code --template} names: an exported templates file, else a name in the studio's library. */
final class TemplateSource {

    private TemplateSource() {
    }

    static Template resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return fromFile(file);
        }
        TemplateLibrary library = Lookup.getDefault().lookup(TemplateLibrary.class);
        List<Template> templates;
        try {
            templates = library.list();
        } catch (DataFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot read the template library: " + e.getMessage());
        }
        return templates.stream().filter(t -> t.name().equals(nameOrFile)).findFirst()
                .or(() -> templates.stream().filter(t -> t.name().equalsIgnoreCase(nameOrFile)).findFirst())
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "\"" + nameOrFile + "\" is neither a file nor a template in "
                        + "the library; " + (templates.isEmpty() ? "the library is empty." : "its templates are: "
                        + templates.stream().map(t -> "\"" + t.name() + "\"").collect(Collectors.joining(", ")) + ".")));
    }

    /**
     * Reads a file written by the studio's template export (format {@code sorastudio-templates}). The
     * templates module keeps its reader private, so this reads the same published shape.
     */
    private static Template fromFile(Path file) {
        List<Template> templates = new ArrayList<>();
        try {
            JsonObject root = JsonDataFile.read(file);
            JsonElement list = root.get("templates");
            if (list == null || !list.isJsonArray()) {
                throw new CliException(ExitCode.INVALID_INPUT, file + " has no \"templates\" list; it is not an exported templates file.");
            }
            for (JsonElement element : list.getAsJsonArray()) {
                templates.add(Json.GSON.fromJson(element, Template.class));
            }
        } catch (DataFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot read the template file: " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new CliException(ExitCode.INVALID_INPUT, file + " holds a template that is not valid: " + e.getMessage());
        }
        if (templates.size() != 1) {
            throw new CliException(ExitCode.INVALID_INPUT, file + " holds " + templates.size() + " templates ("
                    + templates.stream().map(Template::name).collect(Collectors.joining(", "))
                    + "); export a single one, or import the file in the studio and use --template NAME.");
        }
        return templates.get(0);
    }
}
