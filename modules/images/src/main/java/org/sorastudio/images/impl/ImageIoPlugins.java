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
