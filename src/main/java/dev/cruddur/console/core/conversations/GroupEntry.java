package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.core.users.User;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * One row of a user's groups (pattern B) with what the console found out about it.
 *
 * @param item             the item as stored
 * @param row              the row read leniently; {@code null} when the item is not a group row at all
 * @param time             its sk parsed
 * @param newestMessageSk  sk of the group's newest message, {@code null} when the group has none
 * @param otherUser        the other participant in Postgres, {@code null} when not found or not checked
 * @param flags            what is wrong with it, each with a tooltip sentence
 */
public record GroupEntry(Map<String, AttributeValue> item, GroupRow row, SortKeyTime.Parsed time,
                         String newestMessageSk, User otherUser, List<Flag> flags) {

    public GroupEntry {
        flags = List.copyOf(flags);
    }

    public String groupUuid() {
        return row == null ? null : row.messageGroupUuid();
    }

    public boolean has(Flag.Kind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
