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
package org.sorastudio.core.settings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.l10n.Texts;
import org.sorastudio.core.model.Settings;

/**
 * Reads a settings file of any version, one field at a time, so that one bad value costs that value and
 * not the whole file. A missing field (a file older than the setting) takes its default silently; a value
 * of the wrong type, or one the settings would not keep as it is (a font scale of 400 %, -3 parallel jobs),
 * takes its default and is reported as reset; a field the studio does not know is dropped and reported too.
 */
public final class SettingsMigration {

    /**
     * What a file held, as settings, and the fields that did not survive reading, each described for a person in
     * the language of the studio ({@code Text size (was 400)}; a field the studio does not know by the file's own word).
     */
    public record Result(Settings settings, List<String> reset) {
        public Result {
            Objects.requireNonNull(settings, "settings");
            reset = List.copyOf(reset);
        }
    }

    private static final RecordComponent[] FIELDS = Settings.class.getRecordComponents();
    private static final Texts TEXTS = Texts.of(SettingsMigration.class);

    private SettingsMigration() {
    }

    public static Result read(JsonObject json) {
        Settings defaults = Settings.defaults();
        Object[] values = valuesOf(defaults);
        List<String> reset = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            JsonElement element = json.get(FIELDS[i].getName());
            if (element == null || element.isJsonNull()) {
                continue;
            }
            Object value = readValue(FIELDS[i], element);
            if (value != null && keptAsIs(defaults, i, value)) {
                values[i] = value;
            } else {
                reset.add(TEXTS.get("SettingsMigration.was", TEXTS.get("SettingsMigration.field." + FIELDS[i].getName()),
                        Json.excerpt(element.toString())));
            }
        }
        Set<String> known = new LinkedHashSet<>();
        Arrays.stream(FIELDS).forEach(field -> known.add(field.getName()));
        json.keySet().stream().filter(name -> !known.contains(name))
                .forEach(name -> reset.add(TEXTS.get("SettingsMigration.unknown", name)));
        return new Result(construct(values), reset);
    }

    /** The value as the field's type, or {@code null} when it is not of that type. */
    private static Object readValue(RecordComponent field, JsonElement element) {
        try {
            return Json.GSON.fromJson(element, field.getGenericType());
        } catch (RuntimeException wrongType) {
            // Gson's JsonParseException, or what a nested record's constructor threw (a profile without a name)
            return null;
        }
    }

    /** Whether the settings keep {@code value} in field {@code index} unchanged: out-of-range values are replaced. */
    private static boolean keptAsIs(Settings defaults, int index, Object value) {
        Object[] trial = valuesOf(defaults);
        trial[index] = value;
        try {
            return Objects.equals(FIELDS[index].getAccessor().invoke(construct(trial)), value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Settings is a record with public accessors", e);
        }
    }

    private static Object[] valuesOf(Settings settings) {
        Object[] values = new Object[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            try {
                values[i] = FIELDS[i].getAccessor().invoke(settings);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Settings is a record with public accessors", e);
            }
        }
        return values;
    }

    private static Settings construct(Object[] values) {
        Class<?>[] types = Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<Settings> canonical = Settings.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Settings refused a value: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Settings has a canonical constructor", e);
        }
    }
}
