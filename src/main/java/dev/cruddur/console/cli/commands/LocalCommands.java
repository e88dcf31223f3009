package dev.cruddur.console.cli.commands;

import dev.cruddur.console.cli.Cli;
import dev.cruddur.console.cli.CliArgs;
import dev.cruddur.console.cli.CliCommand;
import dev.cruddur.console.cli.CliContext;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.local.LocalStack;
import dev.cruddur.console.core.local.LocalStackOptions;
import dev.cruddur.console.core.local.Service;
import dev.cruddur.console.core.local.ServiceState;
import dev.cruddur.console.core.local.ServiceStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local stack from a terminal: local-up, local-down, local-status. */
public final class LocalCommands {

    private LocalCommands() {
    }

    public static List<CliCommand> all() {
        return List.of(
                TableCommands.command("local-up", "local-up [--in-memory]   start DynamoDB Local and PostgreSQL where "
                        + "nothing answers yet; they keep running for other tools until local-down", LocalCommands::up),
                TableCommands.command("local-down", "local-down   stop what local-up started; services started "
                        + "elsewhere are left running", LocalCommands::down),
                TableCommands.command("local-status", "local-status   each local service: UP, EXTERNAL, DOWN or FAILED; "
                        + "exit code 1 unless both answer", LocalCommands::status));
    }

    private static LocalStack stack(CliContext c, CliArgs a) {
        if (!c.environment().managedLocalStack()) {
            throw new UserFacingException("Environment '" + c.environment().name() + "' is not a local environment, "
                    + "so there is no local stack to manage; use --env local.");
        }
        LocalStackOptions options = LocalStackOptions.defaults().withKeepRunning(true).withInMemory(a.flag("in-memory"));
        return new LocalStack(c.environment(), c.store().secrets(), c.dirs(), options);
    }

    private static int up(CliContext c, CliArgs a) throws Exception {
        try (LocalStack stack = stack(c, a)) {
            List<ServiceStatus> statuses = stack.ensureUp(c.progress());
            print(c, statuses);
            return allAnswer(statuses) ? Cli.OK : Cli.FAILED;
        }
    }

    private static int down(CliContext c, CliArgs a) throws Exception {
        try (LocalStack stack = stack(c, a)) {
            List<ServiceStatus> before = stack.status();
            List<ServiceStatus> after = stack.stopStarted();
            List<Service> stopped = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                if (before.get(i).state() == ServiceState.UP && after.get(i).state() != ServiceState.UP) {
                    stopped.add(after.get(i).service());
                }
            }
            if (c.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("stopped", stopped);
                out.put("services", after);
                c.printJson(out);
            } else {
                for (ServiceStatus s : after) {
                    String what = stopped.contains(s.service()) ? "stopped"
                            : s.state() == ServiceState.EXTERNAL ? "left running: not started by the console"
                            : s.state() == ServiceState.UP ? "still running: " + s.detail()
                            : "was not running";
                    c.out().printf("%-15s %s%n", s.service().label(), what);
                }
            }
            boolean stillOurs = after.stream().anyMatch(s -> s.state() == ServiceState.UP);
            if (stillOurs) {
                c.err().println("A service the console started did not stop; see the logs under "
                        + c.dirs().dataDir().resolve("logs") + " and try local-down again.");
            }
            return stillOurs ? Cli.FAILED : Cli.OK;
        }
    }

    private static int status(CliContext c, CliArgs a) throws Exception {
        try (LocalStack stack = stack(c, a)) {
            List<ServiceStatus> statuses = stack.status();
            print(c, statuses);
            return allAnswer(statuses) ? Cli.OK : Cli.FAILED;
        }
    }

    private static boolean allAnswer(List<ServiceStatus> statuses) {
        return statuses.stream().allMatch(s -> s.state() == ServiceState.UP || s.state() == ServiceState.EXTERNAL);
    }

    private static void print(CliContext c, List<ServiceStatus> statuses) throws Exception {
        if (c.json()) {
            c.printJson(statuses);
            return;
        }
        for (ServiceStatus s : statuses) {
            c.out().printf("%-15s %-9s %s%n", s.service().label(), s.state(), s.address());
            if (!s.detail().isBlank()) {
                c.out().println("                " + s.detail());
            }
        }
    }
}
