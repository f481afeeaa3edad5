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
