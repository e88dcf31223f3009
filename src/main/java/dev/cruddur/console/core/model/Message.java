package dev.cruddur.console.core.model;

/** A message item: {@code pk = MSG#<group>}, {@code sk} = creation time. Carries no message_group_uuid. */
public record Message(
        String messageGroupUuid,
        String sk,
        String messageUuid,
        String text,
        String senderUuid,
        String senderDisplayName,
        String senderHandle) {
}
