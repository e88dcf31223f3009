package dev.cruddur.console.cli.commands;

import dev.cruddur.console.cli.Cli;
import dev.cruddur.console.cli.CliArgs;
import dev.cruddur.console.cli.CliCommand;
import dev.cruddur.console.cli.CliContext;
import dev.cruddur.console.cli.CliUsageException;
import dev.cruddur.console.core.conversations.AmbiguousHandleException;
import dev.cruddur.console.core.conversations.Conversation;
import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.conversations.Flag;
import dev.cruddur.console.core.conversations.GroupEntry;
import dev.cruddur.console.core.conversations.MessageEntry;
import dev.cruddur.console.core.conversations.Page;
import dev.cruddur.console.core.conversations.QueryStats;
import dev.cruddur.console.core.conversations.RawItem;
import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.conversations.TimeDisplay;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.users.User;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The original's two pattern scripts, without their current-year filter and 20-item limit:
 * list-conversations (pattern B) and get-conversation (pattern A). Both page through everything.
 */
public final class ConversationCommands {

    private ConversationCommands() {
    }

    public static List<CliCommand> all() {
        return List.of(
                TableCommands.command("list-conversations", "list-conversations --handle HANDLE [--user UUID] "
                        + "[--page-size N] [--zone ZONE]   a user's conversations, newest first, with flags",
                        ConversationCommands::listConversations),
                new CliCommand() {
                    @Override
                    public String name() {
                        return "get-conversation";
                    }

                    @Override
                    public String usage() {
                        return "get-conversation --group UUID [--begins-with PREFIX | --between START END] "
                                + "[--page-size N] [--zone ZONE]   a conversation, oldest first";
                    }

                    @Override
                    public Map<String, Integer> optionArity() {
                        return Map.of("between", 2);
                    }

                    @Override
                    public int run(CliContext context, CliArgs args) throws Exception {
                        return getConversation(context, args);
                    }
                });
    }

    private static ConversationService service(CliContext c) {
        return new ConversationService(c.environment(), c.dynamo(), c.users());
    }

    private static int listConversations(CliContext c, CliArgs a) throws Exception {
        ConversationService service = service(c);
        ZoneId zone = zone(a);
        User user;
        if (a.option("user").isPresent()) {
            user = service.userByUuid(a.option("user").get());
        } else {
            try {
                user = service.oneUserWithHandle(a.require("handle", "with the user's handle"));
            } catch (AmbiguousHandleException e) {
                return printCandidates(c, e);
            }
        }
        List<GroupEntry> groups = new ArrayList<>();
        List<QueryStats> pages = new ArrayList<>();
        Page<GroupEntry> page = null;
        do {
            page = service.groups(user, page == null ? null : page.lastEvaluatedKey(), pageSize(a, ConversationService.DEFAULT_GROUP_PAGE));
            groups.addAll(page.items());
            pages.add(page.stats());
        } while (page.hasMore());
        if (c.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("user", user);
            out.put("table", service.table());
            out.put("groups", groups.stream().map(g -> groupJson(g, zone)).toList());
            out.put("pages", pages);
            c.printJson(out);
            return Cli.OK;
        }
        c.out().println("# Conversations of " + user.label() + " " + user.uuid() + " in " + service.table()
                + " (" + c.environment().name() + "), newest first:");
        Instant now = Instant.now();
        for (GroupEntry g : groups) {
            GroupRow r = g.row();
            if (r == null) {
                c.out().println("(foreign item) " + RawItem.compactJson(g.item()));
                continue;
            }
            c.out().printf("@%-12s %-24s %-34s %s  %s%s%n", r.otherHandle(), r.otherDisplayName(),
                    TimeDisplay.local(g.time(), zone) + " (" + TimeDisplay.relative(g.time(), now) + ")",
                    r.messageGroupUuid(), preview(r.lastMessage()), flags(g.flags()));
        }
        printPages(c, pages);
        return Cli.OK;
    }

    private static int getConversation(CliContext c, CliArgs a) throws Exception {
        ZoneId zone = zone(a);
        SkFilter filter = filter(a, zone);
        ConversationService service = service(c);
        String group = a.require("group", "with the message group uuid");
        int size = pageSize(a, ConversationService.DEFAULT_MESSAGE_PAGE);
        Conversation conversation = service.open(group, filter, size);
        List<MessageEntry> newestFirst = new ArrayList<>(conversation.firstPage().items());
        List<QueryStats> pages = new ArrayList<>(List.of(conversation.firstPage().stats()));
        Page<MessageEntry> page = conversation.firstPage();
        while (page.hasMore()) {
            page = service.messages(conversation.groupUuid(), filter, page.lastEvaluatedKey(), size,
                    conversation.participants());
            newestFirst.addAll(page.items());
            pages.add(page.stats());
        }
        List<MessageEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        if (c.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("groupUuid", conversation.groupUuid());
            out.put("table", service.table());
            out.put("filter", Map.of("condition", filter.keyCondition(), "values", filter.skValues(),
                    "description", filter.describe()));
            out.put("participants", conversation.participants().uuids().stream().map(u -> participantJson(
                    conversation, u)).toList());
            out.put("postgresProblem", conversation.participants().postgresProblem());
            out.put("messages", oldestFirst.stream().map(m -> messageJson(m, zone)).toList());
            out.put("pages", pages);
            c.printJson(out);
            return Cli.OK;
        }
        c.out().println("# Group " + conversation.groupUuid() + " in " + service.table() + " (" + c.environment().name()
                + "), " + filter.describe() + ", oldest first:");
        c.out().println("# Participants: " + conversation.participants().uuids().stream()
                .map(u -> conversation.participants().user(u).map(User::label).orElse(u + " (not in Postgres)"))
                .collect(Collectors.joining(" and ")));
        if (!conversation.participants().postgresAvailable()) {
            c.out().println("# Participants not checked in Postgres: " + conversation.participants().postgresProblem());
        }
        if (oldestFirst.isEmpty()) {
            c.out().println("# No message matches " + filter.describe() + "; widen or remove the filter.");
        }
        for (MessageEntry m : oldestFirst) {
            Message msg = m.message();
            if (msg == null) {
                c.out().println("(foreign item) " + RawItem.compactJson(m.item()));
                continue;
            }
            c.out().printf("%-13s %-24s %s%s%n", msg.senderHandle() == null ? "(no handle)" : "@" + msg.senderHandle(),
                    TimeDisplay.local(m.time(), zone), msg.text() == null ? "(no text)" : msg.text(), flags(m.flags()));
        }
        printPages(c, pages);
        return Cli.OK;
    }

    static SkFilter filter(CliArgs a, ZoneId zone) {
        boolean begins = a.option("begins-with").isPresent();
        List<String> between = a.options("between");
        if (begins && !between.isEmpty()) {
            throw new CliUsageException("Give either --begins-with or --between, not both.");
        }
        if (begins) {
            return SkFilter.beginsWith(a.option("begins-with").get());
        }
        if (!between.isEmpty()) {
            if (between.size() != 2) {
                throw new CliUsageException("--between takes exactly two values, START and END, once.");
            }
            return SkFilter.between(between.get(0), between.get(1), zone);
        }
        return SkFilter.none();
    }

    private static int printCandidates(CliContext c, AmbiguousHandleException e) throws Exception {
        if (c.json()) {
            c.printJson(Map.of("error", e.getMessage(), "candidates", e.candidates()));
        } else {
            for (User u : e.candidates()) {
                c.err().println("  --user " + u.uuid() + "  @" + u.handle() + "  " + u.displayName() + "  " + u.email()
                        + "  cognito: " + u.cognitoUserId() + "  created: " + u.createdAt());
            }
        }
        c.err().println(e.getMessage().replace("; choose one of them by uuid.",
                "; run again with --user UUID to choose one of them."));
        return Cli.FAILED;
    }

    private static void printPages(CliContext c, List<QueryStats> pages) {
        double rcu = pages.stream().mapToDouble(p -> p.capacityUnits() == null ? 0 : p.capacityUnits()).sum();
        long ms = pages.stream().mapToLong(QueryStats::millis).sum();
        int items = pages.stream().mapToInt(QueryStats::items).sum();
        c.out().println("# " + items + " item(s) in " + pages.size() + " page(s), " + rcu + " RCU, " + ms + " ms. "
                + "First page: " + pages.get(0).awsCommand());
    }

    private static Map<String, Object> groupJson(GroupEntry g, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sk", g.time().raw());
        m.put("timeForm", g.time().form());
        m.put("localTime", TimeDisplay.local(g.time(), zone));
        m.put("row", g.row());
        m.put("newestMessageSk", g.newestMessageSk());
        m.put("otherInPostgres", g.otherUser() != null);
        m.put("flags", g.flags());
        if (g.row() == null) {
            m.put("raw", RawItem.dynamoJson(g.item()));
        }
        return m;
    }

    private static Map<String, Object> messageJson(MessageEntry e, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sk", e.time().raw());
        m.put("timeForm", e.time().form());
        m.put("localTime", TimeDisplay.local(e.time(), zone));
        Message msg = e.message();
        if (msg != null) {
            m.put("messageUuid", msg.messageUuid());
            m.put("senderUuid", msg.senderUuid());
            m.put("senderHandle", msg.senderHandle());
            m.put("senderDisplayName", msg.senderDisplayName());
            m.put("text", msg.text());
        } else {
            m.put("raw", RawItem.dynamoJson(e.item()));
        }
        m.put("flags", e.flags());
        return m;
    }

    private static Map<String, Object> participantJson(Conversation c, String uuid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uuid", uuid);
        c.participants().user(uuid).ifPresentOrElse(u -> {
            m.put("handle", u.handle());
            m.put("displayName", u.displayName());
            m.put("inPostgres", true);
        }, () -> m.put("inPostgres", false));
        return m;
    }

    private static String flags(List<Flag> flags) {
        return flags.isEmpty() ? "" : "  [" + flags.stream().map(Flag::label).collect(Collectors.joining(", ")) + "]";
    }

    private static String preview(String text) {
        String t = text == null ? "(no text)" : text.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }

    private static ZoneId zone(CliArgs a) {
        String z = a.option("zone").orElse(null);
        try {
            return z == null ? ZoneId.systemDefault() : ZoneId.of(z);
        } catch (DateTimeException e) {
            throw new CliUsageException("--zone takes a zone such as UTC or Europe/Berlin, not '" + z + "'.");
        }
    }

    private static int pageSize(CliArgs a, int fallback) {
        String v = a.option("page-size").orElse(null);
        try {
            int n = v == null ? fallback : Integer.parseInt(v);
            if (n < 1 || n > 1000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliUsageException("--page-size takes a whole number from 1 to 1000, not '" + v + "'.");
        }
    }
}
