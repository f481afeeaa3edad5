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

import java.util.Set;

/** A shot field a CSV column can feed directly, instead of a prompt variable. */
public enum ShotParameter {
    MODEL("model", Set.of("model")),
    SIZE("size", Set.of("size", "resolution", "dimensions")),
    SECONDS("seconds", Set.of("seconds", "duration", "length", "secs")),
    REFERENCE_IMAGE("reference image", Set.of("referenceimage", "reference", "image", "imagepath", "inputreference", "referencepath")),
    /** How the row's reference image is fitted to the shot's size: {@code resize}, {@code crop}, {@code letterbox}, ... */
    REFERENCE_FIT("reference fit", Set.of("fit", "referencefit", "imagefit")),
    OUTPUT_NAME("output name", Set.of("outputname", "output", "filename", "outputfile"));

    private final String label;
    private final Set<String> columnNames;

    ShotParameter(String label, Set<String> columnNames) {
        this.label = label;
        this.columnNames = columnNames;
    }

    /** A name to show the user. */
    public String label() {
        return label;
    }

    /** Whether a column called {@code column} is taken to mean this parameter when mapping is suggested. */
    boolean recognises(String column) {
        return columnNames.contains(ColumnMapping.normalized(column));
    }

    @Override
    public String toString() {
        return label;
    }
}
