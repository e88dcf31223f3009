package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the console would start each service, read from the environment as the user typed it. */
class LocalAddressesTest {

    private static Environment env(String endpoint, String jdbc) {
        return new Environment("local", endpoint, null, null, null, jdbc, null, null, null, true, true);
    }

    @Test
    void theOriginalsLocalDefaults() {
        Environment local = env("http://localhost:8000", "jdbc:postgresql://localhost:5432/cruddur");

        assertThat(LocalAddresses.dynamo(local)).isEqualTo(new LocalAddresses.Address("localhost", 8000, null));
        assertThat(LocalAddresses.postgres(local)).isEqualTo(new LocalAddresses.Address("localhost", 5432, "cruddur"));
        assertThat(LocalAddresses.postgresUser(local)).isEqualTo("postgres");
        assertThat(LocalAddresses.dynamo(local).isThisMachine()).isTrue();
    }

    @Test
    void defaultPortsParametersAndShortForms() {
        assertThat(LocalAddresses.postgres(env(null, "jdbc:postgresql://127.0.0.1/cruddur?sslmode=disable")))
                .isEqualTo(new LocalAddresses.Address("127.0.0.1", 5432, "cruddur"));
        assertThat(LocalAddresses.postgres(env(null, "jdbc:postgresql:cruddur")))
                .isEqualTo(new LocalAddresses.Address("localhost", 5432, "cruddur"));
        assertThat(LocalAddresses.dynamo(env("http://localhost", null)).port()).isEqualTo(80);
    }

    @Test
    void nothingToStartForAwsOrSeveralHosts() {
        assertThat(LocalAddresses.dynamo(env(null, null))).isNull();
        assertThat(LocalAddresses.postgres(env(null, null))).isNull();
        assertThat(LocalAddresses.postgres(env(null, "jdbc:postgresql://db1:5432,db2:5432/cruddur"))).isNull();
        assertThat(new LocalAddresses.Address("192.0.2.1", 8000, null).isThisMachine()).isFalse();
    }
}
