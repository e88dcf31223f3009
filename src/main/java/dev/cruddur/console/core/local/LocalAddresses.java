package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;

/** Where the local services of an environment should listen, read from its DynamoDB endpoint and JDBC URL. */
final class LocalAddresses {

    static final int DEFAULT_POSTGRES_PORT = 5432;
    static final String DEFAULT_POSTGRES_USER = "postgres";

    /** A host and port, plus the Postgres database name where there is one. */
    record Address(String host, int port, String database) {

        /** True when the address is this machine, so the console can start the service there. */
        boolean isThisMachine() {
            try {
                InetAddress a = InetAddress.getByName(host);
                return a.isLoopbackAddress() || a.isAnyLocalAddress() || NetworkInterface.getByInetAddress(a) != null;
            } catch (UnknownHostException | SocketException e) {
                return false;
            }
        }
    }

    private LocalAddresses() {
    }

    /** The DynamoDB endpoint's host and port, or null when the environment uses AWS or the URL is unusable. */
    static Address dynamo(Environment env) {
        if (env.dynamoEndpoint() == null) {
            return null;
        }
        try {
            URI uri = URI.create(env.dynamoEndpoint());
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return new Address(uri.getHost(), port, null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Host, port and database of the JDBC URL, or null when there is none or it names several hosts. */
    static Address postgres(Environment env) {
        String url = env.postgresUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return null;
        }
        String rest = url.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("//")) {
            // jdbc:postgresql:dbname means localhost on the default port.
            return rest.isBlank() ? null : new Address("localhost", DEFAULT_POSTGRES_PORT, rest);
        }
        try {
            URI uri = URI.create("postgresql:" + rest);
            if (uri.getHost() == null) {
                return null;
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new Address(uri.getHost(), uri.getPort() >= 0 ? uri.getPort() : DEFAULT_POSTGRES_PORT,
                    path.isBlank() ? DEFAULT_POSTGRES_USER : path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String postgresUser(Environment env) {
        return env.postgresUser() == null ? DEFAULT_POSTGRES_USER : env.postgresUser();
    }
}
