package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.model.CruddurItems;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.core.users.User;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the flags of one page's rows and messages, caching per page what it asks (newest message of a
 * group, the group's rows, Postgres users) and counting those extra queries for the stats line.
 */
final class EntryChecks {

    private static final List<String> GROUP_ATTRIBUTES = List.of(Keys.MESSAGE_GROUP_UUID, "message", "user_uuid",
            "user_display_name", "user_handle");
    private static final List<String> MESSAGE_ATTRIBUTES = List.of("message_uuid", "message", "user_uuid",
            "user_display_name", "user_handle");

    private final ConversationService service;
    private final Map<String, Optional<String>> newest = new HashMap<>();
    private final Map<String, List<String>> rowOwners = new HashMap<>();
    private final Map<String, Optional<User>> people = new HashMap<>();
    private String postgresProblem;
    private int queries;
    private double capacity;

    EntryChecks(ConversationService service) {
        this.service = service;
    }

    int queries() {
        return queries;
    }

    double capacity() {
        return capacity;
    }

    void count(ConversationService.Loaded loaded) {
        queries++;
        capacity += loaded.capacity();
    }

    GroupEntry group(Map<String, AttributeValue> item) {
        SortKeyTime.Parsed time = SortKeyTime.parse(CruddurItems.str(item, Keys.SK));
        List<Flag> flags = new ArrayList<>();
        GroupRow row = CruddurItems.groupRow(item).orElse(null);
        if (row == null) {
            flags.add(new Flag(Flag.Kind.FOREIGN, "foreign item", "Not a group row of the contract (its pk does not "
                    + "start with GRP# or it has no sk); shown as stored, never rewritten."));
            return new GroupEntry(item, null, time, null, null, flags);
        }
        timeFlag(time).ifPresent(flags::add);
        missing(item, GROUP_ATTRIBUTES).ifPresent(flags::add);
        String newestSk = null;
        User other = null;
        if (row.messageGroupUuid() != null) {
            newestSk = newestMessageSk(row.messageGroupUuid());
            if (newestSk == null) {
                flags.add(new Flag(Flag.Kind.EMPTY_GROUP, "no messages", "MSG#" + row.messageGroupUuid()
                        + " holds no messages: this row points at an empty or deleted conversation."));
            } else if (isLater(newestSk, row.sk())) {
                flags.add(new Flag(Flag.Kind.STALE, "stale", "The group's newest message (sk " + newestSk
                        + ") is later than this row's sk " + row.sk() + ": the group update (pattern E) did not run, "
                        + "so the preview and the order are out of date."));
            }
            if (row.otherUuid() != null && !row.otherUuid().isEmpty()
                    && !ownersOf(row.messageGroupUuid()).contains(Keys.groupPk(row.otherUuid()))) {
                flags.add(new Flag(Flag.Kind.NO_COUNTERPART, "one-sided", "The other participant has no row for "
                        + "this group (GRP#" + row.otherUuid() + " holds no row with this message_group_uuid, per the "
                        + "index " + Keys.GROUP_INDEX + "), so the conversation is missing from their list."));
            }
        }
        if (row.otherUuid() != null && !row.otherUuid().isEmpty()) {
            other = person(row.otherUuid()).orElse(null);
            if (other == null) {
                flags.add(notInPostgres("The other participant " + label(row.otherHandle(), row.otherUuid())));
            }
        }
        return new GroupEntry(item, row, time, newestSk, other, flags);
    }

    MessageEntry message(Map<String, AttributeValue> item, Participants participants, SkFilter filter) {
        SortKeyTime.Parsed time = SortKeyTime.parse(CruddurItems.str(item, Keys.SK));
        List<Flag> flags = new ArrayList<>();
        Message message = CruddurItems.message(item).orElse(null);
        if (message == null) {
            flags.add(new Flag(Flag.Kind.FOREIGN, "foreign item", "Not a message of the contract (its pk does not "
                    + "start with MSG# or it has no sk); shown as stored, never rewritten."));
            return new MessageEntry(item, null, time, flags);
        }
        timeFlag(time).ifPresent(flags::add);
        filter.mismatch(time).ifPresent(why -> flags.add(new Flag(Flag.Kind.OUTSIDE_FILTER, "outside filter", why)));
        missing(item, MESSAGE_ATTRIBUTES).ifPresent(flags::add);
        if (item.containsKey(Keys.MESSAGE_GROUP_UUID)) {
            flags.add(new Flag(Flag.Kind.FOREIGN, "has message_group_uuid", "Message items must not carry "
                    + "message_group_uuid: with it, the index " + Keys.GROUP_INDEX + " lists this message as a group row."));
        }
        String sender = message.senderUuid();
        if (sender != null && !participants.includes(sender)) {
            flags.add(new Flag(Flag.Kind.UNKNOWN_SENDER, "unknown sender", "The sender "
                    + label(message.senderHandle(), sender) + " is not a participant of this group according to its "
                    + "group rows."));
        }
        if (sender != null && participants.user(sender).isEmpty()) {
            String who = "The sender " + label(message.senderHandle(), sender);
            if (!participants.postgresAvailable()) {
                flags.add(new Flag(Flag.Kind.NOT_IN_POSTGRES, "not in Postgres", who + " could not be looked up: "
                        + participants.postgresProblem()));
            } else if (person(sender).isEmpty()) {
                flags.add(notInPostgres(who));
            }
        }
        return new MessageEntry(item, message, time, flags);
    }

    /** The sk of the group's newest message (one Query, newest first, Limit 1), or null when it has none. */
    String newestMessageSk(String groupUuid) {
        return newest.computeIfAbsent(groupUuid, g -> {
            ConversationService.Loaded l = service.query(null, "pk = :pk",
                    Map.of(":pk", AttributeValue.fromS(Keys.messagePk(g))), true, 1, null);
            count(l);
            return l.response().items().stream().findFirst().map(i -> CruddurItems.str(i, Keys.SK));
        }).orElse(null);
    }

    private List<String> ownersOf(String groupUuid) {
        return rowOwners.computeIfAbsent(groupUuid, g -> service.groupRowsOf(g, this).stream()
                .map(i -> CruddurItems.str(i, Keys.PK)).toList());
    }

    private Optional<User> person(String uuid) {
        if (postgresProblem != null) {
            return Optional.empty();
        }
        Optional<User> cached = people.get(uuid);
        if (cached != null) {
            return cached;
        }
        try {
            Optional<User> found = service.lookUp(uuid);
            people.put(uuid, found);
            return found;
        } catch (Exception e) {
            postgresProblem = Errors.sentence(e, service.environment());
            return Optional.empty();
        }
    }

    private Flag notInPostgres(String who) {
        if (postgresProblem != null) {
            return new Flag(Flag.Kind.NOT_IN_POSTGRES, "not in Postgres", who + " could not be looked up: "
                    + postgresProblem);
        }
        return new Flag(Flag.Kind.NOT_IN_POSTGRES, "not in Postgres", who + " has no row in the Postgres users "
                + "table, so the app cannot show or message them.");
    }

    static Optional<Flag> timeFlag(SortKeyTime.Parsed time) {
        if (!time.isFlagged()) {
            return Optional.empty();
        }
        String label = switch (time.form()) {
            case NAIVE -> "naive time";
            case NON_UTC -> "non-UTC time";
            default -> "not a time";
        };
        return Optional.of(new Flag(Flag.Kind.TIME_FORM, label, time.explanation() + " Stored sk: " + time.raw()));
    }

    private static Optional<Flag> missing(Map<String, AttributeValue> item, List<String> required) {
        List<String> absent = required.stream().filter(a -> CruddurItems.str(item, a) == null).toList();
        return absent.isEmpty() ? Optional.empty() : Optional.of(new Flag(Flag.Kind.MISSING_ATTRIBUTES,
                "missing attributes", "Lacks " + String.join(", ", absent) + " (or they are not strings); shown as "
                + "stored."));
    }

    /** Compares moments when both parse (spellings of one moment are equal), else the text as DynamoDB does. */
    static boolean isLater(String a, String b) {
        SortKeyTime.Parsed pa = SortKeyTime.parse(a);
        SortKeyTime.Parsed pb = SortKeyTime.parse(b);
        if (pa.instant() != null && pb.instant() != null) {
            return pa.instant().isAfter(pb.instant());
        }
        return a.compareTo(b) > 0;
    }

    private static String label(String handle, String uuid) {
        return (handle == null || handle.isEmpty() ? "" : "@" + handle + " ") + "(" + uuid + ")";
    }
}
