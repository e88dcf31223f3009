package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.model.CruddurItems;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.core.users.UserDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the Conversations tab and its command-line twin read: users from Postgres, a user's groups (pattern
 * B) and a group's messages (pattern A), a page at a time, newest first, with no implicit filter, and every
 * load's cost and equivalent {@code aws} command. Reads only; never rewrites what it finds.
 */
public final class ConversationService {

    public static final int DEFAULT_GROUP_PAGE = 20;
    public static final int DEFAULT_MESSAGE_PAGE = 50;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A Query's response with its wall time and the command that repeats it. */
    record Loaded(QueryResponse response, long millis, String command) {
        double capacity() {
            return response.consumedCapacity() == null || response.consumedCapacity().capacityUnits() == null
                    ? 0 : response.consumedCapacity().capacityUnits();
        }
    }

    private final Environment env;
    private final DynamoDbClient dynamo;
    private final UserDirectory users;

    public ConversationService(Environment env, DynamoDbClient dynamo, UserDirectory users) {
        this.env = env;
        this.dynamo = dynamo;
        this.users = users;
    }

    public Environment environment() {
        return env;
    }

    public String table() {
        return env.tableName();
    }

    // ---- users (Postgres) ----

    /** Users whose handle or display name contains the text; an empty list when none does. */
    public List<User> searchUsers(String text) throws SQLException {
        return users.search(text);
    }

    /** Every user with the handle (duplicates exist); never empty. */
    public List<User> usersWithHandle(String handle) throws SQLException {
        String h = handle == null ? "" : handle.strip().replaceFirst("^@", "");
        if (h.isEmpty()) {
            throw new NothingFoundException("No handle was given; type a handle such as marisol.");
        }
        List<User> found = users.findByHandle(h);
        if (found.isEmpty()) {
            throw new NothingFoundException("No user has the handle @" + h + " in Postgres; check the spelling or "
                    + "search by display name.");
        }
        return found;
    }

    /** The one user with the handle; when several share it, says so and carries all of them. */
    public User oneUserWithHandle(String handle) throws SQLException {
        List<User> found = usersWithHandle(handle);
        if (found.size() > 1) {
            throw new AmbiguousHandleException(found.get(0).handle(), found);
        }
        return found.get(0);
    }

    public User userByUuid(String uuidText) throws SQLException {
        UUID uuid = parseUuid(uuidText, "user");
        return users.findByUuid(uuid).stream().findFirst().orElseThrow(() -> new NothingFoundException(
                "No user has the uuid " + uuid + " in Postgres; check it or search by handle."));
    }

    // ---- pattern B ----

    public Page<GroupEntry> groups(User user, Map<String, AttributeValue> start, int pageSize) {
        return groups(user.uuid().toString(), "@" + user.handle(), start, pageSize);
    }

    /**
     * One page of the user's group rows, newest first, each checked: time form, stale (the group's newest
     * message is later than the row), counterpart row, other participant in Postgres.
     */
    public Page<GroupEntry> groups(String userUuid, String who, Map<String, AttributeValue> start, int pageSize) {
        String pk = Keys.groupPk(userUuid);
        Loaded loaded = query(null, "pk = :pk", Map.of(":pk", AttributeValue.fromS(pk)), true, pageSize, start);
        if (start == null && loaded.response().items().isEmpty()) {
            throw new NothingFoundException(who + " has no conversations in table " + table() + " (partition " + pk
                    + " is empty); pick another user, or seed a conversation.");
        }
        EntryChecks checks = new EntryChecks(this);
        List<GroupEntry> entries = new ArrayList<>();
        for (Map<String, AttributeValue> item : loaded.response().items()) {
            entries.add(checks.group(item));
        }
        return new Page<>(entries, loaded.response().lastEvaluatedKey(), stats(loaded, checks));
    }

    // ---- pattern A ----

    /** The group uuid from what was typed or pasted, or one sentence saying why it is not one. */
    public static String requireGroupUuid(String text) {
        return parseUuid(text, "message group").toString();
    }

    private static UUID parseUuid(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith(Keys.MESSAGE_PREFIX) || t.startsWith(Keys.GROUP_PREFIX)) {
            t = t.substring(4);
        }
        if (!UUID_TEXT.matcher(t).matches()) {
            throw new dev.cruddur.console.core.error.UserFacingException("'" + (text == null ? "" : text.strip())
                    + "' is not a " + what + " uuid; paste one like 5ae290ed-55d1-47a0-bc6d-fe2bc2700399.");
        }
        return UUID.fromString(t);
    }

    /** Validates the uuid, finds the participants and loads the newest page. */
    public Conversation open(String groupText, SkFilter filter, int pageSize) {
        String group = requireGroupUuid(groupText);
        Participants participants = participants(group);
        Page<MessageEntry> first = messages(group, filter, null, pageSize, participants);
        return new Conversation(group, participants, filter, first);
    }

    /**
     * One page of a group's messages, newest first (show them reversed). The first page of a group without
     * any message is an error sentence; a filter that matches nothing is just an empty page.
     */
    public Page<MessageEntry> messages(String groupUuid, SkFilter filter, Map<String, AttributeValue> start,
                                       int pageSize, Participants participants) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":pk", AttributeValue.fromS(Keys.messagePk(groupUuid)));
        filter.skValues().forEach((k, v) -> values.put(k, AttributeValue.fromS(v)));
        Loaded loaded = query(null, filter.keyCondition(), values, true, pageSize, start);
        EntryChecks checks = new EntryChecks(this);
        if (start == null && loaded.response().items().isEmpty()
                && (filter.kind() == SkFilter.Kind.NONE || checks.newestMessageSk(groupUuid) == null)) {
            throw new NothingFoundException("Group " + groupUuid + " has no messages in table " + table() + " of "
                    + env.name() + "; check the uuid, or pick the environment that holds it.");
        }
        List<MessageEntry> entries = new ArrayList<>();
        for (Map<String, AttributeValue> item : loaded.response().items()) {
            entries.add(checks.message(item, participants, filter));
        }
        return new Page<>(entries, loaded.response().lastEvaluatedKey(), stats(loaded, checks));
    }

    /**
     * The group's rows through the index (eventually consistent, so a row written a moment ago may be
     * missing) and the participants' Postgres rows. Postgres being down is not an error here: the
     * conversation still opens, participants just show as not found in Postgres.
     */
    public Participants participants(String groupUuid) {
        List<GroupRow> rows = new ArrayList<>();
        for (Map<String, AttributeValue> item : groupRowsOf(groupUuid, null)) {
            CruddurItems.groupRow(item).ifPresent(rows::add);
        }
        Map<String, User> known = new HashMap<>();
        String problem = null;
        Participants draft = new Participants(groupUuid, rows, Map.of(), null);
        for (String uuid : draft.uuids()) {
            try {
                lookUp(uuid).ifPresent(u -> known.put(uuid, u));
            } catch (Exception e) {
                problem = Errors.sentence(e, env);
                break;
            }
        }
        return new Participants(groupUuid, rows, known, problem);
    }

    java.util.Optional<User> lookUp(String uuid) throws SQLException {
        UUID parsed;
        try {
            parsed = UUID.fromString(uuid);
        } catch (IllegalArgumentException notAUuid) {
            return java.util.Optional.empty();
        }
        return users.findByUuid(parsed).stream().findFirst();
    }

    /** Every group row of a group, through the index, all pages. */
    List<Map<String, AttributeValue>> groupRowsOf(String groupUuid, EntryChecks counter) {
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Loaded l = query(Keys.GROUP_INDEX, "message_group_uuid = :g",
                    Map.of(":g", AttributeValue.fromS(groupUuid)), false, null, start);
            if (counter != null) {
                counter.count(l);
            }
            rows.addAll(l.response().items());
            start = l.response().hasLastEvaluatedKey() && !l.response().lastEvaluatedKey().isEmpty()
                    ? l.response().lastEvaluatedKey() : null;
        } while (start != null);
        return rows;
    }

    Loaded query(String index, String keyCondition, Map<String, AttributeValue> values, boolean newestFirst,
                 Integer limit, Map<String, AttributeValue> start) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(table()).keyConditionExpression(keyCondition)
                .expressionAttributeValues(values).scanIndexForward(!newestFirst)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (index != null) {
            b.indexName(index);
        }
        if (limit != null) {
            b.limit(limit);
        }
        if (start != null && !start.isEmpty()) {
            b.exclusiveStartKey(start);
        }
        long t0 = System.nanoTime();
        QueryResponse r = dynamo.query(b.build());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String command = AwsCliCommand.line(AwsCliCommand.words(env, table(), index, keyCondition, values,
                newestFirst, limit, start));
        return new Loaded(r, millis, command);
    }

    private static QueryStats stats(Loaded main, EntryChecks checks) {
        Double capacity = main.response().consumedCapacity() == null ? null
                : main.response().consumedCapacity().capacityUnits();
        return new QueryStats(main.response().count(), capacity, main.millis(), main.command(), checks.queries(),
                checks.capacity());
    }
}
