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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.sorastudio.core.io.AtomicFile;

/**
 * Brings an image a user dragged from a browser (an {@code http(s)} or {@code data:} URL) into a local file, so it is
 * prepared like any other. Every wait has a deadline and the size a limit; the file is named by its content.
 */
public final class ImageDownloads {

    /** The largest image taken from a URL. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private ImageDownloads() {
    }

    /**
     * The image at {@code url} saved into {@code folder}; a {@code file:} URL is the file itself.
     *
     * @throws ImageProblemException naming the URL and what went wrong
     */
    public static Path fetch(URI url, Path folder) throws ImageProblemException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "file" -> Path.of(url);
            case "data" -> save(dataBytes(url.toString()), folder);
            case "http", "https" -> save(download(url), folder);
            default -> throw new ImageProblemException("\"" + url + "\" is not a link to an image (http, https, data or file).");
        };
    }

    private static byte[] dataBytes(String url) throws ImageProblemException {
        int comma = url.indexOf(',');
        if (comma < 0 || !url.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            throw new ImageProblemException("The dropped data URL holds no base64 image.");
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(url.substring(comma + 1));
            if (bytes.length > MAX_BYTES) {
                throw new ImageProblemException("The dropped image is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new ImageProblemException("The dropped data URL is not valid base64.", e);
        }
    }

    private static byte[] download(URI url) throws ImageProblemException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new ImageProblemException("The image at " + url + " cannot be downloaded: the server answered "
                            + response.statusCode() + ".");
                }
                byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new ImageProblemException("The image at " + url + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ImageProblemException("The image at " + url + " cannot be downloaded: " + e.getMessage() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageProblemException("Downloading the image at " + url + " was interrupted.", e);
        }
    }

    private static Path save(byte[] bytes, Path folder) throws ImageProblemException {
        try {
            String name = "dropped-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
            Path target = folder.resolve(name + extension(bytes));
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(folder);
                new AtomicFile(target).write(bytes);
            }
            return target;
        } catch (IOException e) {
            throw new ImageProblemException("The dropped image cannot be saved in " + folder + ": " + e.getMessage() + ".", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A file extension from the first bytes, so the file opens elsewhere too; the readers go by content anyway. */
    private static String extension(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return ".jpg";
        }
        if (bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return ".png";
        }
        if (bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return ".webp";
        }
        if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
            return ".gif";
        }
        return ".img";
    }
}
