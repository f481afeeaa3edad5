package org.sorastudio.core.project;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openide.util.Lookup;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;

/**
 * The {@code .sorastudio} project file: a JSON object with a {@code schemaVersion}, the known
 * fields of {@link Project}, and every other field kept verbatim in {@link Project#sections()}.
 */
public final class ProjectFormat {

    public static final String EXTENSION = ".sorastudio";
    public static final int SCHEMA_VERSION = 1;

    private static final String VERSION = "schemaVersion";
    private static final Set<String> KNOWN = Set.of(VERSION, "name", "shots", "outputDirectory");

    private final Collection<? extends ProjectMigration> migrations;

    public ProjectFormat() {
        this(Lookup.getDefault().lookupAll(ProjectMigration.class));
    }

    public ProjectFormat(Collection<? extends ProjectMigration> migrations) {
        this.migrations = migrations;
    }

    public Project read(Path file) throws DataFileException {
        return fromJson(JsonDataFile.read(file), file);
    }

    /** Reads a project that is embedded in another file ({@code source}, named in messages). */
    public Project fromJson(JsonObject stored, Path source) throws DataFileException {
        Path file = source;
        JsonObject json = migrate(file, stored.deepCopy());
        try {
            return toProject(file, json);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
            throw new DataFileException(file, "the project data is malformed: " + e.getMessage(), e);
        }
    }

    public void write(Project project, Path file) throws IOException {
        new JsonDataFile(file).write(toJson(project));
    }

    public JsonObject toJson(Project project) {
        JsonObject json = new JsonObject();
        json.addProperty(VERSION, SCHEMA_VERSION);
        json.addProperty("name", project.name());
        if (project.outputDirectory() != null) {
            json.addProperty("outputDirectory", project.outputDirectory());
        }
        json.add("shots", Json.GSON.toJsonTree(project.shots()));
        project.sections().forEach((key, text) -> json.add(key, JsonParser.parseString(text)));
        return json;
    }

    private JsonObject migrate(Path file, JsonObject json) throws DataFileException {
        if (!json.has(VERSION) || !json.get(VERSION).isJsonPrimitive() || !json.get(VERSION).getAsJsonPrimitive().isNumber()) {
            throw new DataFileException(file, "it has no schemaVersion, so it is not a Sora Studio project", null);
        }
        int version = json.get(VERSION).getAsInt();
        if (version > SCHEMA_VERSION) {
            throw new DataFileException(file, "it was written by a newer Sora Studio (project schema " + version
                    + "); this version reads schema " + SCHEMA_VERSION + " and older. Update Sora Studio to open it.", null);
        }
        while (version < SCHEMA_VERSION) {
            final int from = version;
            ProjectMigration step = migrations.stream().filter(m -> m.fromVersion() == from).findFirst()
                    .orElseThrow(() -> new DataFileException(file, "no migration from project schema " + from + " is installed", null));
            json = step.migrate(json);
            version++;
        }
        return json;
    }

    private static Project toProject(Path file, JsonObject json) throws DataFileException {
        List<Shot> shots = new ArrayList<>();
        JsonElement shotArray = json.get("shots");
        if (shotArray != null && !shotArray.isJsonNull()) {
            if (!shotArray.isJsonArray()) {
                throw new DataFileException(file, "\"shots\" must be a list", null);
            }
            int index = 0;
            for (JsonElement element : shotArray.getAsJsonArray()) {
                index++;
                shots.add(toShot(file, index, element));
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        json.entrySet().stream().filter(e -> !KNOWN.contains(e.getKey()))
                .forEach(e -> sections.put(e.getKey(), e.getValue().toString()));
        return new Project(string(json, "name"), shots, string(json, "outputDirectory"), sections);
    }

    private static Shot toShot(Path file, int index, JsonElement element) throws DataFileException {
        if (!element.isJsonObject()) {
            throw new DataFileException(file, "shot " + index + " is not a JSON object", null);
        }
        JsonObject object = element.getAsJsonObject();
        if (!object.has("id")) {
            object.addProperty("id", UUID.randomUUID().toString());
        }
        try {
            return Json.GSON.fromJson(object, Shot.class);
        } catch (JsonParseException | NumberFormatException e) {
            throw new DataFileException(file, "shot " + index + " is malformed: " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
