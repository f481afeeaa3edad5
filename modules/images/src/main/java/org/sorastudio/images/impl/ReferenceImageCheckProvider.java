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
