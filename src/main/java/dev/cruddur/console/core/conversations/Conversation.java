package dev.cruddur.console.core.conversations;

/** An opened group: its uuid, who is in it, and the first (newest) page of messages. */
public record Conversation(String groupUuid, Participants participants, SkFilter filter, Page<MessageEntry> firstPage) {
}
