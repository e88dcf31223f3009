package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.users.User;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who belongs to a group, as its group rows say (found through the index), and who of them Postgres knows.
 *
 * @param groupRows        the group's rows (one per participant when all is well)
 * @param postgresUsers    participants found in Postgres, by uuid
 * @param postgresProblem  one sentence when Postgres could not be asked, else {@code null}
 */
public record Participants(String groupUuid, List<GroupRow> groupRows, Map<String, User> postgresUsers,
                           String postgresProblem) {

    public Participants {
        groupRows = List.copyOf(groupRows);
        postgresUsers = Map.copyOf(postgresUsers);
    }

    /** Every uuid the rows name, owners and others, in the order first seen. */
    public Set<String> uuids() {
        return uuidsOf(groupRows);
    }

    private static Set<String> uuidsOf(List<GroupRow> groupRows) {
        Set<String> all = new LinkedHashSet<>();
        for (GroupRow r : groupRows) {
            if (r.ownerUuid() != null) {
                all.add(r.ownerUuid());
            }
            if (r.otherUuid() != null && !r.otherUuid().isEmpty()) {
                all.add(r.otherUuid());
            }
        }
        return java.util.Collections.unmodifiableSet(all);
    }

    /** True when the rows name this user; with no rows at all nobody can be judged unknown. */
    public boolean includes(String userUuid) {
        return groupRows.isEmpty() || uuids().contains(userUuid);
    }

    public Optional<User> user(String uuid) {
        return Optional.ofNullable(uuid == null ? null : postgresUsers.get(uuid));
    }

    public boolean postgresAvailable() {
        return postgresProblem == null;
    }
}
