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
package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * A copy of the update site the build made ({@code application/target/netbeans_site}), in which a
 * test gives one module a newer specification version, the way a release would, and serves it over
 * loopback HTTP. The newer NBM is re-signed: with the build's own key (the studio trusts it), or
 * another one; or it is damaged after signing.
 */
final class UpdateSite implements AutoCloseable {

    private static final String SPECIFICATION_VERSION = "OpenIDE-Module-Specification-Version";

    private final Path folder;
    private final HttpServer server;

    private UpdateSite(Path folder, HttpServer server) {
        this.folder = folder;
        this.server = server;
    }

    /** Copies the built site into {@code folder} and serves it on a free loopback port. */
    static UpdateSite copyOfBuiltSite(Path folder) throws IOException {
        Path built = Path.of(System.getProperty("sorastudio.update.site"));
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(built)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".gz")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
            exchange.close();
        });
        server.start();
        return new UpdateSite(folder, server);
    }

    /** Where the studio finds the catalog. */
    URI catalog() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/updates.xml");
    }

    /**
     * Gives {@code distribution} (an NBM file name of the site) the specification version
     * {@code version} in its module, its {@code Info/info.xml} and the catalog, and signs it with
     * the key {@code alias} of {@code keystore}.
     */
    void release(String distribution, String version, Path keystore, String alias, String password)
            throws IOException, GeneralSecurityException {
        Path nbm = folder.resolve(distribution);
        Path unsigned = folder.resolve(distribution + ".unsigned");
        copyWithVersion(nbm, unsigned, version);
        sign(unsigned, nbm, keystore, alias, password.toCharArray());
        Files.delete(unsigned);
        announce(distribution, version);
    }

    /** Changes one byte in the middle of {@code distribution}, after the catalog recorded its digest. */
    void damage(String distribution) throws IOException {
        Path nbm = folder.resolve(distribution);
        byte[] bytes = Files.readAllBytes(nbm);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(nbm, bytes);
    }

    /** A copy of the NBM without its signature, with every version of the module set to {@code version}. */
    private static void copyWithVersion(Path nbm, Path target, String version) throws IOException {
        try (ZipFile source = new ZipFile(nbm.toFile())) {
            Manifest manifest = new Manifest(source.getInputStream(source.getEntry(JarFile.MANIFEST_NAME)));
            manifest.getEntries().clear(); // the per-entry digests of the old signature
            try (JarOutputStream copy = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (ZipEntry entry : source.stream().filter(e -> !e.getName().startsWith("META-INF/")).toList()) {
                    copy.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = source.getInputStream(entry)) {
                        copy.write(entryWithVersion(entry.getName(), in.readAllBytes(), version));
                    }
                    copy.closeEntry();
                }
            }
        }
    }

    /** An entry of an NBM, with the version changed where it is the module or the module's description. */
    private static byte[] entryWithVersion(String name, byte[] content, String version) throws IOException {
        if (name.startsWith("netbeans/modules/") && name.endsWith(".jar")) {
            return moduleWithVersion(content, version);
        }
        if (name.equals("Info/info.xml")) {
            return withVersionAttribute(new String(content, StandardCharsets.UTF_8), version).getBytes(StandardCharsets.UTF_8);
        }
        return content;
    }

    private static byte[] moduleWithVersion(byte[] module, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(module.length);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(module))) {
            Manifest manifest = in.getManifest();
            assertThat(manifest.getMainAttributes().getValue(SPECIFICATION_VERSION)).isNotNull();
            manifest.getMainAttributes().putValue(SPECIFICATION_VERSION, version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String withVersionAttribute(String xml, String version) {
        Matcher attribute = Pattern.compile(SPECIFICATION_VERSION + "=\"[^\"]*\"").matcher(xml);
        assertThat(attribute.results().count()).as("specification versions in %s", xml).isOne();
        return attribute.replaceFirst(SPECIFICATION_VERSION + "=\"" + version + "\"");
    }

    private static void sign(Path unsigned, Path signed, Path keystore, String alias, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance(keystore.toFile(), password);
        JarSigner signer = new JarSigner.Builder((PrivateKey) keys.getKey(alias, password),
                CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(keys.getCertificateChain(alias))))
                .build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
    }

    /** The catalog's entry for {@code distribution}: its new version, size and SHA-512. */
    private void announce(String distribution, String version) throws IOException, GeneralSecurityException {
        Path catalog = folder.resolve("updates.xml");
        String xml = Files.readString(catalog);
        Matcher module = Pattern.compile("<module [^>]*distribution=\"" + Pattern.quote(distribution) + "\".*?</module>", Pattern.DOTALL)
                .matcher(xml);
        assertThat(module.find()).as("%s in the catalog", distribution).isTrue();
        byte[] nbm = Files.readAllBytes(folder.resolve(distribution));
        String entry = withVersionAttribute(module.group(), version)
                .replaceFirst("downloadsize=\"\\d+\"", "downloadsize=\"" + nbm.length + "\"")
                .replaceFirst("(algorithm=\"SHA-512\" value=)\"[0-9a-f]+\"",
                        "$1\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(nbm)) + "\"");
        Files.writeString(catalog, xml.substring(0, module.start()) + entry + xml.substring(module.end()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
