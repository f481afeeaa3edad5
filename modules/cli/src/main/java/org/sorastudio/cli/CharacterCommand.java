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

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.CreateCharacterRequest;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoCharacter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "character", mixinStandardHelpOptions = true,
        description = {"Characters that prompts can refer to, so one person or creature looks the same across shots."},
        subcommands = {CharacterCommand.Create.class, CharacterCommand.Get.class})
final class CharacterCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Creates a character from a short clip (POST /videos/characters) and prints its id."})
    static final class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "N", description = "display name, 1..80 characters")
        String name;

        @Option(names = "--video", required = true, paramLabel = "FILE", description = "the clip (MP4, MOV or WebM)")
        Path video;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(video)) {
                throw new CliException(ExitCode.INVALID_INPUT, "cannot read the clip " + video + ": no such file.");
            }
            CreateCharacterRequest request;
            try {
                request = new CreateCharacterRequest(name, video.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCode.INVALID_INPUT, e.getMessage() + ".");
            }
            return CharacterCommand.call(common, "created", client -> client.createCharacter(request));
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = {"Prints a character (GET /videos/characters/{id})."})
    static final class Get implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "the character's id, e.g. char_123")
        String id;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            return CharacterCommand.call(common, "character", client -> client.retrieveCharacter(id.strip()));
        }
    }

    /** One call, never retried once it may have reached the server; its answer as one line or one JSON event. */
    static int call(CommonOptions common, String event, Function<VideoApiClient, VideoCharacter> operation) {
        RunSetup setup = new RunSetup(common);
        VideoCharacter character;
        try (ServerConnections servers = setup.connections()) {
            character = operation.apply(servers.clientFor(servers.activeProfile()));
        } catch (InvalidRequestException e) {
            throw new CliException(ExitCode.INVALID_INPUT, (e.isNotFound() ? "no such character: " : "refused: ")
                    + ApiErrors.describe(e));
        } catch (AuthenticationException e) {
            throw new CliException(ExitCode.AUTHENTICATION, "the server refused the API key: " + ApiErrors.describe(e));
        } catch (ApiConnectionException e) {
            throw new CliException(ExitCode.FAILURE, "cannot reach the server: " + ApiErrors.describe(e));
        } catch (ApiException e) {
            throw new CliException(ExitCode.FAILURE, ApiErrors.describe(e));
        }
        if (common.json) {
            JsonObject json = JsonReporter.event(event);
            json.addProperty("id", character.id());
            json.addProperty("name", character.name());
            json.addProperty("createdAt", character.createdAt() == null ? null : character.createdAt().toString());
            json.addProperty("requestId", character.requestId());
            System.out.println(json);
        } else {
            System.out.println(character.id() + "\t" + character.name());
        }
        return ExitCode.OK;
    }
}
