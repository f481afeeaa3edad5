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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.netbeans.spi.autoupdate.KeyStoreProvider;
import org.openide.util.Lookup;

/** The studio trusts exactly the certificate this build signs its modules with. */
class PublisherKeyStoreTest {

    @Test
    void theRegisteredKeyStoreHoldsTheSigningCertificate() throws Exception {
        KeyStore signing = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("sorastudio.keystore")))) {
            signing.load(in, System.getProperty("sorastudio.keystore.password").toCharArray());
        }
        var publisher = signing.getCertificate(System.getProperty("sorastudio.keystore.alias"));

        KeyStoreProvider provider = Lookup.getDefault().lookupAll(KeyStoreProvider.class).stream()
                .filter(PublisherKeyStore.class::isInstance).findFirst().orElseThrow();
        KeyStore trusted = provider.getKeyStore();

        assertThat(provider.getTrustLevel()).isEqualTo(KeyStoreProvider.TrustLevel.TRUST);
        assertThat(Collections.list(trusted.aliases())).hasSize(1)
                .allSatisfy(alias -> assertThat(trusted.getCertificate(alias)).isEqualTo(publisher));
    }
}
