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
package org.sorastudio.core.spi;

import java.nio.file.Path;
import java.util.List;
import org.sorastudio.core.model.ShotProblem;

/**
 * Checks a shot's reference image from its header (format, dimensions, animation, pixel budget) without decoding it,
 * so the editor, the CSV wizard and the CLI refuse a bad image before anything is queued. The images module
 * registers it; {@link org.sorastudio.core.model.ShotValidator} falls back to a look at the file's first bytes when
 * nobody does.
 */
public interface ReferenceImageCheck {

    /**
     * @param image an existing regular file
     * @param size  the shot's size as {@code WIDTHxHEIGHT} (may be malformed: then only the file is checked)
     * @param fit   the shot's {@link org.sorastudio.core.model.Shot#REFERENCE_FIT} text, or {@code null} for the default
     * @return the problems, attached to {@link ShotProblem#FIELD_REFERENCE}; empty when the image can be prepared
     */
    List<ShotProblem> check(Path image, String size, String fit);
}
