package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.users.User;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.List;

/** Binds tables.fxml to {@link TablesViewModel}; holds no logic. */
public final class TablesController {

    private final TablesViewModel viewModel;

    @FXML private TextField tableNameField;
    @FXML private Label usersHint;
    @FXML private TableView<TableSummary> tablesView;
    @FXML private TableColumn<TableSummary, String> nameColumn;
    @FXML private TableColumn<TableSummary, String> statusColumn;
    @FXML private TableColumn<TableSummary, String> keysColumn;
    @FXML private TableColumn<TableSummary, String> indexesColumn;
    @FXML private TableColumn<TableSummary, String> billingColumn;
    @FXML private TableColumn<TableSummary, String> streamColumn;
    @FXML private TableColumn<TableSummary, String> itemsColumn;
    @FXML private TableColumn<TableSummary, String> sizeColumn;
    @FXML private TableView<User> usersView;
    @FXML private TableColumn<User, String> uuidColumn;
    @FXML private TableColumn<User, String> handleColumn;
    @FXML private TableColumn<User, String> displayNameColumn;
    @FXML private TableColumn<User, String> emailColumn;
    @FXML private TableColumn<User, String> cognitoColumn;
    @FXML private RadioButton onDemandChoice;
    @FXML private Spinner<Integer> readSpinner;
    @FXML private Spinner<Integer> writeSpinner;
    @FXML private CheckBox streamCheck;
    @FXML private Button refreshButton;
    @FXML private Button createButton;
    @FXML private ComboBox<User> firstUserBox;
    @FXML private ComboBox<User> secondUserBox;
    @FXML private Button seedButton;
    @FXML private Label dropHint;
    @FXML private Button dropButton;
    @FXML private Label localOnlyHint;
    @FXML private Button resetButton;
    @FXML private Button postgresButton;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskMessage;
    @FXML private Button cancelButton;

    public TablesController(TablesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tableNameField.textProperty().bindBidirectional(viewModel.tableNameProperty());
        usersHint.textProperty().bind(viewModel.usersHintProperty());

        tablesView.setItems(viewModel.tables());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        tablesView.setPlaceholder(placeholder);
        TableCells.column(nameColumn, TableSummary::name);
        TableCells.column(statusColumn, TableSummary::status);
        TableCells.column(keysColumn, TableSummary::keySchema);
        TableCells.column(indexesColumn, TableHints::indexes);
        TableCells.column(billingColumn, TableHints::billing);
        TableCells.column(streamColumn, TableSummary::stream);
        List.of(nameColumn, keysColumn, indexesColumn, billingColumn, streamColumn).forEach(TableCells::wrapping);
        TableCells.column(itemsColumn, t -> String.valueOf(t.itemCount()));
        TableCells.column(sizeColumn, t -> TableHints.size(t.sizeBytes()));
        tablesView.getSelectionModel().selectedItemProperty().addListener((obs, old, table) -> {
            if (table != null) {
                viewModel.tableNameProperty().set(table.name());
            }
        });

        usersView.setItems(viewModel.users());
        Label noUsers = new Label();
        noUsers.getStyleClass().add("empty-hint");
        noUsers.setWrapText(true);
        noUsers.textProperty().bind(viewModel.usersHintProperty());
        usersView.setPlaceholder(noUsers);
        TableCells.column(uuidColumn, u -> String.valueOf(u.uuid()));
        TableCells.column(handleColumn, u -> "@" + u.handle());
        TableCells.column(displayNameColumn, User::displayName);
        TableCells.column(emailColumn, User::email);
        TableCells.column(cognitoColumn, User::cognitoUserId);

        onDemandChoice.selectedProperty().bindBidirectional(viewModel.onDemandProperty());
        readSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 40_000));
        writeSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 40_000));
        readSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.readCapacityProperty());
        writeSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.writeCapacityProperty());
        readSpinner.disableProperty().bind(viewModel.onDemandProperty());
        writeSpinner.disableProperty().bind(viewModel.onDemandProperty());
        streamCheck.selectedProperty().bindBidirectional(viewModel.streamProperty());

        for (ComboBox<User> box : List.of(firstUserBox, secondUserBox)) {
            box.setItems(viewModel.users());
            box.setConverter(new TableCells.UserNames());
            box.setButtonCell(new TableCells.PromptingCell(box.getPromptText()));
        }
        firstUserBox.valueProperty().bindBidirectional(viewModel.firstUserProperty());
        secondUserBox.valueProperty().bindBidirectional(viewModel.secondUserProperty());

        refreshButton.disableProperty().bind(viewModel.createDisabledProperty());
        createButton.disableProperty().bind(viewModel.createDisabledProperty());
        seedButton.disableProperty().bind(viewModel.destructiveDisabledProperty());
        dropButton.disableProperty().bind(viewModel.destructiveDisabledProperty());
        dropHint.textProperty().bind(viewModel.dropHintProperty());
        localOnlyHint.textProperty().bind(viewModel.localOnlyHintProperty());
        resetButton.disableProperty().bind(viewModel.localOnlyDisabledProperty());
        postgresButton.disableProperty().bind(viewModel.localOnlyDisabledProperty());
        resetButton.setTooltip(TableCells.tooltip(viewModel.localOnlyHintProperty()));
        postgresButton.setTooltip(TableCells.tooltip(viewModel.localOnlyHintProperty()));

        taskProgress.visibleProperty().bind(viewModel.taskState().runningProperty());
        taskProgress.managedProperty().bind(taskProgress.visibleProperty());
        taskProgress.progressProperty().bind(viewModel.taskState().progressProperty());
        taskMessage.textProperty().bind(viewModel.statusLineProperty());
        cancelButton.visibleProperty().bind(viewModel.taskState().runningProperty());
        cancelButton.disableProperty().bind(viewModel.taskState().cancellableProperty().not());
    }

    @FXML private void refresh() {
        viewModel.refresh();
    }

    @FXML private void create() {
        viewModel.create();
    }

    @FXML private void seed() {
        viewModel.seed();
    }

    @FXML private void drop() {
        viewModel.drop();
    }

    @FXML private void resetLocal() {
        viewModel.resetLocal();
    }

    @FXML private void setupPostgres() {
        viewModel.setupPostgres();
    }

    @FXML private void cancel() {
        viewModel.cancel();
    }
}
