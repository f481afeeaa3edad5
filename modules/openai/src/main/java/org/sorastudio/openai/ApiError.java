package org.sorastudio.openai;

/**
 * The {@code error} object of an API error response. Every field may be {@code null}: compatible
 * servers and proxies do not always fill them, and a body that is not JSON yields only a message.
 */
public record ApiError(String type, String code, String message, String param) {
}
