package dev.cruddur.console.core.dynamo;

import java.util.List;

/**
 * What the Tables tab and {@code list-tables} show of a table.
 *
 * @param itemCount DynamoDB's own count: live on DynamoDB Local, refreshed about every six hours on AWS
 */
public record TableSummary(
        String name,
        String status,
        String keySchema,
        List<String> indexes,
        String billingMode,
        Long readCapacity,
        Long writeCapacity,
        String stream,
        long itemCount,
        long sizeBytes) {

    public String capacity() {
        return readCapacity == null ? "on demand" : readCapacity + " RCU / " + writeCapacity + " WCU";
    }
}
