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
package org.sorastudio.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FitPropertiesTest {

    @Provide
    Arbitrary<FitSpec> fits() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Arbitraries.just(FitSpec.of(ImageFit.RESIZE)),
                fraction.tuple2().map(t -> FitSpec.of(ImageFit.CROP).withFocus(t.get1(), t.get2())),
                Arbitraries.integers().between(0, 0xFFFFFF).map(rgb -> FitSpec.of(ImageFit.LETTERBOX).withFill(false, rgb)),
                Arbitraries.just(FitSpec.parse("letterbox:blur")));
    }

    @Property
    void aFitReadsBackFromItsText(@ForAll("fits") FitSpec fit) {
        assertThat(FitSpec.parse(fit.toString())).isEqualTo(fit);
    }

    @Property
    void theGeometryStaysInsideSourceAndTargetAndKeepsProportionsUnlessResizing(@ForAll("fits") FitSpec fit,
            @ForAll @IntRange(min = 1, max = 20000) int sourceWidth, @ForAll @IntRange(min = 1, max = 20000) int sourceHeight,
            @ForAll @IntRange(min = 16, max = 4096) int width, @ForAll @IntRange(min = 16, max = 4096) int height) {
        FitGeometry g = FitGeometry.of(sourceWidth, sourceHeight, width, height, fit);
        double eps = 1e-6;

        assertThat(g.sourceX()).isBetween(-eps, sourceWidth - g.sourceWidth() + eps);
        assertThat(g.sourceY()).isBetween(-eps, sourceHeight - g.sourceHeight() + eps);
        assertThat(g.targetX()).isBetween(-eps, width - g.targetWidth() + eps);
        assertThat(g.targetY()).isBetween(-eps, height - g.targetHeight() + eps);
        if (fit.mode() != ImageFit.RESIZE) {
            double sourceRatio = g.sourceWidth() / g.sourceHeight();
            double targetRatio = g.targetWidth() / g.targetHeight();
            // proportions kept to within a pixel's rounding on the shorter side
            assertThat(Math.abs(sourceRatio / targetRatio - 1)).isLessThan(1.0 / Math.min(g.targetHeight(), g.targetWidth()) + 1e-3);
        }
    }

    @Property(tries = 60)
    void theFittedImageAlwaysHasExactlyTheShotsSize(@ForAll("fits") FitSpec fit,
            @ForAll @IntRange(min = 1, max = 300) int sourceWidth, @ForAll @IntRange(min = 1, max = 300) int sourceHeight,
            @ForAll @IntRange(min = 1, max = 200) int width, @ForAll @IntRange(min = 1, max = 200) int height) {
        BufferedImage source = new BufferedImage(sourceWidth, sourceHeight, BufferedImage.TYPE_INT_RGB);

        BufferedImage out = ReferenceImages.fit(source, width, height, fit);

        assertThat(out.getWidth()).isEqualTo(width);
        assertThat(out.getHeight()).isEqualTo(height);
    }
}
