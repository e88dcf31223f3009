package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.conversations.Flag;
import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.testsupport.ConversationFixture;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.common.BackgroundTasks;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without any stage or node: only the FX thread for its properties and callbacks. */
class ConversationsViewModelTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static ConversationFixture data;
    static RecordingDialogs dialogs = new RecordingDialogs();
    static BackgroundTasks tasks;
    static ConversationsViewModel vm;

    @BeforeAll
    static void setUp() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class started the toolkit in this JVM.
        }
        data = ConversationFixture.create(servers, "vm-conversations");
        ConversationService service = new ConversationService(servers.environment().withTableName("vm-conversations"),
                servers.dynamo(), servers.users());
        tasks = new BackgroundTasks(dialogs);
        vm = new ConversationsViewModel(() -> service, tasks, dialogs, Clock.systemUTC(), ZoneOffset.UTC);
    }

    @AfterAll
    static void tearDown() {
        tasks.close();
    }

    static void fx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void userToGroupsToConversationAndOlderPages() throws Exception {
        fx(() -> vm.searchTextProperty().set("@mari"));
        fx(vm::search);
        until(() -> vm.users().size() == 1);
        fx(() -> vm.pick(vm.users().get(0)));
        until(() -> vm.groups().size() == 4);
        assertThat(vm.groups().get(0).title()).isEqualTo("Tobias Lindqvist");
        assertThat(vm.groups().get(2).flags()).extracting(Flag::label).containsExactlyInAnyOrder("stale", "one-sided");
        assertThat(vm.groupsStatsProperty().get()).startsWith("Last load: 4 items, ");

        fx(() -> vm.openGroup(vm.groups().get(0)));
        until(() -> vm.messages().size() == 50);
        var lines = SampleConversation.lines();
        assertThat(vm.messages().get(0).text()).isEqualTo(lines.get(3).text());
        assertThat(vm.messages().get(49).text()).isEqualTo(lines.get(52).text());
        assertThat(vm.messages().get(49).mine()).isEqualTo(lines.get(52).firstSpeaker());
        assertThat(vm.olderAvailableProperty().get()).isTrue();
        assertThat(vm.awsCommandProperty().get()).startsWith("aws dynamodb query --table-name vm-conversations");

        fx(vm::loadOlder);
        until(() -> vm.messages().size() == 53);
        assertThat(vm.messages().get(0).text()).isEqualTo(lines.get(0).text());
        assertThat(vm.scrollAnchorProperty().get()).isEqualTo(3);
        assertThat(vm.olderAvailableProperty().get()).isFalse();

        fx(() -> vm.showRaw(vm.messages().get(0)));
        assertThat(vm.rawTextProperty().get()).contains("message_uuid", "\"S\" : \"" + lines.get(0).text() + "\"");
        assertThat(vm.rawShownProperty().get()).isTrue();
    }

    @Test
    void filterShowsExactStringsAndBadInputIsOneSentenceInPlace() throws Exception {
        FilterModel f = vm.filter();
        fx(() -> {
            f.kindProperty().set(SkFilter.Kind.BEGINS_WITH);
            f.prefixDateProperty().set(LocalDate.of(2023, 3, 23));
            f.presetProperty().set(SkFilter.Preset.MONTH);
        });
        assertThat(f.previewProperty().get()).startsWith("Sends: begins_with(sk, \"2023-03\")");
        fx(() -> {
            f.kindProperty().set(SkFilter.Kind.BETWEEN);
            f.startDateProperty().set(LocalDate.of(2023, 3, 24));
            f.endDateProperty().set(LocalDate.of(2023, 3, 23));
        });
        assertThat(f.previewProperty().get()).endsWith("swap the start and the end.");
        assertThat(f.validProperty().get()).isFalse();
        fx(() -> f.kindProperty().set(SkFilter.Kind.NONE));

        fx(() -> vm.groupUuidTextProperty().set("not a uuid"));
        fx(vm::openTypedGroup);
        assertThat(vm.conversationHintProperty().get()).startsWith("'not a uuid' is not a message group uuid;");
        fx(() -> vm.groupUuidTextProperty().set("44444444-4444-4444-8444-444444444444"));
        fx(vm::openTypedGroup);
        until(() -> vm.conversationHintProperty().get().startsWith("Group 44444444-4444-4444-8444-444444444444 has no messages"));
        fx(() -> vm.pick(data.desmond));
        until(() -> vm.groupsHintProperty().get().startsWith("@desmond has no conversations"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void usersSharingAHandleAreAllListedWithANotice() throws Exception {
        try (Connection c = DriverManager.getConnection(servers.environment().postgresUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (display_name, handle, email, cognito_user_id) VALUES "
                    + "('Kim First', 'kim', 'kim1@example.org', 'MOCK'), ('Kim Second', 'kim', 'kim2@example.org', 'sub-2')");
        }
        fx(() -> vm.searchTextProperty().set("kim"));
        fx(vm::search);
        until(() -> vm.users().size() == 2);
        assertThat(vm.usersHintProperty().get()).isEqualTo("2 users share the handle @kim; tell them apart by uuid, "
                + "e-mail and cognito id, and pick the right one.");
        fx(() -> vm.pick(vm.users().get(1)));
        until(() -> vm.groupsHintProperty().get().contains("has no conversations"));
        assertThat(vm.groupsTitleProperty().get()).startsWith("Conversations of Kim");
    }
}
