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
package org.sorastudio.openai;

/**
 * 400, 404 or 422: the server refused the request as it stands (bad parameter, unknown video,
 * unknown model). {@link ApiError#param()} names the offending field when the server says.
 */
public final class InvalidRequestException extends ApiException {

    public InvalidRequestException(String message, Failure failure) {
        super(message, failure, null);
    }

    /** True for 404: the video (or path) does not exist, e.g. it expired or was deleted. */
    public boolean isNotFound() {
        return statusCode() == 404;
    }
}
