package dev.cruddur.console.cli;

import dev.cruddur.console.cli.commands.ConversationCommands;
import dev.cruddur.console.cli.commands.LocalCommands;
import dev.cruddur.console.cli.commands.TableCommands;

import java.util.ArrayList;
import java.util.List;

/** Every command of the command-line twin. Add a feature's commands here, one line per feature. */
public final class CommandRegistry {

    private CommandRegistry() {
    }

    public static List<CliCommand> commands() {
        List<CliCommand> all = new ArrayList<>();
        all.addAll(TableCommands.all());
        all.addAll(LocalCommands.all());
        all.addAll(ConversationCommands.all());
        return List.copyOf(all);
    }
}
