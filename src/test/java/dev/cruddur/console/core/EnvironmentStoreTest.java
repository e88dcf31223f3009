package dev.cruddur.console.core;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvironmentStoreTest {

    @TempDir
    Path home;

    @Test
    void defaultsComeFromTheOriginalBackendsVariables() {
        Secrets secrets = new Secrets();
        EnvironmentStore store = new EnvironmentStore(AppDirs.under(home), Map.of(
                "AWS_ENDPOINT_URL", "http://localhost:8123",
                "CONNECTION_URL", "postgresql://postgres:s3cret@localhost:5433/cruddur",
                "PROD_CONNECTION_URL", "postgresql://admin:prodpass@db.example.org:5432/cruddur",
                "AWS_COGNITO_USER_POOL_ID", "us-east-1_abc",
                "DDB_MESSAGE_TABLE", "other-messages",
                "AWS_DEFAULT_REGION", "eu-west-1"), secrets);
        Environment local = store.require("local");
        assertThat(local.dynamoEndpoint()).isEqualTo("http://localhost:8123");
        assertThat(local.postgresUrl()).isEqualTo("jdbc:postgresql://localhost:5433/cruddur");
        assertThat(local.postgresUser()).isEqualTo("postgres");
        assertThat(local.tableName()).isEqualTo("other-messages");
        assertThat(local.region()).isEqualTo("eu-west-1");
        assertThat(local.isAws()).isFalse();
        Environment prod = store.require("prod");
        assertThat(prod.isAws()).isTrue();
        assertThat(prod.allowsDestructiveActions()).isFalse();
        assertThat(prod.postgresUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/cruddur");
        assertThat(prod.cognitoUserPoolId()).isEqualTo("us-east-1_abc");
        assertThat(secrets.postgresPassword("prod")).contains("prodpass");
    }

    @Test
    void withoutVariablesLocalIsTheOriginalsLocalStack() {
        Environment local = new EnvironmentStore(AppDirs.under(home), Map.of(), new Secrets()).require("local");
        assertThat(local.dynamoEndpoint()).isEqualTo("http://localhost:8000");
        assertThat(local.postgresUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cruddur");
        assertThat(local.tableName()).isEqualTo("cruddur-messages");
        assertThat(local.managedLocalStack()).isTrue();
    }

    @Test
    void profilesAndTheSelectionSurviveARestartWithoutAnyPassword() throws Exception {
        Map<String, String> vars = Map.of("PROD_CONNECTION_URL", "postgresql://admin:prodpass@db.example.org:5432/cruddur");
        EnvironmentStore store = new EnvironmentStore(AppDirs.under(home), vars, new Secrets());
        store.put(new Environment("staging", null, "eu-central-1", "staging-sso", "msgs", "jdbc:postgresql://staging/cruddur",
                "app", "pool", null, false, false));
        store.select("staging");
        EnvironmentStore again = new EnvironmentStore(AppDirs.under(home), vars, new Secrets());
        assertThat(again.selected().name()).isEqualTo("staging");
        assertThat(again.selected().awsProfile()).isEqualTo("staging-sso");
        String saved = Files.readString(home.resolve("config/environments.json"));
        assertThat(saved).contains("staging-sso").doesNotContain("prodpass").doesNotContain("password");
    }

    @Test
    void builtInsCannotBeRemovedAndUnknownNamesAreExplained() {
        EnvironmentStore store = new EnvironmentStore(AppDirs.under(home), Map.of(), new Secrets());
        assertThatThrownBy(() -> store.remove("prod")).hasMessage("The built-in environment 'prod' cannot be removed; edit its settings instead.");
        assertThatThrownBy(() -> store.require("qa")).hasMessage("There is no environment named 'qa'; known: local, prod.");
    }
}
