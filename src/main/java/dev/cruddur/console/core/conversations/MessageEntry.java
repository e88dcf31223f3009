package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.time.SortKeyTime;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * One item of a group's partition (pattern A).
 *
 * @param item    the item as stored
 * @param message the message read leniently (missing attributes are null); {@code null} for a foreign item
 * @param time    its sk parsed
 * @param flags   unknown sender, missing attributes, odd time form, outside the filter by its moment
 */
public record MessageEntry(Map<String, AttributeValue> item, Message message, SortKeyTime.Parsed time,
                           List<Flag> flags) {

    public MessageEntry {
        flags = List.copyOf(flags);
    }

    public String sk() {
        return time.raw();
    }

    public boolean has(Flag.Kind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
