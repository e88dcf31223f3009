package dev.cruddur.console.cli.commands;

import dev.cruddur.console.cli.CliArgs;
import dev.cruddur.console.cli.CliCommand;
import dev.cruddur.console.cli.CliContext;
import dev.cruddur.console.cli.CliUsageException;
import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.users.User;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The original's table scripts: list-tables, schema-load, drop, seed, reset, db-setup. */
public final class TableCommands {

    private TableCommands() {
    }

    public static List<CliCommand> all() {
        return List.of(
                command("list-tables", "list-tables [--env NAME] [--json]   tables with keys, indexes, billing, stream, items",
                        TableCommands::listTables),
                command("schema-load", "schema-load [--table NAME] [--on-demand | --read N --write N] [--no-stream]   create the messages table",
                        TableCommands::schemaLoad),
                command("drop", "drop --table NAME --confirm NAME   drop a table; the name must be given twice",
                        TableCommands::drop),
                command("seed", "seed [--table NAME] [--users HANDLE,HANDLE]   write the sample conversation (default: first two users)",
                        TableCommands::seed),
                command("reset", "reset [--table NAME] [--users HANDLE,HANDLE]   local only: empty or create the table, then seed",
                        TableCommands::reset),
                command("db-setup", "db-setup   local only: create the Postgres users schema and seed users",
                        TableCommands::dbSetup));
    }

    interface Body {
        int run(CliContext c, CliArgs a) throws Exception;
    }

    static CliCommand command(String name, String usage, Body body) {
        return new CliCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String usage() {
                return usage;
            }

            @Override
            public int run(CliContext context, CliArgs args) throws Exception {
                return body.run(context, args);
            }
        };
    }

    private static TableOperations ops(CliContext c) {
        return new TableOperations(c.environment(), c.dynamo(), c.users(), Clock.systemUTC());
    }

    private static String table(CliContext c, CliArgs a) {
        return a.option("table").orElse(c.environment().tableName());
    }

    private static int listTables(CliContext c, CliArgs a) throws Exception {
        List<TableSummary> tables = ops(c).list();
        if (c.json()) {
            c.printJson(tables);
            return 0;
        }
        if (tables.isEmpty()) {
            c.out().println("No tables in " + where(c) + ". Create the messages table with: schema-load");
            return 0;
        }
        for (TableSummary t : tables) {
            c.out().printf("%s  %s  keys: %s  billing: %s (%s)  stream: %s  items: %d  size: %d bytes%n",
                    t.name(), t.status(), t.keySchema(), t.billingMode(), t.capacity(), t.stream(), t.itemCount(),
                    t.sizeBytes());
            t.indexes().forEach(i -> c.out().println("    index " + i));
        }
        return 0;
    }

    private static int schemaLoad(CliContext c, CliArgs a) throws Exception {
        String table = table(c, a);
        BillingChoice billing = a.flag("on-demand") ? BillingChoice.ON_DEMAND
                : BillingChoice.provisioned(number(a, "read", 5), number(a, "write", 5));
        TableAdmin.CreateOutcome outcome = ops(c).create(table, billing, !a.flag("no-stream"));
        if (c.json()) {
            c.printJson(Map.of("table", table, "outcome", outcome.name()));
        } else {
            c.out().println(outcome == TableAdmin.CreateOutcome.CREATED
                    ? "Created " + table + " in " + where(c) + "."
                    : "Table " + table + " already exists in " + where(c) + "; nothing changed.");
        }
        return 0;
    }

    private static int drop(CliContext c, CliArgs a) throws Exception {
        String table = a.require("table", "with the table to drop");
        String confirm = a.require("confirm", "repeating the table name, to confirm");
        ops(c).drop(table, confirm, c.progress());
        if (c.json()) {
            c.printJson(Map.of("table", table, "outcome", "DROPPED"));
        } else {
            c.out().println("Dropped " + table + " from " + where(c) + ".");
        }
        return 0;
    }

    private static int seed(CliContext c, CliArgs a) throws Exception {
        TableOperations ops = ops(c);
        List<User> pair = pickUsers(ops, a);
        Seeder.Result r = ops.seed(table(c, a), pair.get(0), pair.get(1), c.progress());
        printSeed(c, r, pair);
        return 0;
    }

    private static int reset(CliContext c, CliArgs a) throws Exception {
        TableOperations ops = ops(c);
        List<User> pair = pickUsers(ops, a);
        BillingChoice billing = a.flag("on-demand") ? BillingChoice.ON_DEMAND : BillingChoice.ORIGINAL;
        Seeder.Result r = ops.reset(table(c, a), billing, pair.get(0), pair.get(1), c.progress());
        printSeed(c, r, pair);
        return 0;
    }

    private static int dbSetup(CliContext c, CliArgs a) throws Exception {
        TableOperations ops = ops(c);
        int added = ops.setupPostgres();
        List<User> users = ops.users();
        if (c.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("usersAdded", added);
            out.put("users", users);
            c.printJson(out);
        } else {
            c.out().println("Users schema ready; " + added + " seed user(s) added. Users now:");
            users.forEach(u -> c.out().println("  " + u.uuid() + "  @" + u.handle() + "  " + u.displayName()
                    + "  " + u.email() + "  cognito: " + u.cognitoUserId()));
        }
        return 0;
    }

    private static List<User> pickUsers(TableOperations ops, CliArgs a) throws Exception {
        String users = a.option("users").orElse(null);
        if (users == null) {
            return ops.seedUsers(null, null);
        }
        String[] handles = users.split(",");
        if (handles.length != 2) {
            throw new CliUsageException("--users takes two handles separated by a comma, e.g. --users marisol,tobias.");
        }
        return ops.seedUsers(handles[0].strip(), handles[1].strip());
    }

    private static void printSeed(CliContext c, Seeder.Result r, List<User> pair) throws Exception {
        if (c.json()) {
            c.printJson(r);
        } else {
            c.out().println("Seeded " + r.messagesWritten() + " messages between @" + pair.get(0).handle() + " and @"
                    + pair.get(1).handle() + " in group " + r.messageGroupUuid() + " (" + r.firstSk() + " to "
                    + r.lastSk() + "); " + r.groupRowsWritten() + " group row(s) written.");
        }
    }

    private static long number(CliArgs a, String name, long fallback) {
        String v = a.option(name).orElse(null);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new CliUsageException("--" + name + " takes a whole number, not '" + v + "'.");
        }
    }

    private static String where(CliContext c) {
        return c.environment().name() + " (" + (c.environment().isAws() ? "AWS " + c.environment().region()
                : c.environment().dynamoEndpoint()) + ")";
    }
}
