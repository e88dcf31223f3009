package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.ConsoleWindow;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.EnvironmentSession;
import dev.cruddur.console.ui.common.FxDialogService;
import dev.cruddur.console.ui.common.FxmlView;
import dev.cruddur.console.ui.common.ViewLoader;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static dev.cruddur.console.ui.FxTestSupport.await;
import static dev.cruddur.console.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The Tables tab as a user drives it, against a real DynamoDB Local and a real Postgres. */
@ExtendWith(ApplicationExtension.class)
class TablesTabFlowTest {

    private static final String TABLE = "cruddur-messages";

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        tasks = new BackgroundTasks(dialogs);
        SimpleObjectProperty<EnvironmentSession> session = new SimpleObjectProperty<>(
                EnvironmentSession.open(servers.environment(), servers.secrets(), Clock.systemUTC()));
        ViewLoader loader = new ViewLoader(Map.of(TablesController.class,
                () -> new TablesController(new TablesViewModel(tasks, dialogs, session))));
        Scene scene = new Scene(loader.load(FxmlView.TABLES), 1200, 760);
        scene.getStylesheets().add(ConsoleWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void createSeedRefuseAWrongNameThenDrop(FxRobot robot) throws Exception {
        TableView<TableSummary> tables = robot.lookup("#tablesView").queryTableView();
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        await("the empty list gives a hint", () -> ((Label) tables.getPlaceholder()).getText()
                .equals("No tables yet: create " + TABLE + " with Create table."));

        robot.clickOn("#postgresButton");
        ComboBox<User> first = robot.lookup("#firstUserBox").queryComboBox();
        ComboBox<User> second = robot.lookup("#secondUserBox").queryComboBox();
        await("two users are picked for seeding", () -> first.getValue() != null && second.getValue() != null);

        robot.clickOn("#createButton");
        await("the new table is listed", () -> row(tables).isPresent());

        robot.clickOn("#seedButton");
        await("the item count shows the seeded conversation", () -> "55".equals(itemsShown(tables, robot)));
        String seeded = onFx(message::getText);
        assertThat(seeded).isEqualTo("Seeded 53 messages between @" + onFx(() -> first.getValue().handle())
                + " and @" + onFx(() -> second.getValue().handle()) + ".");

        confirmDrop(robot, "cruddur-messagez");
        await("the wrong name is refused", () -> message.getText().contains("does not match"));
        DialogPane error = awaitDialog(robot, ".error-dialog");
        assertThat(onFx(error::getHeaderText)).isEqualTo("The typed name does not match '" + TABLE + "'; nothing was dropped.");
        robot.clickOn(error.lookupButton(ButtonType.OK));
        assertThat(new TableAdmin(servers.dynamo()).exists(TABLE)).as("the table is still there").isTrue();
        assertThat(onFx(() -> row(tables).isPresent())).isTrue();

        confirmDrop(robot, TABLE);
        await("the table is gone from the list", () -> tables.getItems().isEmpty());
        assertThat(onFx(message::getText)).startsWith("Dropped " + TABLE + " from test");
        assertThat(new TableAdmin(servers.dynamo()).exists(TABLE)).isFalse();
    }

    private static void confirmDrop(FxRobot robot, String typed) throws Exception {
        robot.clickOn("#dropButton");
        DialogPane dialog = awaitDialog(robot, ".danger-dialog");
        robot.clickOn("#typedConfirmation").write(typed);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
    }

    private static DialogPane awaitDialog(FxRobot robot, String styleClass) throws Exception {
        await("a dialog " + styleClass + " shows", () -> robot.lookup(styleClass).tryQuery().isPresent());
        return robot.lookup(styleClass).query();
    }

    private static Optional<TableSummary> row(TableView<TableSummary> tables) {
        return tables.getItems().stream().filter(t -> t.name().equals(TABLE)).findFirst();
    }

    /** What the Items column shows for the table, read from the column itself. */
    @SuppressWarnings("unchecked")
    private static String itemsShown(TableView<TableSummary> tables, FxRobot robot) {
        TableColumn<TableSummary, String> items = (TableColumn<TableSummary, String>) tables.getColumns().stream()
                .filter(c -> "itemsColumn".equals(c.getId())).findFirst().orElseThrow();
        return row(tables).map(t -> items.getCellObservableValue(t).getValue()).orElse(null);
    }
}
