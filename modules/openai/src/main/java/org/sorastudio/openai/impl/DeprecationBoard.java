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
package org.sorastudio.openai.impl;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.DeprecationNotice;
import org.sorastudio.openai.ModelInfo;

/**
 * Reads {@code Deprecation}/{@code Sunset} headers, and the shutdown dates of a model listing, and tells listeners
 * (and the log) once per endpoint or model; keeps what it heard for the Diagnostics window.
 */
final class DeprecationBoard {

    private static final Logger LOG = Logger.getLogger(DeprecationBoard.class.getName());

    private final String baseUrl;
    private final List<DeprecationListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private final List<DeprecationNotice> heard = new CopyOnWriteArrayList<>();

    DeprecationBoard(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void add(DeprecationListener listener) {
        listeners.add(listener);
    }

    void remove(DeprecationListener listener) {
        listeners.remove(listener);
    }

    /** {@code endpoint} is a request label such as {@code GET /videos/video_12?variant=video}. */
    void observe(String label, ClassicHttpResponse response) {
        String endpoint = label.replaceAll("\\?.*$", "").replaceAll("/videos/[^/]+", "/videos/{video_id}");
        String deprecation = value(response, "Deprecation");
        String sunset = value(response, "Sunset");
        if (deprecation == null && sunset == null || !announced.add(endpoint)) {
            return;
        }
        announce(new DeprecationNotice(baseUrl, endpoint, deprecation, sunset));
    }

    /** A model listing: every model with an announced shutdown date is a notice, once per model. */
    void observe(List<ModelInfo> models) {
        for (ModelInfo model : models) {
            String endpoint = "model " + model.id();
            if (model.shutdownDate() != null && announced.add(endpoint)) {
                announce(new DeprecationNotice(baseUrl, endpoint, "true",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(model.shutdownDate().atStartOfDay(ZoneOffset.UTC))));
            }
        }
    }

    /** Every notice heard so far, in order. */
    List<DeprecationNotice> heard() {
        return List.copyOf(heard);
    }

    private void announce(DeprecationNotice notice) {
        heard.add(notice);
        LOG.log(Level.INFO, notice.describe());
        for (DeprecationListener listener : listeners) {
            try {
                listener.deprecationAnnounced(notice);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deprecation listener " + listener + " failed", e);
            }
        }
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }
}
