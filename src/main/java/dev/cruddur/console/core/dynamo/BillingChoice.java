package dev.cruddur.console.core.dynamo;

/** How a new messages table is billed: the original's provisioned 5/5, or on demand. */
public record BillingChoice(boolean onDemand, long readCapacity, long writeCapacity) {

    public static final BillingChoice ORIGINAL = provisioned(5, 5);
    public static final BillingChoice ON_DEMAND = new BillingChoice(true, 0, 0);

    public static BillingChoice provisioned(long read, long write) {
        if (read < 1 || write < 1) {
            throw new IllegalArgumentException("Provisioned capacity must be at least 1 read and 1 write unit.");
        }
        return new BillingChoice(false, read, write);
    }
}
