package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.core.users.UserDirectory;
import dev.cruddur.console.testsupport.ConversationFixture;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationServiceTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static ConversationFixture data;
    static ConversationService service;

    @BeforeAll
    static void setUp() throws Exception {
        data = ConversationFixture.create(servers, "conversations");
        service = new ConversationService(servers.environment().withTableName("conversations"), servers.dynamo(),
                servers.users());
    }

    @Test
    void patternBPagesThroughEveryGroupNewestFirst() {
        List<String> groups = new ArrayList<>();
        Page<GroupEntry> page = null;
        int pages = 0;
        do {
            page = service.groups(data.marisol, page == null ? null : page.lastEvaluatedKey(), 3);
            page.items().forEach(g -> groups.add(g.groupUuid()));
            pages++;
        } while (page.hasMore());
        assertThat(groups).containsExactly(data.seedGroup, data.ghostGroup, data.staleGroup, data.oddGroup);
        assertThat(pages).isEqualTo(2);
        assertThat(service.groups(data.marisol, null, 20).stats().awsCommand())
                .contains("--no-scan-index-forward", "\"Limit\":20", "GRP#" + data.marisol.uuid(), "--endpoint-url");
    }

    @Test
    void cleanSeedRowHasNoFlagsAndShowsTheOtherParticipant() {
        GroupEntry seed = service.groups(data.marisol, null, 1).items().get(0);
        assertThat(seed.flags()).isEmpty();
        assertThat(seed.otherUser()).isEqualTo(data.tobias);
        assertThat(seed.row().lastMessage()).isEqualTo(SampleConversation.lines().get(52).text());
    }

    @Test
    void staleRowsMissingCounterpartsGhostsAndOddTimesAreFlagged() {
        Map<String, GroupEntry> byGroup = new java.util.HashMap<>();
        service.groups(data.marisol, null, 20).items().forEach(g -> byGroup.put(g.groupUuid(), g));
        GroupEntry stale = byGroup.get(data.staleGroup);
        assertThat(stale.newestMessageSk()).isEqualTo(data.staleNewestSk);
        assertThat(stale.flags()).extracting(Flag::kind).containsExactlyInAnyOrder(Flag.Kind.STALE, Flag.Kind.NO_COUNTERPART);
        assertThat(stale.flags()).allSatisfy(f -> assertThat(f.tooltip()).isNotBlank());
        GroupEntry ghost = byGroup.get(data.ghostGroup);
        assertThat(ghost.flags()).extracting(Flag::kind).containsExactly(Flag.Kind.NOT_IN_POSTGRES);
        assertThat(byGroup.get(data.oddGroup).flags()).extracting(Flag::label).containsExactly("non-UTC time");
    }

    @Test
    void patternAPagesAcrossBoundariesAndReadsOldestToNewest() {
        Participants who = service.participants(data.seedGroup);
        assertThat(who.uuids()).containsExactlyInAnyOrder(data.marisol.uuid().toString(), data.tobias.uuid().toString());
        List<MessageEntry> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Page<MessageEntry> page = null;
        do {
            page = service.messages(data.seedGroup, SkFilter.none(), page == null ? null : page.lastEvaluatedKey(), 20, who);
            all.addAll(page.items());
            sizes.add(page.items().size());
        } while (page.hasMore());
        assertThat(sizes).containsExactly(20, 20, 13);
        Collections.reverse(all);
        assertThat(all).extracting(m -> m.message().text())
                .containsExactlyElementsOf(SampleConversation.lines().stream().map(SampleConversation.Line::text).toList());
        assertThat(all).allSatisfy(m -> assertThat(m.flags()).isEmpty());
        assertThat(all.get(0).message().senderHandle()).isEqualTo("marisol");
    }

    @Test
    void beginsWithAndBetweenFindEverySpellingAtTheirEdges() {
        Participants who = service.participants(data.oddGroup);
        assertThat(texts(SkFilter.beginsWith("2023"), who)).hasSize(9);
        assertThat(texts(SkFilter.beginsWith("2022"), who)).containsExactly("2022-12-31T23:59:59.999999+00:00");
        assertThat(texts(SkFilter.beginsWith("2023-03-23"), who)).hasSize(7);
        assertThat(texts(SkFilter.between("2023-03-23T09:55:00Z", "2023-03-23T09:55:59Z", ZoneOffset.UTC), who))
                .containsExactly("2023-03-23T09:55:59.043952+00:00", "2023-03-23T09:55:59.043951",
                        "2023-03-23T09:55:59+00:00", "2023-03-23T09:55:59");
        assertThat(texts(SkFilter.between("2022-12-31T23:59", "2023-01-01T00:00", ZoneOffset.UTC), who))
                .containsExactly("2023-01-01T00:00:00+00:00", "2022-12-31T23:59:59.999999+00:00");
        Page<MessageEntry> plusTwo = service.messages(data.oddGroup, SkFilter.beginsWith("2023-03-24"), null, 50, who);
        assertThat(plusTwo.items()).singleElement().satisfies(m ->
                assertThat(m.flags()).extracting(Flag::kind).contains(Flag.Kind.OUTSIDE_FILTER, Flag.Kind.TIME_FORM));
        Page<MessageEntry> none = service.messages(data.oddGroup, SkFilter.beginsWith("2024"), null, 50, who);
        assertThat(none.items()).isEmpty();
        assertThat(none.stats().awsCommand()).contains("begins_with(sk, :prefix)", "{\"S\":\"2024\"}");
    }

    private static List<String> texts(SkFilter filter, Participants who) {
        return service.messages(data.oddGroup, filter, null, 50, who).items().stream().map(MessageEntry::sk).toList();
    }

    @Test
    void unknownSendersAndMissingAttributesAreReturnedAsSuch() {
        Conversation c = service.open(data.staleGroup, SkFilter.none(), 50);
        List<MessageEntry> items = c.firstPage().items();
        assertThat(items).hasSize(4);
        assertThat(items.get(2).flags()).extracting(Flag::kind).containsExactly(Flag.Kind.UNKNOWN_SENDER);
        MessageEntry bare = items.get(1);
        assertThat(bare.message().text()).isEqualTo("A message without sender attributes.");
        assertThat(bare.flags()).extracting(Flag::kind).containsExactly(Flag.Kind.MISSING_ATTRIBUTES);
        assertThat(RawItem.attributes(bare.item())).extracting(RawItem.Attribute::name, RawItem.Attribute::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pk", "S"), org.assertj.core.groups.Tuple.tuple("sk", "S"),
                        org.assertj.core.groups.Tuple.tuple("message", "S"));
        assertThat(RawItem.json(bare.item())).contains("\"message\" : {", "\"S\" : \"A message without sender attributes.\"");
        assertThat(c.firstPage().stats().capacityUnits()).isNotNull();
        assertThat(c.firstPage().stats().items()).isEqualTo(4);
    }

    @Test
    void badInputEndsInOneSentence() throws Exception {
        assertThatThrownBy(() -> service.usersWithHandle("nobody")).isInstanceOf(NothingFoundException.class)
                .hasMessage("No user has the handle @nobody in Postgres; check the spelling or search by display name.");
        assertThatThrownBy(() -> service.open("not-a-uuid", SkFilter.none(), 50)).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("'not-a-uuid' is not a message group uuid;");
        assertThatThrownBy(() -> service.open("44444444-4444-4444-8444-444444444444", SkFilter.beginsWith("2023"), 50))
                .isInstanceOf(NothingFoundException.class)
                .hasMessageStartingWith("Group 44444444-4444-4444-8444-444444444444 has no messages in table conversations");
        assertThatThrownBy(() -> service.groups(data.desmond, null, 20)).isInstanceOf(NothingFoundException.class)
                .hasMessage("@desmond has no conversations in table conversations (partition GRP#" + data.desmond.uuid()
                        + " is empty); pick another user, or seed a conversation.");
        try (Connection c = DriverManager.getConnection(servers.environment().postgresUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (display_name, handle, email, cognito_user_id) VALUES "
                    + "('Sam One', 'sam', 'sam1@example.org', 'MOCK'), ('Sam Two', 'sam', 'sam2@example.org', 'MOCK')");
        }
        assertThatThrownBy(() -> service.oneUserWithHandle("@sam")).isInstanceOfSatisfying(AmbiguousHandleException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo("2 users in Postgres share the handle @sam; choose one of them by uuid.");
                    assertThat(e.candidates()).extracting(u -> u.displayName()).containsExactlyInAnyOrder("Sam One", "Sam Two");
                });
        assertThat(service.usersWithHandle("sam")).hasSize(2);
    }

    @Test
    void postgresDownStillOpensTheConversationWithParticipantsNotFound() throws Exception {
        var down = servers.environment().withTableName("conversations")
                .withPostgres("jdbc:postgresql://localhost:" + LocalServers.freePort() + "/cruddur", "postgres");
        ConversationService noPostgres = new ConversationService(down, servers.dynamo(),
                new UserDirectory(down, servers.secrets()));
        Conversation c = noPostgres.open(data.seedGroup, SkFilter.none(), 50);
        assertThat(c.participants().postgresAvailable()).isFalse();
        assertThat(c.participants().postgresProblem()).startsWith("Nothing answers at jdbc:postgresql://localhost:");
        assertThat(c.firstPage().items()).hasSize(50).allSatisfy(m ->
                assertThat(m.flags()).extracting(Flag::kind).containsExactly(Flag.Kind.NOT_IN_POSTGRES));
        assertThatThrownBy(() -> noPostgres.searchUsers("mar")).isInstanceOf(java.sql.SQLException.class);
    }
}
