package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.users.User;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

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
        column(nameColumn, TableSummary::name);
        column(statusColumn, TableSummary::status);
        column(keysColumn, TableSummary::keySchema);
        column(indexesColumn, TableHints::indexes);
        column(billingColumn, TableHints::billing);
        column(streamColumn, TableSummary::stream);
        List.of(nameColumn, keysColumn, indexesColumn, billingColumn, streamColumn).forEach(TablesController::wrapping);
        column(itemsColumn, t -> String.valueOf(t.itemCount()));
        column(sizeColumn, t -> TableHints.size(t.sizeBytes()));
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
        column(uuidColumn, u -> String.valueOf(u.uuid()));
        column(handleColumn, u -> "@" + u.handle());
        column(displayNameColumn, User::displayName);
        column(emailColumn, User::email);
        column(cognitoColumn, User::cognitoUserId);

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
            box.setConverter(new UserNames());
            box.setButtonCell(new PromptingCell(box.getPromptText()));
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
        resetButton.setTooltip(tooltip(viewModel.localOnlyHintProperty()));
        postgresButton.setTooltip(tooltip(viewModel.localOnlyHintProperty()));

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

    private static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** Long texts (index definitions) wrap inside their column instead of being cut off. */
    private static <S> void wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
    }

    private static Tooltip tooltip(javafx.beans.value.ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }

    /** Shows the prompt again when the value is cleared (the stock button cell forgets it). */
    private static final class PromptingCell extends ListCell<User> {
        private final String prompt;

        PromptingCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(User user, boolean empty) {
            super.updateItem(user, empty);
            setText(empty || user == null ? prompt : new UserNames().toString(user));
        }
    }

    private static final class UserNames extends StringConverter<User> {
        @Override
        public String toString(User user) {
            return user == null ? "" : "@" + user.handle() + " · " + user.displayName();
        }

        @Override
        public User fromString(String text) {
            return null;
        }
    }
}
