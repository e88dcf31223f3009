package dev.cruddur.console.core.dynamo;

import dev.cruddur.console.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Duration;

/** Builds DynamoDB clients for an environment. Credentials always come from the SDK's standard chain. */
public final class DynamoClients {

    private DynamoClients() {
    }

    public static DynamoDbClient create(Environment env) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(env.region()))
                .credentialsProvider(credentials(env))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(env.isAws() ? 10 : 3))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        // Fail fast on a dead local endpoint instead of retrying for a minute.
                        .retryStrategy(env.isAws() ? RetryMode.STANDARD : RetryMode.LEGACY)
                        .build());
        if (!env.isAws()) {
            builder.endpointOverride(URI.create(env.dynamoEndpoint()));
        }
        return builder.build();
    }

    /**
     * A profile if the environment names one; otherwise the default chain. DynamoDB Local accepts any key,
     * so a local endpoint without a profile gets fixed dummy credentials and works on a machine with no
     * AWS set-up at all.
     */
    static AwsCredentialsProvider credentials(Environment env) {
        if (env.awsProfile() != null) {
            return ProfileCredentialsProvider.create(env.awsProfile());
        }
        if (!env.isAws()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
