package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.local.Service;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.List;

/** Binds main.fxml to {@link MainViewModel}; holds no logic. */
public final class MainController {

    private final MainViewModel viewModel;
    private final EnvironmentDialog environmentDialog;
    private final List<Tab> featureTabs;

    @FXML private BorderPane root;
    @FXML private HBox prodBanner;
    @FXML private Label prodBannerLabel;
    @FXML private ComboBox<Environment> environmentSwitcher;
    @FXML private Label environmentSummary;
    @FXML private TabPane tabs;
    @FXML private HBox localServices;
    @FXML private ProgressBar statusProgress;
    @FXML private Label statusMessage;

    public MainController(MainViewModel viewModel, EnvironmentDialog environmentDialog, List<Tab> featureTabs) {
        this.viewModel = viewModel;
        this.environmentDialog = environmentDialog;
        this.featureTabs = featureTabs;
    }

    @FXML
    private void initialize() {
        prodBanner.visibleProperty().bind(viewModel.prodProperty());
        prodBanner.managedProperty().bind(viewModel.prodProperty());
        prodBannerLabel.textProperty().bind(viewModel.bannerTextProperty());
        viewModel.prodProperty().addListener((obs, was, isProd) -> {
            root.getStyleClass().remove("prod");
            if (isProd) {
                root.getStyleClass().add("prod");
            }
        });

        environmentSwitcher.setItems(viewModel.environments());
        environmentSwitcher.setCellFactory(list -> new EnvironmentCell());
        environmentSwitcher.setButtonCell(new EnvironmentCell());
        environmentSwitcher.valueProperty().bindBidirectional(viewModel.selectedProperty());
        environmentSummary.textProperty().bind(viewModel.summaryProperty());

        tabs.getTabs().setAll(featureTabs);

        localServices.visibleProperty().bind(viewModel.localStackVisibleProperty());
        localServices.managedProperty().bind(viewModel.localStackVisibleProperty());
        viewModel.services().forEach(row -> localServices.getChildren().add(serviceView(row)));

        statusProgress.visibleProperty().bind(viewModel.taskState().runningProperty());
        statusProgress.managedProperty().bind(statusProgress.visibleProperty());
        statusProgress.progressProperty().bind(viewModel.taskState().progressProperty());
        statusMessage.textProperty().bind(viewModel.taskState().messageProperty());
        // A long sentence (why the environment is not connected) is cut in the bar; the tooltip shows it whole.
        Tooltip statusTip = new Tooltip();
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(520);
        statusTip.textProperty().bind(statusMessage.textProperty());
        statusMessage.setTooltip(statusTip);
    }

    @FXML
    private void openEnvironments() {
        environmentDialog.show(root.getScene().getWindow());
    }

    private HBox serviceView(ServiceRowModel row) {
        Label name = new Label(row.label());
        name.getStyleClass().add("service-name");
        Label state = new Label();
        state.textProperty().bind(row.stateTextProperty());
        state.getStyleClass().add("service-state");
        row.stateProperty().addListener((obs, old, now) -> {
            state.getStyleClass().removeIf(c -> c.startsWith("state-"));
            state.getStyleClass().add("state-" + now.name().toLowerCase());
        });
        state.getStyleClass().add("state-" + row.stateProperty().getValue().name().toLowerCase());
        Label address = new Label();
        address.textProperty().bind(row.addressProperty());
        address.getStyleClass().add("service-address");
        Button action = new Button();
        action.textProperty().bind(row.actionTextProperty());
        action.disableProperty().bind(row.actionDisabledProperty());
        action.setOnAction(e -> viewModel.toggle(row));
        action.setId("service-" + row.service().name().toLowerCase());
        HBox box = new HBox(6, name, state, address, action);
        if (row.service() == Service.DYNAMODB) {
            box.getChildren().add(inMemoryChoice(viewModel.dynamoStorage()));
        }
        box.getStyleClass().add("service");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(row.detailProperty());
        Tooltip.install(box, tip);
        Tooltip.install(state, tip);
        return box;
    }

    private static CheckBox inMemoryChoice(DynamoStorageChoice choice) {
        CheckBox inMemory = new CheckBox("in memory");
        inMemory.setId("dynamoInMemory");
        inMemory.getStyleClass().add("service-option");
        inMemory.setMnemonicParsing(false);
        inMemory.selectedProperty().bindBidirectional(choice.inMemoryProperty());
        inMemory.disableProperty().bind(choice.disabledProperty());
        Tooltip tip = new Tooltip(DynamoStorageChoice.TOOLTIP);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        inMemory.setTooltip(tip);
        return inMemory;
    }

    private static final class EnvironmentCell extends ListCell<Environment> {
        @Override
        protected void updateItem(Environment env, boolean empty) {
            super.updateItem(env, empty);
            getStyleClass().remove("prod-item");
            if (empty || env == null) {
                setText(null);
                return;
            }
            setText(env.name() + (env.isAws() ? "  (AWS)" : ""));
            if (env.isAws()) {
                getStyleClass().add("prod-item");
            }
        }
    }
}
