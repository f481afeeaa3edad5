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

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only dispatches to its subcommands. */
@Command(name = "sorastudio-cli", mixinStandardHelpOptions = true, versionProvider = SoraStudioCli.Version.class,
        description = "Generates videos with OpenAI's Videos API (or a compatible gateway, or the offline simulator) "
                + "from projects, template + CSV batches and single prompts, without a display.",
        subcommands = {RunCommand.class, BatchCommand.class, ShotCommand.class, ExtendCommand.class, EditCommand.class,
                CharacterCommand.class, CheckCommand.class, ProfileCommand.class, SimulatorCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "A profile's key comes from SORA_STUDIO_KEY_<PROFILE>, else the owner-only credentials.properties beside "
                + "the studio's settings (sorastudio-cli profile key NAME), else OPENAI_API_KEY. Queues are journaled: after "
                + "Ctrl+C or a crash, run the same command again and it resumes without paying twice."})
final class SoraStudioCli implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SoraStudioCli.class.getName());

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCode.USAGE;
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SoraStudioCli());
        commandLine.setExecutionExceptionHandler(SoraStudioCli::handle);
        commandLine.setParameterExceptionHandler(SoraStudioCli::handleUsage);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        applyExitCodeHelp(commandLine);
        return commandLine;
    }

    private static void applyExitCodeHelp(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(SoraStudioCli::applyExitCodeHelp);
    }

    /** A usage error: what is wrong and where help is, instead of the whole usage text. */
    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options and exit codes.");
        return ExitCode.USAGE;
    }

    /** Known failures are one line on stderr; anything else is named, logged at FINE, and exits 1. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        String command = commandLine.getCommandName();
        if (e instanceof CliException known) {
            commandLine.getErr().println(command + ": " + known.getMessage());
            return known.exitCode();
        }
        LOG.log(Level.FINE, "Unexpected failure", e);
        commandLine.getErr().println(command + ": unexpected error" + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (this is a bug in sorastudio-cli; -Djava.util.logging.config.file with FINE shows the details)");
        return ExitCode.FAILURE;
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[]{"sorastudio-cli " + (version == null ? "development build" : version)};
        }
    }
}
