package org.sorastudio.cli;

import org.sorastudio.openai.ApiException;

/** API failures in words, always with the request id a support ticket needs. */
final class ApiErrors {

    private ApiErrors() {
    }

    static String describe(ApiException e) {
        StringBuilder text = new StringBuilder(e.getMessage());
        if (e.statusCode() > 0) {
            text.append(" (HTTP ").append(e.statusCode()).append(')');
        }
        e.requestId().ifPresent(id -> text.append(" [request id ").append(id).append(']'));
        return text.toString();
    }
}
