package dev.cruddur.console.core.env;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environments the console knows: the built-in {@code local} and {@code prod}, whose defaults come from
 * the original backend's variables, plus named profiles the user adds. Saved as JSON in the config folder,
 * never with a password (URLs are stored as JDBC URLs without user info).
 */
public final class EnvironmentStore {

    public static final String LOCAL = "local";
    public static final String PROD = "prod";
    private static final String LOCAL_POSTGRES = "postgresql://postgres:password@localhost:5432/cruddur";

    private final Path file;
    private final Map<String, String> variables;
    private final Secrets secrets;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, Environment> environments = new LinkedHashMap<>();
    private String selected = LOCAL;

    /** Saved state on disk: overrides of built-ins and the user's own profiles. */
    record Saved(String selected, List<Environment> environments) {
    }

    public EnvironmentStore(AppDirs dirs, Map<String, String> variables, Secrets secrets) {
        this.file = dirs.configDir().resolve("environments.json");
        this.variables = Map.copyOf(variables);
        this.secrets = secrets;
        builtIns().forEach(e -> environments.put(e.name(), e));
        load();
    }

    public List<Environment> all() {
        return List.copyOf(environments.values());
    }

    public Optional<Environment> find(String name) {
        return Optional.ofNullable(environments.get(name));
    }

    public Environment require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "There is no environment named '" + name + "'; known: " + String.join(", ", environments.keySet()) + "."));
    }

    public Environment selected() {
        return environments.getOrDefault(selected, environments.get(LOCAL));
    }

    public void select(String name) {
        require(name);
        selected = name;
        save();
    }

    /** Adds or replaces an environment (by name) and saves. */
    public void put(Environment environment) {
        environments.put(environment.name(), environment);
        save();
    }

    public void remove(String name) {
        if (LOCAL.equals(name) || PROD.equals(name)) {
            throw new IllegalArgumentException("The built-in environment '" + name
                    + "' cannot be removed; edit its settings instead.");
        }
        environments.remove(name);
        if (name.equals(selected)) {
            selected = LOCAL;
        }
        save();
    }

    public Secrets secrets() {
        return secrets;
    }

    private List<Environment> builtIns() {
        String region = variables.getOrDefault("AWS_DEFAULT_REGION", variables.get("AWS_REGION"));
        String table = variables.get("DDB_MESSAGE_TABLE");
        String pool = variables.get("AWS_COGNITO_USER_POOL_ID");
        PostgresUrls.Parsed localPg = PostgresUrls.parse(variables.getOrDefault("CONNECTION_URL", LOCAL_POSTGRES));
        PostgresUrls.Parsed prodPg = PostgresUrls.parse(variables.get("PROD_CONNECTION_URL"));
        remember(LOCAL, localPg);
        remember(PROD, prodPg);
        Environment local = new Environment(LOCAL, variables.getOrDefault("AWS_ENDPOINT_URL", "http://localhost:8000"),
                region, null, table, localPg.jdbcUrl(), localPg.user(), pool, null, true, true);
        Environment prod = new Environment(PROD, null, region, null, table, prodPg.jdbcUrl(), prodPg.user(), pool,
                null, false, false);
        return List.of(local, prod);
    }

    private void remember(String environment, PostgresUrls.Parsed parsed) {
        if (parsed.password() != null) {
            secrets.setPostgresPassword(environment, parsed.password());
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Saved saved = json.readValue(file.toFile(), Saved.class);
            if (saved.environments() != null) {
                saved.environments().forEach(e -> environments.put(e.name(), e));
            }
            if (saved.selected() != null && environments.containsKey(saved.selected())) {
                selected = saved.selected();
            }
        } catch (IOException e) {
            // A damaged settings file must not stop the console; keep it aside for the user to inspect.
            try {
                Files.move(file, file.resolveSibling("environments.json.unreadable"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // nothing more we can do; defaults apply
            }
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("environments.json.tmp");
            json.writeValue(tmp.toFile(), new Saved(selected, new ArrayList<>(environments.values())));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
