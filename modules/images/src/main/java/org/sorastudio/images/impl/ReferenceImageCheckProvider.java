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
package org.sorastudio.images.impl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.core.spi.ReferenceImageCheck;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageInfo;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.ReferenceImages;

/** Core's shot validator asks this for a reference image's problems: the header is read, the pixels are not. */
@ServiceProvider(service = ReferenceImageCheck.class)
public final class ReferenceImageCheckProvider implements ReferenceImageCheck {

    @Override
    public List<ShotProblem> check(Path image, String size, String fit) {
        List<ShotProblem> problems = new ArrayList<>();
        FitSpec spec;
        try {
            spec = FitSpec.parse(fit);
        } catch (IllegalArgumentException e) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, e.getMessage()));
            spec = FitSpec.DEFAULT;
        }
        ImageInfo info;
        try {
            info = ReferenceImages.probe(image);
        } catch (ImageProblemException e) {
            problems.add(ShotProblem.error(ShotProblem.FIELD_REFERENCE, e.getMessage()));
            return problems;
        }
        try {
            int[] wh = ReferenceImages.parseSize(size);
            ReferenceImages.warnings(image, info, wh[0], wh[1], spec)
                    .forEach(w -> problems.add(ShotProblem.warning(ShotProblem.FIELD_REFERENCE, w)));
        } catch (ImageProblemException e) {
            // the size's own check says what is wrong with it
        }
        return problems;
    }
}
