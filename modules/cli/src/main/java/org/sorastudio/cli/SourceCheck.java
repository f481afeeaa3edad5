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

import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;

/** Makes sure a video can be extended or edited before anything is sent. */
final class SourceCheck {

    private SourceCheck() {
    }

    /**
     * Returns quietly when {@code videoId} is a completed video; else ends the command with exit code 3 (or 5
     * for a refused key, 1 when the server cannot be reached) and a sentence saying why.
     */
    static Video requireCompleted(VideoApiClient client, String videoId, String verb) {
        Video video;
        try {
            video = client.retrieve(videoId).video();
        } catch (InvalidRequestException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.isNotFound()
                    ? "video " + videoId + " cannot be " + verb + ": the server has no such video (it was deleted, "
                            + "has expired or never existed). " + ApiErrors.describe(e)
                    : "video " + videoId + " cannot be " + verb + ": " + ApiErrors.describe(e));
        } catch (AuthenticationException e) {
            throw new CliException(ExitCode.AUTHENTICATION, "the server refused the API key: " + ApiErrors.describe(e));
        } catch (ApiConnectionException e) {
            throw new CliException(ExitCode.FAILURE, "cannot reach the server: " + ApiErrors.describe(e));
        } catch (ApiException e) {
            throw new CliException(ExitCode.FAILURE, "cannot look up video " + videoId + ": " + ApiErrors.describe(e));
        }
        if (video.status().isFailed()) {
            String reason = video.error() == null ? "" : " (" + video.error().message() + ")";
            throw new CliException(ExitCode.INVALID_INPUT, "video " + videoId + " cannot be " + verb
                    + ": it failed" + reason + "; only completed videos can be " + verb + ".");
        }
        if (!video.status().isCompleted()) {
            throw new CliException(ExitCode.INVALID_INPUT, "video " + videoId + " cannot be " + verb + " yet: it is "
                    + video.status().value() + " (" + video.progress() + " %); only completed videos can be " + verb + ".");
        }
        return video;
    }
}
