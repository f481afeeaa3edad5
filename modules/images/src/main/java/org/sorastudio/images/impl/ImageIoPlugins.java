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

import javax.imageio.spi.IIORegistry;

/**
 * Registers the bundled TwelveMonkeys readers with ImageIO. Inside the module system ImageIO's own service scan
 * does not see a module's private jars, so they are registered by hand, once; their providers order themselves
 * before the JDK's (CMYK and damaged JPEGs, WebP, which the JDK cannot read).
 */
final class ImageIoPlugins {

    static {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi());
        registry.registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
    }

    private ImageIoPlugins() {
    }

    /** Makes sure the registration above has run. */
    static void ensureRegistered() {
        // the static initializer does the work
    }
}
