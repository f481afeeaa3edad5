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
package org.sorastudio.templates.batch;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which CSV column feeds which prompt variable and which shot parameter. A column may feed several
 * targets (a {@code model} column can also appear in the prompt as {@code {model}}); each variable
 * and each parameter takes at most one column. Immutable.
 */
public final class ColumnMapping {

    private static final ColumnMapping EMPTY = new ColumnMapping(Map.of(), Map.of());

    private final Map<String, String> variables;
    private final Map<ShotParameter, String> parameters;

    private ColumnMapping(Map<String, String> variables, Map<ShotParameter, String> parameters) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        EnumMap<ShotParameter, String> copy = new EnumMap<>(ShotParameter.class);
        copy.putAll(parameters);
        this.parameters = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping empty() {
        return EMPTY;
    }

    /**
     * A first guess: each variable takes the column of the same name (ignoring case, spaces,
     * {@code _} and {@code -} when there is no exact match); columns called model, size, seconds
     * (duration), reference image and output name feed those parameters.
     */
    public static ColumnMapping suggest(List<String> columns, Collection<String> variables) {
        Map<String, String> byVariable = new LinkedHashMap<>();
        for (String variable : variables) {
            if (columns.contains(variable)) {
                byVariable.put(variable, variable);
            } else {
                List<String> similar = columns.stream().filter(c -> normalized(c).equals(normalized(variable))).toList();
                if (similar.size() == 1) {
                    byVariable.put(variable, similar.get(0));
                }
            }
        }
        Map<ShotParameter, String> byParameter = new EnumMap<>(ShotParameter.class);
        for (ShotParameter parameter : ShotParameter.values()) {
            columns.stream().filter(parameter::recognises).findFirst().ifPresent(c -> byParameter.put(parameter, c));
        }
        return new ColumnMapping(byVariable, byParameter);
    }

    /** Variable name to column, in insertion order. */
    public Map<String, String> variables() {
        return variables;
    }

    /** Parameter to column. */
    public Map<ShotParameter, String> parameters() {
        return parameters;
    }

    public Optional<String> columnOf(ShotParameter parameter) {
        return Optional.ofNullable(parameters.get(parameter));
    }

    public Optional<String> columnOf(String variable) {
        return Optional.ofNullable(variables.get(variable));
    }

    /** {@code {variable}} takes its value from {@code column}. */
    public ColumnMapping withVariable(String variable, String column) {
        Map<String, String> copy = new LinkedHashMap<>(variables);
        copy.put(variable, column);
        return new ColumnMapping(copy, parameters);
    }

    public ColumnMapping withoutVariable(String variable) {
        Map<String, String> copy = new LinkedHashMap<>(variables);
        copy.remove(variable);
        return new ColumnMapping(copy, parameters);
    }

    /** The shot's {@code parameter} takes its value from {@code column}. */
    public ColumnMapping withParameter(ShotParameter parameter, String column) {
        Map<ShotParameter, String> copy = new EnumMap<>(ShotParameter.class);
        copy.putAll(parameters);
        copy.put(parameter, column);
        return new ColumnMapping(variables, copy);
    }

    public ColumnMapping withoutParameter(ShotParameter parameter) {
        Map<ShotParameter, String> copy = new EnumMap<>(ShotParameter.class);
        copy.putAll(parameters);
        copy.remove(parameter);
        return new ColumnMapping(variables, copy);
    }

    /** Every column this mapping reads. */
    public Set<String> columns() {
        Set<String> used = new LinkedHashSet<>(variables.values());
        used.addAll(parameters.values());
        return used;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.variables.equals(variables) && mapping.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return variables.hashCode() * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return "variables " + variables + ", parameters " + parameters;
    }

    static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
