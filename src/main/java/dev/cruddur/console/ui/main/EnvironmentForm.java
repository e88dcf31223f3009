package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Collection;

/**
 * The state behind the Environments dialog: every field of an {@link Environment} as text, plus the
 * Postgres password, which is handed to Secrets and never becomes part of the environment.
 */
public final class EnvironmentForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty dynamoEndpoint = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty(Environment.DEFAULT_REGION);
    private final StringProperty awsProfile = new SimpleStringProperty("");
    private final StringProperty tableName = new SimpleStringProperty(Environment.DEFAULT_TABLE);
    private final StringProperty postgresUrl = new SimpleStringProperty("");
    private final StringProperty postgresUser = new SimpleStringProperty("");
    private final StringProperty postgresPassword = new SimpleStringProperty("");
    private final StringProperty cognitoUserPoolId = new SimpleStringProperty("");
    private final StringProperty cognitoEndpoint = new SimpleStringProperty("");
    private final BooleanProperty managedLocalStack = new SimpleBooleanProperty(false);
    private final BooleanProperty writable = new SimpleBooleanProperty(false);
    private final BooleanProperty editingExisting = new SimpleBooleanProperty(false);
    private final BooleanBinding aws = Bindings.createBooleanBinding(
            () -> dynamoEndpoint.get() == null || dynamoEndpoint.get().isBlank(), dynamoEndpoint);
    private final BooleanBinding writableAws = aws.and(writable);

    /** Fills the form to edit {@code env}; the name stays fixed because it is the environment's key. */
    public void edit(Environment env) {
        editingExisting.set(true);
        name.set(env.name());
        dynamoEndpoint.set(text(env.dynamoEndpoint()));
        region.set(text(env.region()));
        awsProfile.set(text(env.awsProfile()));
        tableName.set(text(env.tableName()));
        postgresUrl.set(text(env.postgresUrl()));
        postgresUser.set(text(env.postgresUser()));
        postgresPassword.set("");
        cognitoUserPoolId.set(text(env.cognitoUserPoolId()));
        cognitoEndpoint.set(text(env.cognitoEndpoint()));
        managedLocalStack.set(env.managedLocalStack());
        writable.set(env.writable());
    }

    /** Starts a new profile from a copy of {@code template} (usually the active environment). */
    public void newFrom(Environment template) {
        edit(template);
        editingExisting.set(false);
        name.set("");
    }

    /** The environment the form describes, or a one-sentence reason why it is not valid. */
    public Environment toEnvironment(Collection<String> existingNames) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            throw new UserFacingException("Give the environment a name; it is what the switcher shows.");
        }
        if (!editingExisting.get() && existingNames.contains(n)) {
            throw new UserFacingException("An environment named '" + n + "' exists already; pick another name or edit that one.");
        }
        String url = postgresUrl.get() == null ? "" : postgresUrl.get().strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql://")) {
            throw new UserFacingException("The Postgres URL must look like jdbc:postgresql://host:5432/cruddur "
                    + "(without the password, which has its own field).");
        }
        boolean isAws = aws.get();
        return new Environment(n, dynamoEndpoint.get(), region.get(), awsProfile.get(), tableName.get(), url,
                postgresUser.get(), cognitoUserPoolId.get(), cognitoEndpoint.get(),
                !isAws && managedLocalStack.get(), writable.get());
    }

    /** The password typed in the dialog, or null when the field was left empty (keep the one held). */
    public String password() {
        String p = postgresPassword.get();
        return p == null || p.isEmpty() ? null : p;
    }

    public String warningText() {
        return "This environment talks to AWS. Writable allows dropping tables and seeding there "
                + "(each drop still needs the table name typed).";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty dynamoEndpointProperty() {
        return dynamoEndpoint;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty awsProfileProperty() {
        return awsProfile;
    }

    public StringProperty tableNameProperty() {
        return tableName;
    }

    public StringProperty postgresUrlProperty() {
        return postgresUrl;
    }

    public StringProperty postgresUserProperty() {
        return postgresUser;
    }

    public StringProperty postgresPasswordProperty() {
        return postgresPassword;
    }

    public StringProperty cognitoUserPoolIdProperty() {
        return cognitoUserPoolId;
    }

    public StringProperty cognitoEndpointProperty() {
        return cognitoEndpoint;
    }

    public BooleanProperty managedLocalStackProperty() {
        return managedLocalStack;
    }

    public BooleanProperty writableProperty() {
        return writable;
    }

    public BooleanProperty editingExistingProperty() {
        return editingExisting;
    }

    public BooleanBinding awsProperty() {
        return aws;
    }

    /** True when the AWS warning must show: an AWS environment marked writable. */
    public BooleanBinding writableAwsProperty() {
        return writableAws;
    }
}
