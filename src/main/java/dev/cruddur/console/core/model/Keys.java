package dev.cruddur.console.core.model;

/** Key prefixes and names of the single-table design (see the data contract). */
public final class Keys {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String MESSAGE_GROUP_UUID = "message_group_uuid";
    public static final String GROUP_INDEX = "message-group-sk-index";
    public static final String MESSAGE_PREFIX = "MSG#";
    public static final String GROUP_PREFIX = "GRP#";

    private Keys() {
    }

    public static String messagePk(String messageGroupUuid) {
        return MESSAGE_PREFIX + messageGroupUuid;
    }

    public static String groupPk(String userUuid) {
        return GROUP_PREFIX + userUuid;
    }
}
