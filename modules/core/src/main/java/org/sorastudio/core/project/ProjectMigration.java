package org.sorastudio.core.project;

import com.google.gson.JsonObject;

/**
 * Upgrades a project file's JSON from one schema version to the next. Registered in Lookup
 * ({@code @ServiceProvider(service = ProjectMigration.class)}) by whichever module changed the schema.
 */
public interface ProjectMigration {

    /** The schema version this migration reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    JsonObject migrate(JsonObject project);
}
