package dev.cruddur.console.cli;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.task.CancelledException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line twin: {@code cruddur-console COMMAND [--env NAME] [--json] ...}. Exit codes: 0 success,
 * 1 the operation failed (one sentence on stderr), 2 the command line was wrong, 130 cancelled.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 130;

    private final AppDirs dirs;
    private final Map<String, String> variables;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(AppDirs dirs, Map<String, String> variables, PrintStream out, PrintStream err) {
        this.dirs = dirs;
        this.variables = variables;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Cli cli = new Cli(AppDirs.fromEnvironment(System.getenv()), System.getenv(), System.out, System.err);
        System.exit(cli.run(Arrays.asList(args)));
    }

    public int run(List<String> words) {
        if (words.isEmpty() || List.of("help", "--help", "-h").contains(words.get(0))) {
            printHelp(out);
            return OK;
        }
        Optional<CliCommand> command = CommandRegistry.commands().stream()
                .filter(c -> c.name().equals(words.get(0))).findFirst();
        if (command.isEmpty()) {
            err.println("Unknown command '" + words.get(0) + "'; run with --help to see the commands.");
            return USAGE;
        }
        CliArgs args;
        try {
            args = CliArgs.parse(words.subList(1, words.size()), command.get().optionArity());
        } catch (CliUsageException e) {
            err.println(e.getMessage() + " Usage: " + command.get().usage());
            return USAGE;
        }
        if (args.flag("help")) {
            out.println("Usage: " + command.get().usage());
            return OK;
        }
        Environment env = null;
        try {
            EnvironmentStore store = new EnvironmentStore(dirs, variables, new Secrets());
            env = args.option("env").map(store::require).orElseGet(() -> store.require(EnvironmentStore.LOCAL));
            try (CliContext context = new CliContext(store, dirs, env, out, err, args.flag("json"))) {
                return command.get().run(context, args);
            }
        } catch (CliUsageException e) {
            err.println(e.getMessage() + " Usage: " + command.get().usage());
            return USAGE;
        } catch (CancelledException e) {
            err.println("Cancelled.");
            return CANCELLED;
        } catch (Exception e) {
            err.println(Errors.sentence(e, env));
            if (args.flag("verbose")) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private void printHelp(PrintStream to) {
        to.println("Cruddur Console: without arguments it opens the window; with a command it runs it and exits.");
        to.println();
        to.println("Commands (each takes --env NAME, default local; --json for JSON output; --verbose for details):");
        for (CliCommand c : CommandRegistry.commands()) {
            to.println("  " + c.usage());
        }
    }
}
