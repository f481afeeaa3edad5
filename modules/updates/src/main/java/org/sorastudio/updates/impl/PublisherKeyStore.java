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
package org.sorastudio.updates.impl;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.spi.autoupdate.KeyStoreProvider;
import org.openide.util.lookup.ServiceProvider;

/**
 * Makes the autoupdate services trust modules signed by the studio's publisher: the certificate the
 * build signed its NBMs with ({@code publisher.pem}, exported from the signing keystore at build
 * time: a throwaway one for test builds, the release one from CI secrets for releases).
 */
@ServiceProvider(service = KeyStoreProvider.class)
public final class PublisherKeyStore implements KeyStoreProvider {

    private static final Logger LOG = Logger.getLogger(PublisherKeyStore.class.getName());
    static final String CERTIFICATE = "publisher.pem";

    @Override
    public KeyStore getKeyStore() {
        try (InputStream pem = PublisherKeyStore.class.getResourceAsStream(CERTIFICATE)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            if (pem == null) {
                LOG.info("No publisher certificate in this build: no update is trusted.");
                return store;
            }
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(pem);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("sorastudio-publisher-" + index++, certificate);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // No certificate means nothing is trusted: updates are refused, which is safe.
            LOG.log(Level.INFO, "The publisher certificate cannot be read; no update is trusted.", e);
            return null;
        }
    }
}
