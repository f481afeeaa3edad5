package org.sorastudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "shot", mixinStandardHelpOptions = true,
        description = {"Renders one shot. The queue journal is kept in the output folder under a name made from the "
                + "request, so the same command run again resumes instead of generating twice."})
final class ShotCommand implements Callable<Integer> {

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "the prompt")
    String prompt;

    @Option(names = "--model", paramLabel = "M", defaultValue = "sora-2", description = "model (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", description = "size (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "4", description = "clip length (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--reference", paramLabel = "IMG", description = "a reference image of the clip's size")
    Path reference;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return new ShotRun(this).execute();
    }
}
