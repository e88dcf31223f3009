package dev.cruddur.console.core.env;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns the original backend's libpq-style URLs ({@code postgresql://user:pass@host:5432/db}) into a JDBC
 * URL, a user and a password kept apart, so the password never lands in the settings file.
 */
public final class PostgresUrls {

    public record Parsed(String jdbcUrl, String user, String password) {
    }

    private PostgresUrls() {
    }

    public static Parsed parse(String url) {
        if (url == null || url.isBlank()) {
            return new Parsed(null, null, null);
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return new Parsed(trimmed, null, null);
        }
        if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
            throw new IllegalArgumentException("Not a Postgres URL: " + redact(trimmed));
        }
        URI uri = URI.create(trimmed.replaceFirst("^postgres(ql)?://", "http://"));
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Parsed("jdbc:postgresql://" + uri.getHost() + ":" + port + path + query, user, password);
    }

    /** A URL safe to show or log: any password replaced. */
    public static String redact(String url) {
        return url == null ? null : url.replaceAll("(//[^:/@]+:)[^@]*@", "$1***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
