package org.sorastudio.openai;

/** Told once per client and endpoint when the server announces that the endpoint is going away. */
@FunctionalInterface
public interface DeprecationListener {

    void deprecationAnnounced(DeprecationNotice notice);
}
