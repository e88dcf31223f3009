package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.testsupport.ConversationFixture;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.FxmlView;
import dev.cruddur.console.ui.common.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The tab alone in a stage, driven headless the way an operator would use it. */
@ExtendWith(ApplicationExtension.class)
class ConversationsTabTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static ConversationFixture data;
    static BackgroundTasks tasks;
    ConversationsViewModel vm;

    @BeforeAll
    static void seed() throws Exception {
        data = ConversationFixture.create(servers, "ui-conversations");
        tasks = new BackgroundTasks(new RecordingDialogs());
    }

    @AfterAll
    static void tearDown() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        ConversationService service = new ConversationService(servers.environment().withTableName("ui-conversations"),
                servers.dynamo(), servers.users());
        vm = new ConversationsViewModel(() -> service, tasks, new RecordingDialogs(), Clock.systemUTC(), ZoneOffset.UTC);
        Map<Class<?>, Supplier<?>> controllers = Map.of(ConversationsController.class, () -> new ConversationsController(vm));
        Parent root = new ViewLoader(controllers).load(FxmlView.CONVERSATIONS);
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void pickTheSeededUserOpenTheGroupLoadOlderAndNarrowWithBetween(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("marisol");
        robot.clickOn("#searchButton");
        until(() -> !robot.lookup("@marisol").queryAll().isEmpty());
        robot.clickOn("@marisol");

        until(() -> robot.lookup(".group-name").queryAll().size() == 4);
        assertThat(robot.lookup(".group-name").queryAllAs(Label.class)).extracting(Label::getText)
                .startsWith("Tobias Lindqvist");
        assertThat(robot.lookup(".flag-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("stale", "one-sided", "not in Postgres", "non-UTC time")
                .allSatisfy(text -> assertThat(text).isNotBlank());
        robot.clickOn("Tobias Lindqvist");

        ListView<ConversationViews.MessageView> messages = robot.lookup("#messagesList").queryListView();
        until(() -> messages.getItems().size() == 50);
        List<SampleConversation.Line> lines = SampleConversation.lines();
        assertThat(messages.getItems()).extracting(ConversationViews.MessageView::text)
                .containsExactlyElementsOf(lines.subList(3, 53).stream().map(SampleConversation.Line::text).toList());
        until(() -> !robot.lookup(".bubble-text").queryAll().isEmpty());
        assertThat(robot.lookup(".bubble-header").queryAllAs(Text.class)).extracting(Text::getText)
                .anySatisfy(t -> assertThat(t).startsWith("@marisol").endsWith(" UTC"))
                .anySatisfy(t -> assertThat(t).startsWith("@tobias"));
        assertThat(robot.lookup("#messageStats").queryAs(Label.class).getText()).startsWith("Last load: 50 items");

        robot.clickOn("#olderButton");
        until(() -> messages.getItems().size() == 53);
        assertThat(messages.getItems().get(0).text()).isEqualTo(lines.get(0).text());
        VirtualFlow<?> flow = (VirtualFlow<?>) messages.lookup(".virtual-flow");
        until(() -> flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getIndex() == 3);

        // Messages 10 to 19 of the seed, by whole minutes in UTC (the view model's zone here).
        Instant first = SortKeyTime.parse(data.seedFirstSk).instant();
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        robot.clickOn("between");
        robot.interact(() -> {
            robot.lookup("#startDatePicker").queryAs(DatePicker.class).setValue(first.plusSeconds(600).atZone(ZoneOffset.UTC).toLocalDate());
            robot.lookup("#endDatePicker").queryAs(DatePicker.class).setValue(first.plusSeconds(1140).atZone(ZoneOffset.UTC).toLocalDate());
        });
        robot.doubleClickOn("#startTimeField").eraseText(5).write(hhmm.format(first.plusSeconds(600)));
        robot.doubleClickOn("#endTimeField").eraseText(5).write(hhmm.format(first.plusSeconds(1140)));
        assertThat(robot.lookup("#filterPreview").queryAs(Label.class).getText()).startsWith("Sends: sk BETWEEN \"");
        robot.clickOn("#applyFilterButton");
        until(() -> messages.getItems().size() == 10);
        assertThat(messages.getItems()).extracting(ConversationViews.MessageView::text)
                .containsExactlyElementsOf(lines.subList(10, 20).stream().map(SampleConversation.Line::text).toList());
        assertThat(robot.lookup("#groupUuidField").queryAs(TextField.class).getText()).isEmpty();
    }
}
