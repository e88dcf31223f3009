package dev.cruddur.console.core.conversations;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * One page of a Query, in DynamoDB's order (newest first).
 *
 * @param lastEvaluatedKey where the next page starts; {@code null} when this was the last page
 */
public record Page<T>(List<T> items, Map<String, AttributeValue> lastEvaluatedKey, QueryStats stats) {

    public Page {
        items = List.copyOf(items);
        lastEvaluatedKey = lastEvaluatedKey == null || lastEvaluatedKey.isEmpty() ? null : Map.copyOf(lastEvaluatedKey);
    }

    public boolean hasMore() {
        return lastEvaluatedKey != null;
    }
}
