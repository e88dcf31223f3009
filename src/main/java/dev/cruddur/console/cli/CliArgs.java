package dev.cruddur.console.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed arguments: {@code --name value} options, {@code --flag} switches and positional words. Which
 * options are switches is declared, so {@code --json list} is never misread as json=list.
 */
public final class CliArgs {

    /** Options that take no value, for every command. */
    public static final Set<String> SWITCHES = Set.of("json", "help", "verbose", "yes", "on-demand", "in-memory",
            "no-stream", "no-seed", "writable");

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    public static CliArgs parse(List<String> words) {
        return parse(words, Map.of());
    }

    /**
     * Parses with the command's own options that take more than one value ({@code --between A B}: arity 2);
     * every other option takes one value, switches none.
     */
    public static CliArgs parse(List<String> words, Map<String, Integer> arity) {
        CliArgs a = new CliArgs();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (arity.getOrDefault(name, 1) > 1) {
                    int n = arity.get(name);
                    if (i + n >= words.size() || words.subList(i + 1, i + n + 1).stream().anyMatch(v -> v.startsWith("--"))) {
                        throw new CliUsageException("Option --" + name + " needs " + n + " values.");
                    }
                    List<String> values = a.options.computeIfAbsent(name, k -> new ArrayList<>());
                    for (int k = 0; k < n; k++) {
                        values.add(words.get(++i));
                    }
                    continue;
                } else if (!SWITCHES.contains(name)) {
                    if (i + 1 >= words.size()) {
                        throw new CliUsageException("Option --" + name + " needs a value.");
                    }
                    value = words.get(++i);
                }
                a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "true" : value);
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    public Optional<String> option(String name) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** Every value given for a repeatable option, in order (e.g. {@code --between A B} is two words after it). */
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public String require(String name, String what) {
        return option(name).orElseThrow(() -> new CliUsageException("Missing --" + name + " " + what + "."));
    }

    public boolean flag(String name) {
        return option(name).map(v -> !"false".equals(v)).orElse(false);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    public Set<String> optionNames() {
        return options.keySet();
    }
}
