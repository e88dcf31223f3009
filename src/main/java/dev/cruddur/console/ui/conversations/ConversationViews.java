package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.Flag;
import dev.cruddur.console.core.conversations.GroupEntry;
import dev.cruddur.console.core.conversations.MessageEntry;
import dev.cruddur.console.core.conversations.Page;
import dev.cruddur.console.core.conversations.Participants;
import dev.cruddur.console.core.conversations.RawItem;
import dev.cruddur.console.core.conversations.TimeDisplay;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.users.User;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the cells show, worked out off the FX thread from the core's entries: plain immutable values, no
 * nodes. The mapping is pure so it can be tested and timed on its own.
 */
public final class ConversationViews {

    private ConversationViews() {
    }

    /** A group row as a list entry. */
    public record GroupView(GroupEntry entry, String title, String handle, String preview, String time,
                            String relative, List<Flag> flags) {
        public String groupUuid() {
            return entry.groupUuid();
        }

        public Map<String, AttributeValue> item() {
            return entry.item();
        }
    }

    /**
     * A message as a chat bubble.
     *
     * @param mine true for the picked user's messages (drawn on the right)
     */
    public record MessageView(MessageEntry entry, boolean mine, String sender, String time, String text,
                              List<Flag> flags) {
        public Map<String, AttributeValue> item() {
            return entry.item();
        }

        public String flagsText() {
            return flags.stream().map(Flag::label).collect(Collectors.joining(" · "));
        }

        public String flagsTooltip() {
            return flags.stream().map(f -> f.label() + ": " + f.tooltip()).collect(Collectors.joining("\n"));
        }
    }

    public static GroupView group(GroupEntry e, ZoneId zone, Instant now) {
        GroupRow r = e.row();
        if (r == null) {
            return new GroupView(e, "Foreign item", "", RawItem.compactJson(e.item()), TimeDisplay.local(e.time(), zone),
                    TimeDisplay.relative(e.time(), now), e.flags());
        }
        User other = e.otherUser();
        String name = other != null ? other.displayName() : orDash(r.otherDisplayName());
        String handle = "@" + (other != null ? other.handle() : orDash(r.otherHandle()));
        String preview = r.lastMessage() == null ? "(no preview)" : r.lastMessage().replaceAll("\\s+", " ");
        return new GroupView(e, name, handle, preview, TimeDisplay.local(e.time(), zone),
                TimeDisplay.relative(e.time(), now), e.flags());
    }

    public static MessageView message(MessageEntry e, String viewerUuid, ZoneId zone) {
        Message m = e.message();
        if (m == null) {
            return new MessageView(e, false, "foreign item", TimeDisplay.local(e.time(), zone),
                    RawItem.compactJson(e.item()), e.flags());
        }
        String sender = m.senderHandle() == null || m.senderHandle().isEmpty()
                ? (m.senderUuid() == null ? "(unknown sender)" : m.senderUuid()) : "@" + m.senderHandle();
        return new MessageView(e, viewerUuid != null && viewerUuid.equals(m.senderUuid()), sender,
                TimeDisplay.local(e.time(), zone), m.text() == null ? "(no text)" : m.text(), e.flags());
    }

    /** A page (newest first, as DynamoDB returns it) as bubbles, oldest first. */
    public static List<MessageView> oldestFirst(Page<MessageEntry> page, String viewerUuid, ZoneId zone) {
        List<MessageView> views = new ArrayList<>(page.items().size());
        for (MessageEntry e : page.items()) {
            views.add(message(e, viewerUuid, zone));
        }
        Collections.reverse(views);
        return views;
    }

    /** One line naming who is in the group, as Postgres knows them. */
    public static String participants(Participants p) {
        if (p.groupRows().isEmpty()) {
            return "No group rows name this group (the index lists none); senders are shown as stored.";
        }
        String names = p.uuids().stream()
                .map(u -> p.user(u).map(User::label).orElse(u + (p.postgresAvailable() ? " (not in Postgres)" : "")))
                .collect(Collectors.joining(" and "));
        return p.postgresAvailable() ? names : names + ". Postgres could not be asked: " + p.postgresProblem();
    }

    /** Whose side is "mine": the picked user when they are in the group, else the first participant. */
    public static String viewer(Participants p, User picked) {
        if (picked != null && p.uuids().contains(picked.uuid().toString())) {
            return picked.uuid().toString();
        }
        return p.groupRows().stream().map(GroupRow::ownerUuid).filter(Objects::nonNull).sorted().findFirst()
                .orElse(picked == null ? null : picked.uuid().toString());
    }

    /** Raw item text: every attribute with its type, then the DynamoDB JSON. */
    public static String raw(Map<String, AttributeValue> item) {
        StringBuilder b = new StringBuilder();
        for (RawItem.Attribute a : RawItem.attributes(item)) {
            b.append(String.format("%-20s %-5s %s%n", a.name(), a.type(), a.value()));
        }
        return b.append('\n').append(RawItem.json(item)).toString();
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
