package dev.cruddur.console.core.users;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.UserFacingException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** Users in Postgres: the users schema from the contract, its seed users, and look-ups. */
public final class UserDirectory {

    /** Our own sample people; the original seeded with cognito_user_id 'MOCK', and so do we. */
    public static final List<SeedUser> SEED_USERS = List.of(
            new SeedUser("Marisol Okafor", "marisol", "marisol@example.org"),
            new SeedUser("Tobias Lindqvist", "tobias", "tobias@example.org"),
            new SeedUser("Priya Ramaswamy", "priya", "priya@example.org"),
            new SeedUser("Desmond Achebe", "desmond", "desmond@example.org"));

    public record SeedUser(String displayName, String handle, String email) {
    }

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS public.users (
              uuid UUID DEFAULT uuid_generate_v4() PRIMARY KEY,
              display_name text NOT NULL,
              handle text NOT NULL,
              email text NOT NULL,
              cognito_user_id text NOT NULL,
              created_at TIMESTAMP DEFAULT current_timestamp NOT NULL
            )""";
    private static final String COLUMNS = "uuid, display_name, handle, email, cognito_user_id, created_at";

    private final Environment env;
    private final Secrets secrets;

    public UserDirectory(Environment env, Secrets secrets) {
        this.env = env;
        this.secrets = secrets;
    }

    public Connection connect() throws SQLException {
        if (env.postgresUrl() == null) {
            throw new UserFacingException("Environment '" + env.name() + "' has no Postgres URL; set one in its settings"
                    + (env.isAws() ? " or export PROD_CONNECTION_URL." : "."));
        }
        Properties props = new Properties();
        if (env.postgresUser() != null) {
            props.setProperty("user", env.postgresUser());
        }
        secrets.postgresPassword(env.name()).ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "60");
        props.setProperty("ApplicationName", "cruddur-console");
        return DriverManager.getConnection(env.postgresUrl(), props);
    }

    /** Creates the extension and the users table if missing. Safe to run again. */
    public void setupSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"");
            s.execute(SCHEMA);
        }
    }

    /** Inserts the seed users that are not there yet (by handle). Returns how many were added. */
    public int seedUsers() throws SQLException {
        int added = 0;
        try (Connection c = connect();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO public.users (display_name, handle, email, cognito_user_id, created_at) "
                             + "SELECT ?, ?, ?, 'MOCK', clock_timestamp() WHERE NOT EXISTS (SELECT 1 FROM public.users WHERE handle = ?)")) {
            c.setAutoCommit(false);
            for (SeedUser u : SEED_USERS) {
                insert.setString(1, u.displayName());
                insert.setString(2, u.handle());
                insert.setString(3, u.email());
                insert.setString(4, u.handle());
                added += insert.executeUpdate();
            }
            c.commit();
        }
        return added;
    }

    /** All users, oldest first (so "the first two" is stable). */
    public List<User> listUsers() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM public.users ORDER BY created_at, handle, uuid", null);
    }

    /** Every user with this handle: duplicates exist in the wild, so callers must handle more than one. */
    public List<User> findByHandle(String handle) throws SQLException {
        String h = handle == null ? "" : handle.strip().replaceFirst("^@", "");
        return query("SELECT " + COLUMNS + " FROM public.users WHERE handle = ? ORDER BY created_at, uuid", h);
    }

    /** Users whose handle or display name contains the text, case-insensitively. */
    public List<User> search(String text) throws SQLException {
        String t = text == null ? "" : text.strip().replaceFirst("^@", "");
        return query("SELECT " + COLUMNS + " FROM public.users WHERE handle ILIKE ? OR display_name ILIKE ? "
                + "ORDER BY handle, created_at LIMIT 200", "%" + t.replace("%", "\\%").replace("_", "\\_") + "%");
    }

    public List<User> findByUuid(UUID uuid) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM public.users WHERE uuid = ?")) {
            ps.setObject(1, uuid);
            return read(ps);
        }
    }

    private List<User> query(String sql, String parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                    ps.setString(i, parameter);
                }
            }
            return read(ps);
        }
    }

    private static List<User> read(PreparedStatement ps) throws SQLException {
        List<User> users = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp created = rs.getTimestamp("created_at");
                users.add(new User((UUID) rs.getObject("uuid"), rs.getString("display_name"), rs.getString("handle"),
                        rs.getString("email"), rs.getString("cognito_user_id"),
                        created == null ? null : created.toLocalDateTime()));
            }
        }
        return users;
    }
}
