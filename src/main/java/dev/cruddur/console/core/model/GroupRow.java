package dev.cruddur.console.core.model;

/**
 * A message group row, one per participant: {@code pk = GRP#<owner>}, {@code sk} = time of the last message,
 * and the OTHER participant's identity.
 */
public record GroupRow(
        String ownerUuid,
        String sk,
        String messageGroupUuid,
        String lastMessage,
        String otherUuid,
        String otherDisplayName,
        String otherHandle) {
}
