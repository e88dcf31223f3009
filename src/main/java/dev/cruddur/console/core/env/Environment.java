package dev.cruddur.console.core.env;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/**
 * One place the console can point at: a DynamoDB endpoint (none means AWS itself), a Postgres
 * database and a Cognito pool. Holds no secrets; those live in {@link Secrets}, in memory only.
 *
 * @param name              unique, shown in the switcher
 * @param dynamoEndpoint    e.g. {@code http://localhost:8000}; {@code null} or blank means AWS
 * @param region            AWS region, also used for DynamoDB Local (which ignores it with -sharedDb)
 * @param awsProfile        profile from the SDK's own config files (SSO profiles included); blank = default chain
 * @param tableName         the messages table
 * @param postgresUrl       JDBC URL, without password
 * @param postgresUser      Postgres user name
 * @param cognitoUserPoolId Cognito user pool id
 * @param cognitoEndpoint   endpoint override for a local Cognito; blank = AWS
 * @param managedLocalStack true when the console may start DynamoDB Local and Postgres for this environment
 * @param writable          destructive actions allowed against AWS (still with typed confirmation)
 */
public record Environment(
        String name,
        String dynamoEndpoint,
        String region,
        String awsProfile,
        String tableName,
        String postgresUrl,
        String postgresUser,
        String cognitoUserPoolId,
        String cognitoEndpoint,
        boolean managedLocalStack,
        boolean writable) {

    public static final String DEFAULT_TABLE = "cruddur-messages";
    public static final String DEFAULT_REGION = "us-east-1";

    public Environment {
        Objects.requireNonNull(name, "name");
        dynamoEndpoint = blankToNull(dynamoEndpoint);
        region = blankToNull(region) == null ? DEFAULT_REGION : region.trim();
        awsProfile = blankToNull(awsProfile);
        tableName = blankToNull(tableName) == null ? DEFAULT_TABLE : tableName.trim();
        postgresUrl = blankToNull(postgresUrl);
        postgresUser = blankToNull(postgresUser);
        cognitoUserPoolId = blankToNull(cognitoUserPoolId);
        cognitoEndpoint = blankToNull(cognitoEndpoint);
    }

    /** True when DynamoDB calls go to AWS itself: the dangerous case the window must announce. */
    @JsonIgnore
    public boolean isAws() {
        return dynamoEndpoint == null;
    }

    /** Destructive table actions are refused against AWS unless the environment was marked writable. */
    @JsonIgnore
    public boolean allowsDestructiveActions() {
        return !isAws() || writable;
    }

    public Environment withTableName(String table) {
        return new Environment(name, dynamoEndpoint, region, awsProfile, table, postgresUrl, postgresUser,
                cognitoUserPoolId, cognitoEndpoint, managedLocalStack, writable);
    }

    public Environment withDynamoEndpoint(String endpoint) {
        return new Environment(name, endpoint, region, awsProfile, tableName, postgresUrl, postgresUser,
                cognitoUserPoolId, cognitoEndpoint, managedLocalStack, writable);
    }

    public Environment withPostgres(String url, String user) {
        return new Environment(name, dynamoEndpoint, region, awsProfile, tableName, url, user,
                cognitoUserPoolId, cognitoEndpoint, managedLocalStack, writable);
    }

    public Environment withWritable(boolean isWritable) {
        return new Environment(name, dynamoEndpoint, region, awsProfile, tableName, postgresUrl, postgresUser,
                cognitoUserPoolId, cognitoEndpoint, managedLocalStack, isWritable);
    }

    public Environment withName(String newName) {
        return new Environment(newName, dynamoEndpoint, region, awsProfile, tableName, postgresUrl, postgresUser,
                cognitoUserPoolId, cognitoEndpoint, managedLocalStack, writable);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
