package org.sorastudio.openai.impl;

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

/** Reads {@code Deprecation}/{@code Sunset} headers and tells listeners once per endpoint. */
final class DeprecationBoard {

    private static final Logger LOG = Logger.getLogger(DeprecationBoard.class.getName());

    private final String baseUrl;
    private final List<DeprecationListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

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
        DeprecationNotice notice = new DeprecationNotice(baseUrl, endpoint, deprecation, sunset);
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
