package dev.cruddur.console.core.error;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.task.CancelledException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns what the SDK, JDBC and the JVM throw into one sentence saying what is wrong and what to do.
 * Both front ends use it, so the GUI dialog and the command line say the same thing.
 */
public final class Errors {

    private Errors() {
    }

    public static UserFacingException explain(Throwable t, Environment env) {
        Throwable root = unwrap(t);
        if (root instanceof UserFacingException u) {
            return u;
        }
        return new UserFacingException(sentence(root, env), root);
    }

    /** The sentence alone, for a status line. */
    public static String sentence(Throwable t, Environment env) {
        Throwable root = unwrap(t);
        if (root instanceof UserFacingException || root instanceof CancelledException) {
            return root.getMessage();
        }
        String where = env == null ? "the server" : describeDynamo(env);
        if (root instanceof ResourceNotFoundException) {
            return "The table does not exist in " + where + " (it may have been deleted meanwhile); refresh the table list.";
        }
        if (root instanceof ResourceInUseException) {
            return "The table is busy being created or deleted, or already exists; wait a moment, refresh and try again.";
        }
        if (root instanceof AwsServiceException ase) {
            String code = ase.awsErrorDetails() == null ? "" : ase.awsErrorDetails().errorCode();
            String detail = ase.awsErrorDetails() == null ? ase.getMessage() : ase.awsErrorDetails().errorMessage();
            if ("UnrecognizedClientException".equals(code) || "InvalidSignatureException".equals(code)
                    || "ExpiredTokenException".equals(code) || "AccessDeniedException".equals(code)) {
                return "AWS refused the credentials (" + code + "); sign in again (for SSO: aws sso login) or pick another profile.";
            }
            return "DynamoDB rejected the request: " + stripPeriod(detail) + ".";
        }
        if (root instanceof SdkClientException sce) {
            String m = String.valueOf(sce.getMessage());
            if (m.contains("credentials") || m.contains("Credentials")) {
                return "No AWS credentials were found for " + where + "; run 'aws configure' or 'aws sso login', "
                        + "or set AWS_PROFILE, then try again.";
            }
            if (hasCause(sce, ConnectException.class) || hasCause(sce, UnknownHostException.class)
                    || hasCause(sce, SocketTimeoutException.class) || m.contains("Unable to execute HTTP request")) {
                return "Nothing answers at " + where + "; start the local stack or check the environment's endpoint.";
            }
            return "Could not reach DynamoDB at " + where + ": " + stripPeriod(m) + ".";
        }
        if (root instanceof SQLException sql) {
            return postgresSentence(sql, env);
        }
        if (root instanceof IllegalArgumentException || root instanceof IllegalStateException) {
            return root.getMessage();
        }
        return "Something went wrong (" + root.getClass().getSimpleName() + "): " + stripPeriod(String.valueOf(root.getMessage()))
                + ". The details below say more.";
    }

    static String postgresSentence(SQLException sql, Environment env) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String url = env == null || env.postgresUrl() == null ? "the Postgres URL" : env.postgresUrl();
        if (state.equals("28P01") || state.equals("28000")) {
            return "Postgres at " + url + " refused the user or password; check them in the environment settings.";
        }
        if (state.startsWith("08")) {
            return "Nothing answers at " + url + "; start the local stack or check the environment's Postgres URL.";
        }
        if (state.equals("3D000")) {
            return "The database in " + url + " does not exist; run the Postgres setup (db-setup) or fix the URL.";
        }
        if (state.equals("42P01")) {
            return "Postgres has no users table yet; run the Postgres setup (db-setup) first.";
        }
        return "Postgres answered with an error: " + stripPeriod(String.valueOf(sql.getMessage())) + ".";
    }

    private static String describeDynamo(Environment env) {
        return env.isAws() ? "AWS DynamoDB (" + env.region() + ")" : env.dynamoEndpoint();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.util.concurrent.CompletionException
                || cur instanceof java.util.concurrent.ExecutionException
                || cur instanceof java.lang.reflect.InvocationTargetException)
                && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static String stripPeriod(String s) {
        String trimmed = s == null ? "" : s.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
