package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.env.EnvironmentStore;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The "Environments…" dialog: pick an environment to edit or start a new profile from the active one.
 * A view over {@link EnvironmentForm}; saving goes through {@link MainViewModel#saveEnvironment}.
 */
public final class EnvironmentDialog {

    private final MainViewModel viewModel;
    private final EnvironmentForm form = new EnvironmentForm();

    public EnvironmentDialog(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Environments");
        dialog.setHeaderText("Add a named profile or edit one. Passwords stay in memory only.");
        dialog.getDialogPane().getStyleClass().add("environment-dialog");
        dialog.getDialogPane().getStylesheets().add(
                EnvironmentDialog.class.getResource("/styles/console.css").toExternalForm());
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        ComboBox<Environment> pick = new ComboBox<>(viewModel.environments());
        pick.setId("environmentToEdit");
        pick.setConverter(names());
        Button fresh = new Button("New profile");
        fresh.setId("newEnvironment");
        Button remove = new Button("Remove…");
        remove.setId("removeEnvironment");
        // The built-in local and prod stay; the store refuses them anyway, with a sentence.
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> pick.getValue() == null
                || List.of(EnvironmentStore.LOCAL, EnvironmentStore.PROD).contains(pick.getValue().name()),
                pick.valueProperty()));
        remove.setOnAction(e -> viewModel.removeEnvironment(pick.getValue()));
        // Once removed, the profile leaves the list: show the active environment instead.
        ListChangeListener<Environment> removed = change -> {
            if (pick.getValue() == null || !viewModel.environments().contains(pick.getValue())) {
                pick.setValue(viewModel.activeProperty().get());
            }
        };
        viewModel.environments().addListener(removed);
        dialog.setOnHidden(e -> viewModel.environments().removeListener(removed));
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        pick.valueProperty().addListener((obs, old, env) -> {
            if (env != null) {
                form.edit(env);
                error.setText("");
            }
        });
        fresh.setOnAction(e -> {
            form.newFrom(viewModel.activeProperty().get());
            pick.getSelectionModel().clearSelection();
            error.setText("");
        });
        pick.setValue(viewModel.activeProperty().get());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        TextField name = field(grid, row++, "Name", form.nameProperty(), "envName");
        name.disableProperty().bind(form.editingExistingProperty());
        field(grid, row++, "DynamoDB endpoint", form.dynamoEndpointProperty(), "envEndpoint")
                .setPromptText("empty = AWS itself; http://localhost:8000 = DynamoDB Local");
        field(grid, row++, "Region", form.regionProperty(), "envRegion");
        field(grid, row++, "AWS profile", form.awsProfileProperty(), "envProfile").setPromptText("empty = default chain");
        field(grid, row++, "Messages table", form.tableNameProperty(), "envTable");
        field(grid, row++, "Postgres JDBC URL", form.postgresUrlProperty(), "envPostgresUrl")
                .setPromptText("jdbc:postgresql://localhost:5432/cruddur");
        field(grid, row++, "Postgres user", form.postgresUserProperty(), "envPostgresUser");
        PasswordField password = new PasswordField();
        password.setId("envPostgresPassword");
        password.setPromptText("kept in memory only; empty = keep the current one");
        password.textProperty().bindBidirectional(form.postgresPasswordProperty());
        grid.addRow(row++, new Label("Postgres password"), password);
        field(grid, row++, "Cognito user pool id", form.cognitoUserPoolIdProperty(), "envPool");
        field(grid, row++, "Cognito endpoint", form.cognitoEndpointProperty(), "envCognitoEndpoint")
                .setPromptText("empty = AWS");
        CheckBox managed = check(grid, row++, "The console may start DynamoDB Local and Postgres",
                form.managedLocalStackProperty(), "envManaged");
        managed.disableProperty().bind(form.awsProperty());
        check(grid, row++, "Writable (allow destructive actions against AWS)", form.writableProperty(), "envWritable");

        Label warning = new Label(form.warningText());
        warning.getStyleClass().add("prod-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(form.writableAwsProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMinHeight(Region.USE_PREF_SIZE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        // The dialog does not grow by itself when the warning or an error appears.
        warning.visibleProperty().addListener((obs, was, now) -> fit(dialog));
        error.textProperty().addListener((obs, was, now) -> fit(dialog));

        HBox chooser = new HBox(8, new Label("Edit"), pick, fresh, remove);
        chooser.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, chooser, grid, warning, error);
        content.getStyleClass().add("environment-form");
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                List<String> names = viewModel.environments().stream().map(Environment::name).toList();
                viewModel.saveEnvironment(form.toEnvironment(names), form.password());
            } catch (UserFacingException invalid) {
                error.setText(invalid.getMessage());
                e.consume();
            }
        });
        dialog.show();
    }

    private static void fit(Dialog<?> dialog) {
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static TextField field(GridPane grid, int row, String label, StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(32);
        grid.addRow(row, new Label(label), field);
        return field;
    }

    private static CheckBox check(GridPane grid, int row, String text, BooleanProperty property, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        grid.add(box, 1, row);
        return box;
    }

    private static StringConverter<Environment> names() {
        return new StringConverter<>() {
            @Override
            public String toString(Environment env) {
                return env == null ? "" : env.name();
            }

            @Override
            public Environment fromString(String s) {
                return null;
            }
        };
    }
}
