package dev.cruddur.console;

import dev.cruddur.console.cli.Cli;

/**
 * Entry point. With arguments it is the command-line twin; without, it opens the window. It must not
 * extend Application itself, or JavaFX on the class path refuses to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Cli.main(args);
        } else {
            dev.cruddur.console.ui.ConsoleApp.launchConsole(args);
        }
    }
}
