package org.sorastudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Renders a project's shots through its queue journal (PROJECT.sorastudio.queue.json beside it), "
                + "resuming whatever an earlier run or the studio left unfinished. Shots that already have a job are not sent again."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT.sorastudio", description = "the project file")
    Path project;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return new ProjectRun(this).execute();
    }
}
