package dev.cruddur.console.core.env;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Postgres passwords per environment, held in memory only. Filled from the backend's variables at start
 * and from the password prompt; never written to disk or logs.
 */
public final class Secrets {

    private final Map<String, char[]> postgresPasswords = new ConcurrentHashMap<>();

    public Optional<String> postgresPassword(String environmentName) {
        char[] p = postgresPasswords.get(environmentName);
        return p == null ? Optional.empty() : Optional.of(new String(p));
    }

    public void setPostgresPassword(String environmentName, String password) {
        if (password == null) {
            postgresPasswords.remove(environmentName);
        } else {
            postgresPasswords.put(environmentName, password.toCharArray());
        }
    }

    @Override
    public String toString() {
        return "Secrets[" + postgresPasswords.size() + " held]";
    }
}
