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

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FittingTest {

    /** 800 x 200: red left half, blue right half. */
    private static BufferedImage wideHalves() {
        BufferedImage image = new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLUE);
        g.fillRect(400, 0, 400, 200);
        g.dispose();
        return image;
    }

    @Test
    void cropKeepsTheFocalPointInView() {
        BufferedImage left = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("crop@0,0.5"));
        BufferedImage right = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("crop@1,0.5"));
        BufferedImage centre = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("crop"));

        assertThat(TestImages.reddish(left.getRGB(5, 45)) && TestImages.reddish(left.getRGB(154, 45))).isTrue();
        assertThat(TestImages.bluish(right.getRGB(5, 45)) && TestImages.bluish(right.getRGB(154, 45))).isTrue();
        assertThat(TestImages.reddish(centre.getRGB(5, 45)) && TestImages.bluish(centre.getRGB(154, 45))).isTrue();
    }

    @Test
    void resizeStretchesTheWholeImage() {
        BufferedImage out = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("resize"));

        assertThat(TestImages.reddish(out.getRGB(2, 2)) && TestImages.reddish(out.getRGB(77, 87))).isTrue();
        assertThat(TestImages.bluish(out.getRGB(83, 2)) && TestImages.bluish(out.getRGB(157, 87))).isTrue();
    }

    @Test
    void letterboxFillsTheBarsWithTheColourOrABlurredCopy() {
        BufferedImage coloured = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("letterbox:#00ff00"));
        BufferedImage blurred = ReferenceImages.fit(wideHalves(), 160, 90, FitSpec.parse("letterbox:blur"));

        // 4:1 on 16:9: the picture is 160 x 40 in the middle, bars of 25 rows above and below
        assertThat(coloured.getRGB(80, 5) & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(TestImages.reddish(coloured.getRGB(40, 45))).isTrue();
        assertThat(blurred.getRGB(80, 5) & 0xFFFFFF).isNotEqualTo(0);
        assertThat(new Color(blurred.getRGB(5, 5)).getRed()).as("the blurred bar above the red half is reddish, dimmed")
                .isBetween(100, 200);
    }

    @Test
    void geometryOfAFourByThreePhotoOnASixteenByNineShot() {
        FitGeometry crop = FitGeometry.of(4000, 3000, 1280, 720, FitSpec.DEFAULT);
        FitGeometry letterbox = FitGeometry.of(4000, 3000, 1280, 720, FitSpec.parse("letterbox"));

        assertThat(crop.sourceWidth()).isEqualTo(4000);
        assertThat(crop.sourceHeight()).isEqualTo(2250);
        assertThat(crop.sourceY()).isEqualTo(375);
        assertThat(letterbox.targetWidth()).isEqualTo(960);
        assertThat(letterbox.targetX()).isEqualTo(160);
    }
}
