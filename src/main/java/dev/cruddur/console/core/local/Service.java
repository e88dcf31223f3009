package dev.cruddur.console.core.local;

/** The services of the local stack. */
public enum Service {
    DYNAMODB("DynamoDB Local"),
    POSTGRES("PostgreSQL");

    private final String label;

    Service(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
