package dev.cruddur.console.core.model;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between DynamoDB items and the model. Reading is lenient: an item that is not a well-formed
 * message or group row comes back empty, so callers show it raw instead of crashing on it.
 */
public final class CruddurItems {

    private CruddurItems() {
    }

    public static Map<String, AttributeValue> toItem(Message m) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(Keys.PK, s(Keys.messagePk(m.messageGroupUuid())));
        item.put(Keys.SK, s(m.sk()));
        item.put("message_uuid", s(m.messageUuid()));
        item.put("message", s(m.text()));
        item.put("user_uuid", s(m.senderUuid()));
        item.put("user_display_name", s(m.senderDisplayName()));
        item.put("user_handle", s(m.senderHandle()));
        return item;
    }

    public static Map<String, AttributeValue> toItem(GroupRow g) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(Keys.PK, s(Keys.groupPk(g.ownerUuid())));
        item.put(Keys.SK, s(g.sk()));
        item.put(Keys.MESSAGE_GROUP_UUID, s(g.messageGroupUuid()));
        item.put("message", s(g.lastMessage()));
        item.put("user_uuid", s(g.otherUuid()));
        item.put("user_display_name", s(g.otherDisplayName()));
        item.put("user_handle", s(g.otherHandle()));
        return item;
    }

    public static Optional<Message> message(Map<String, AttributeValue> item) {
        String pk = str(item, Keys.PK);
        String sk = str(item, Keys.SK);
        if (pk == null || !pk.startsWith(Keys.MESSAGE_PREFIX) || sk == null) {
            return Optional.empty();
        }
        return Optional.of(new Message(pk.substring(Keys.MESSAGE_PREFIX.length()), sk, str(item, "message_uuid"),
                str(item, "message"), str(item, "user_uuid"), str(item, "user_display_name"), str(item, "user_handle")));
    }

    public static Optional<GroupRow> groupRow(Map<String, AttributeValue> item) {
        String pk = str(item, Keys.PK);
        String sk = str(item, Keys.SK);
        if (pk == null || !pk.startsWith(Keys.GROUP_PREFIX) || sk == null) {
            return Optional.empty();
        }
        return Optional.of(new GroupRow(pk.substring(Keys.GROUP_PREFIX.length()), sk, str(item, Keys.MESSAGE_GROUP_UUID),
                str(item, "message"), str(item, "user_uuid"), str(item, "user_display_name"), str(item, "user_handle")));
    }

    /** The string value of an attribute, or null when it is absent or not a string. */
    public static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value == null ? "" : value);
    }
}
