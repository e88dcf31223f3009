package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.ui.conversations.ConversationViews.GroupView;
import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;

import java.util.Map;
import java.util.function.Function;

/** Binds conversations.fxml to the {@link ConversationsViewModel}; no logic of its own. */
public final class ConversationsController {

    private final ConversationsViewModel vm;

    @FXML private TextField searchField;
    @FXML private Button searchButton;
    @FXML private TextField groupUuidField;
    @FXML private Button openGroupButton;
    @FXML private ProgressBar progress;
    @FXML private Label taskMessage;
    @FXML private Button cancelButton;
    @FXML private TableView<User> usersTable;
    @FXML private TableColumn<User, String> handleColumn;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> emailColumn;
    @FXML private TableColumn<User, String> uuidColumn;
    @FXML private TableColumn<User, String> cognitoColumn;
    @FXML private Label usersHint;
    @FXML private Label groupsTitle;
    @FXML private ListView<GroupView> groupsList;
    @FXML private Label groupsPlaceholder;
    @FXML private Button moreGroupsButton;
    @FXML private Button rawGroupButton;
    @FXML private Label groupsHint;
    @FXML private Label groupsStats;
    @FXML private Label conversationTitle;
    @FXML private Label participantsLabel;
    @FXML private ToggleGroup filterKind;
    @FXML private RadioButton noFilterRadio;
    @FXML private RadioButton beginsRadio;
    @FXML private RadioButton betweenRadio;
    @FXML private HBox beginsBox;
    @FXML private DatePicker prefixDatePicker;
    @FXML private ChoiceBox<SkFilter.Preset> presetChoice;
    @FXML private HBox betweenBox;
    @FXML private DatePicker startDatePicker;
    @FXML private TextField startTimeField;
    @FXML private DatePicker endDatePicker;
    @FXML private TextField endTimeField;
    @FXML private Button applyFilterButton;
    @FXML private Label filterPreview;
    @FXML private Button olderButton;
    @FXML private Label conversationHint;
    @FXML private ListView<MessageView> messagesList;
    @FXML private Label messagesPlaceholder;
    @FXML private Label messageStats;
    @FXML private Button copyCommandButton;
    @FXML private Button rawMessageButton;
    @FXML private TitledPane rawPane;
    @FXML private TextArea rawArea;

    public ConversationsController(ConversationsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        var busy = vm.taskState().runningProperty();
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchButton.setOnAction(e -> vm.search());
        searchButton.disableProperty().bind(busy);
        groupUuidField.textProperty().bindBidirectional(vm.groupUuidTextProperty());
        groupUuidField.setOnAction(e -> vm.openTypedGroup());
        openGroupButton.setOnAction(e -> vm.openTypedGroup());
        openGroupButton.disableProperty().bind(busy.or(vm.groupUuidTextProperty().isEmpty()));
        progress.progressProperty().bind(vm.taskState().progressProperty());
        progress.visibleProperty().bind(busy);
        taskMessage.textProperty().bind(vm.taskState().messageProperty());
        cancelButton.visibleProperty().bind(vm.taskState().cancellableProperty());
        cancelButton.setOnAction(e -> vm.taskState().cancel());

        column(handleColumn, u -> "@" + u.handle());
        column(nameColumn, User::displayName);
        column(emailColumn, User::email);
        column(uuidColumn, u -> u.uuid().toString());
        column(cognitoColumn, User::cognitoUserId);
        usersTable.setItems(vm.users());
        usersTable.getSelectionModel().selectedItemProperty().addListener((o, was, user) -> vm.pick(user));
        usersHint.textProperty().bind(vm.usersHintProperty());

        groupsTitle.textProperty().bind(vm.groupsTitleProperty());
        groupsList.setItems(vm.groups());
        groupsList.setCellFactory(list -> new GroupCell());
        groupsList.getSelectionModel().selectedItemProperty().addListener((o, was, group) -> vm.openGroup(group));
        groupsPlaceholder.textProperty().bind(vm.groupsHintProperty());
        groupsHint.textProperty().bind(vm.groupsHintProperty());
        moreGroupsButton.setOnAction(e -> vm.loadMoreGroups());
        moreGroupsButton.disableProperty().bind(busy.or(vm.moreGroupsProperty().not()));
        rawGroupButton.setOnAction(e -> vm.showRaw(groupsList.getSelectionModel().getSelectedItem()));
        rawGroupButton.disableProperty().bind(groupsList.getSelectionModel().selectedItemProperty().isNull());
        groupsStats.textProperty().bind(vm.groupsStatsProperty());

        conversationTitle.textProperty().bind(vm.conversationTitleProperty());
        participantsLabel.textProperty().bind(vm.participantsTextProperty());
        bindFilter(busy);
        olderButton.setOnAction(e -> vm.loadOlder());
        olderButton.disableProperty().bind(busy.or(vm.olderAvailableProperty().not()));
        conversationHint.textProperty().bind(vm.conversationHintProperty());
        messagesPlaceholder.textProperty().bind(vm.conversationHintProperty());
        messagesList.setItems(vm.messages());
        messagesList.setCellFactory(list -> new BubbleCell(vm::showRaw));
        vm.scrollAnchorProperty().addListener((o, was, index) -> {
            if (index.intValue() >= 0) {
                messagesList.scrollTo(index.intValue());
                // Bubble heights are estimated until laid out; once they are, the newest must end up fully visible.
                if (index.intValue() == messagesList.getItems().size() - 1) {
                    javafx.application.Platform.runLater(this::scrollMessagesToEnd);
                }
            }
        });
        messageStats.textProperty().bind(vm.messageStatsProperty());
        copyCommandButton.disableProperty().bind(vm.awsCommandProperty().isEmpty());
        copyCommandButton.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.awsCommandProperty().getValue());
            Clipboard.getSystemClipboard().setContent(content);
        });
        rawMessageButton.setOnAction(e -> vm.showRaw(messagesList.getSelectionModel().getSelectedItem()));
        rawMessageButton.disableProperty().bind(messagesList.getSelectionModel().selectedItemProperty().isNull());
        rawPane.textProperty().bind(vm.rawTitleProperty());
        rawPane.expandedProperty().bindBidirectional(vm.rawShownProperty());
        rawArea.textProperty().bind(vm.rawTextProperty());
    }

    private void bindFilter(javafx.beans.value.ObservableBooleanValue busy) {
        FilterModel f = vm.filter();
        Map<Toggle, SkFilter.Kind> kinds = Map.of(noFilterRadio, SkFilter.Kind.NONE, beginsRadio,
                SkFilter.Kind.BEGINS_WITH, betweenRadio, SkFilter.Kind.BETWEEN);
        filterKind.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                f.kindProperty().set(kinds.get(now));
            }
        });
        f.kindProperty().addListener((o, was, now) -> kinds.forEach((t, k) -> t.setSelected(k == now)));
        beginsBox.visibleProperty().bind(f.kindProperty().isEqualTo(SkFilter.Kind.BEGINS_WITH));
        beginsBox.managedProperty().bind(beginsBox.visibleProperty());
        betweenBox.visibleProperty().bind(f.kindProperty().isEqualTo(SkFilter.Kind.BETWEEN));
        betweenBox.managedProperty().bind(betweenBox.visibleProperty());
        prefixDatePicker.valueProperty().bindBidirectional(f.prefixDateProperty());
        presetChoice.getItems().setAll(SkFilter.Preset.values());
        presetChoice.valueProperty().bindBidirectional(f.presetProperty());
        startDatePicker.valueProperty().bindBidirectional(f.startDateProperty());
        startTimeField.textProperty().bindBidirectional(f.startTimeProperty());
        endDatePicker.valueProperty().bindBidirectional(f.endDateProperty());
        endTimeField.textProperty().bindBidirectional(f.endTimeProperty());
        applyFilterButton.setOnAction(e -> vm.applyFilter());
        applyFilterButton.disableProperty().bind(f.validProperty().not().or(busy));
        filterPreview.textProperty().bind(f.previewProperty());
        filterPreview.setTooltip(new javafx.scene.control.Tooltip(f.caveat()));
    }

    private static void column(TableColumn<User, String> column, Function<User, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** A group row: other participant, flags with tooltips, preview, time. */
    private static final class GroupCell extends ListCell<GroupView> {
        @Override
        protected void updateItem(GroupView g, boolean empty) {
            super.updateItem(g, empty);
            setText(null);
            setGraphic(empty || g == null ? null : GroupCells.node(g));
        }
    }


    /** scrollTo(last) leaves the newest bubble cut off when heights were estimated; the scroll bar's end does not. */
    private void scrollMessagesToEnd() {
        messagesList.layout();
        messagesList.scrollTo(messagesList.getItems().size() - 1);
        messagesList.layout();
        for (javafx.scene.Node node : messagesList.lookupAll(".scroll-bar")) {
            if (node instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.setValue(bar.getMax());
            }
        }
    }
}
