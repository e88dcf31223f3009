package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.Conversation;
import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.conversations.GroupEntry;
import dev.cruddur.console.core.conversations.MessageEntry;
import dev.cruddur.console.core.conversations.NothingFoundException;
import dev.cruddur.console.core.conversations.Page;
import dev.cruddur.console.core.conversations.Participants;
import dev.cruddur.console.core.conversations.QueryStats;
import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.DialogService;
import dev.cruddur.console.ui.common.TaskState;
import dev.cruddur.console.ui.conversations.ConversationViews.GroupView;
import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State and logic of the Conversations tab: pick a user, page through their groups, open a group (or any
 * group by uuid), page back through its messages with an optional sort-key filter, look at raw items.
 * Never touches a node; all I/O runs through {@link BackgroundTasks}.
 */
public final class ConversationsViewModel {

    private final Supplier<ConversationService> services;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final TaskState taskState = new TaskState();
    private final FilterModel filter;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty usersHint = new SimpleStringProperty(
            "Search Postgres users by handle or display name, or open a group by its uuid.");
    private final ObjectProperty<User> pickedUser = new SimpleObjectProperty<>();

    private final ObservableList<GroupView> groups = FXCollections.observableArrayList();
    private final StringProperty groupsTitle = new SimpleStringProperty("Conversations");
    private final StringProperty groupsHint = new SimpleStringProperty("Pick a user to see their conversations.");
    private final StringProperty groupsStats = new SimpleStringProperty("");
    private final BooleanProperty moreGroups = new SimpleBooleanProperty(false);
    private Map<String, AttributeValue> nextGroupsKey;

    private final StringProperty groupUuidText = new SimpleStringProperty("");
    private final ObservableList<MessageView> messages = FXCollections.observableArrayList();
    private final StringProperty conversationTitle = new SimpleStringProperty("No conversation open");
    private final StringProperty participantsText = new SimpleStringProperty("");
    private final StringProperty conversationHint = new SimpleStringProperty(
            "Pick a conversation on the left, or paste a group uuid above and press Open.");
    private final StringProperty messageStats = new SimpleStringProperty("");
    private final StringProperty awsCommand = new SimpleStringProperty("");
    private final BooleanProperty olderAvailable = new SimpleBooleanProperty(false);
    private final IntegerProperty scrollAnchor = new SimpleIntegerProperty(-1);
    private final StringProperty rawTitle = new SimpleStringProperty("Raw item");
    private final StringProperty rawText = new SimpleStringProperty("Choose a message or a group row, then Raw item.");
    private final BooleanProperty rawShown = new SimpleBooleanProperty(false);

    private String openGroupUuid;
    private Participants participants;
    private SkFilter activeFilter = SkFilter.none();
    private String viewerUuid;
    private Map<String, AttributeValue> olderKey;
    /** Counts opens, so a slow earlier open that finishes last cannot replace the conversation picked after it. */
    private long opens;

    public ConversationsViewModel(Supplier<ConversationService> services, BackgroundTasks tasks, DialogService dialogs,
                                  Clock clock, ZoneId zone) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        this.filter = new FilterModel(zone);
    }

    /** The active environment's service, or null (after saying why) while no environment is connected. */
    private ConversationService service() {
        try {
            return services.get();
        } catch (UserFacingException notConnected) {
            dialogs.showError("Not connected", notConnected);
            return null;
        }
    }

    // ---- users ----

    public void search() {
        String text = searchText.get();
        ConversationService service = service();
        if (service == null) {
            return;
        }
        tasks.run("Searching users", p -> service.searchUsers(text)).trackIn(taskState)
                .errorContext(service.environment())
                .onSuccess(found -> {
                    users.setAll(found);
                    usersHint.set(found.isEmpty() ? "No user's handle or display name contains '" + text.strip()
                            + "'; try part of a name, or open a group by uuid." : usersNotice(found));
                })
                .onFailure(e -> {
                    users.clear();
                    usersHint.set(e.getMessage());
                }).start();
    }

    private static String usersNotice(List<User> found) {
        List<String> shared = found.stream().map(User::handle).filter(h -> Collections.frequency(
                found.stream().map(User::handle).toList(), h) > 1).distinct().toList();
        if (shared.isEmpty()) {
            return found.size() + (found.size() == 1 ? " user" : " users") + "; pick one to see their conversations.";
        }
        return found.stream().filter(u -> u.handle().equals(shared.get(0))).count() + " users share the handle @"
                + shared.get(0) + "; tell them apart by uuid, e-mail and cognito id, and pick the right one.";
    }

    /** Picks a user and loads the first page of their groups. */
    public void pick(User user) {
        if (user == null || (user.equals(pickedUser.get()) && !groups.isEmpty())) {
            return;
        }
        pickedUser.set(user);
        groups.clear();
        nextGroupsKey = null;
        moreGroups.set(false);
        groupsTitle.set("Conversations of " + user.label());
        groupsHint.set("Loading…");
        loadGroups(user);
    }

    public void loadMoreGroups() {
        if (pickedUser.get() != null && nextGroupsKey != null) {
            loadGroups(pickedUser.get());
        }
    }

    private void loadGroups(User user) {
        ConversationService service = service();
        if (service == null) {
            return;
        }
        Map<String, AttributeValue> from = nextGroupsKey;
        tasks.run("Loading conversations", p -> {
                    Page<GroupEntry> page = service.groups(user, from, ConversationService.DEFAULT_GROUP_PAGE);
                    List<GroupView> views = page.items().stream()
                            .map(g -> ConversationViews.group(g, zone, clock.instant())).toList();
                    return new Loaded<>(views, page.lastEvaluatedKey(), page.stats());
                }).trackIn(taskState).errorContext(service.environment())
                .onSuccess(loaded -> {
                    if (!user.equals(pickedUser.get())) {
                        return;
                    }
                    groups.addAll(loaded.views());
                    nextGroupsKey = loaded.next();
                    moreGroups.set(loaded.next() != null);
                    groupsStats.set(stats(loaded.stats()));
                    groupsHint.set(groups.size() + (groups.size() == 1 ? " conversation" : " conversations")
                            + (loaded.next() != null ? " so far; More loads the next page." : "."));
                })
                .onFailure(failure(groupsHint, "Loading conversations")).start();
    }

    // ---- one conversation ----

    public void openGroup(GroupView group) {
        if (group != null && group.groupUuid() != null) {
            open(group.groupUuid());
        }
    }

    /** Opens the group typed in the uuid field. */
    public void openTypedGroup() {
        open(groupUuidText.get());
    }

    /** Re-reads the open group with the filter as it now stands. */
    public void applyFilter() {
        if (openGroupUuid == null) {
            conversationHint.set("Open a conversation first; the filter applies to it.");
            return;
        }
        open(openGroupUuid);
    }

    private void open(String groupText) {
        SkFilter chosen;
        try {
            ConversationService.requireGroupUuid(groupText);
            chosen = filter.build();
        } catch (UserFacingException e) {
            conversationHint.set(e.getMessage());
            return;
        }
        ConversationService service = service();
        if (service == null) {
            return;
        }
        User picked = pickedUser.get();
        long thisOpen = ++opens;
        tasks.run("Opening conversation", p -> {
                    Conversation c = service.open(groupText, chosen, ConversationService.DEFAULT_MESSAGE_PAGE);
                    String viewer = ConversationViews.viewer(c.participants(), picked);
                    return new Opened(c, viewer, views(c.firstPage(), viewer));
                }).trackIn(taskState).errorContext(service.environment())
                .onSuccess(o -> {
                    if (thisOpen != opens) {
                        return;
                    }
                    openGroupUuid = o.conversation().groupUuid();
                    participants = o.conversation().participants();
                    activeFilter = chosen;
                    viewerUuid = o.viewer();
                    olderKey = o.conversation().firstPage().lastEvaluatedKey();
                    messages.setAll(o.views().views());
                    conversationTitle.set("Group " + openGroupUuid);
                    participantsText.set(ConversationViews.participants(participants));
                    showStats(o.views().stats());
                    olderAvailable.set(olderKey != null);
                    conversationHint.set(messages.isEmpty() ? "No message matches " + chosen.describe()
                            + "; widen the filter or choose no filter." : hint());
                    scrollAnchor.set(-1);
                    scrollAnchor.set(Math.max(0, messages.size() - 1));
                })
                .onFailure(failure(conversationHint, "Opening the conversation")).start();
    }

    /** Loads the next older page above the ones shown; the view keeps its place via {@link #scrollAnchorProperty}. */
    public void loadOlder() {
        if (openGroupUuid == null || olderKey == null) {
            return;
        }
        ConversationService service = service();
        if (service == null) {
            return;
        }
        String group = openGroupUuid;
        Map<String, AttributeValue> from = olderKey;
        Participants who = participants;
        SkFilter f = activeFilter;
        String viewer = viewerUuid;
        tasks.run("Loading older messages", p -> views(service.messages(group, f, from,
                        ConversationService.DEFAULT_MESSAGE_PAGE, who), viewer))
                .trackIn(taskState).errorContext(service.environment())
                .onSuccess(loaded -> {
                    if (!group.equals(openGroupUuid)) {
                        return;
                    }
                    messages.addAll(0, loaded.views());
                    olderKey = loaded.next();
                    olderAvailable.set(olderKey != null);
                    showStats(loaded.stats());
                    conversationHint.set(hint());
                    scrollAnchor.set(-1);
                    scrollAnchor.set(loaded.views().size());
                })
                .onFailure(failure(conversationHint, "Loading older messages")).start();
    }

    Loaded<MessageView> views(Page<MessageEntry> page, String viewer) {
        return new Loaded<>(ConversationViews.oldestFirst(page, viewer, zone), page.lastEvaluatedKey(), page.stats());
    }

    private String hint() {
        return messages.size() + (messages.size() == 1 ? " message" : " messages") + " shown, oldest at the top"
                + (olderKey != null ? "; Load older fetches the page before." : "; that is all of them.");
    }

    private void showStats(QueryStats s) {
        messageStats.set(stats(s));
        awsCommand.set(s.awsCommand());
    }

    private static String stats(QueryStats s) {
        return "Last load: " + s.summary();
    }

    private Consumer<UserFacingException> failure(StringProperty hint, String what) {
        return e -> {
            hint.set(e.getMessage());
            // Empty results and input mistakes are said in place; anything technical also gets the dialog.
            if (!(e instanceof NothingFoundException) && e.getCause() != null) {
                dialogs.showError(what + " failed", e);
            }
        };
    }

    /** Forgets everything shown, e.g. when the window switches to another environment. */
    public void clear() {
        opens++;
        users.clear();
        pickedUser.set(null);
        groups.clear();
        nextGroupsKey = null;
        moreGroups.set(false);
        groupsTitle.set("Conversations");
        groupsHint.set("Pick a user to see their conversations.");
        groupsStats.set("");
        messages.clear();
        openGroupUuid = null;
        participants = null;
        olderKey = null;
        olderAvailable.set(false);
        conversationTitle.set("No conversation open");
        participantsText.set("");
        conversationHint.set("Pick a conversation on the left, or paste a group uuid above and press Open.");
        messageStats.set("");
        awsCommand.set("");
        rawShown.set(false);
    }

    // ---- raw items ----

    public void showRaw(GroupView group) {
        if (group != null) {
            rawTitle.set("Raw group row " + group.entry().time().raw());
            rawText.set(ConversationViews.raw(group.item()));
            rawShown.set(true);
        }
    }

    public void showRaw(MessageView message) {
        if (message != null) {
            rawTitle.set("Raw message " + message.entry().sk());
            rawText.set(ConversationViews.raw(message.item()));
            rawShown.set(true);
        }
    }

    record Loaded<T>(List<T> views, Map<String, AttributeValue> next, QueryStats stats) {
    }

    private record Opened(Conversation conversation, String viewer, Loaded<MessageView> views) {
    }

    // ---- properties ----

    public TaskState taskState() { return taskState; }
    public FilterModel filter() { return filter; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObservableList<User> users() { return users; }
    public StringProperty usersHintProperty() { return usersHint; }
    public ObjectProperty<User> pickedUserProperty() { return pickedUser; }
    public ObservableList<GroupView> groups() { return groups; }
    public StringProperty groupsTitleProperty() { return groupsTitle; }
    public StringProperty groupsHintProperty() { return groupsHint; }
    public StringProperty groupsStatsProperty() { return groupsStats; }
    public BooleanProperty moreGroupsProperty() { return moreGroups; }
    public StringProperty groupUuidTextProperty() { return groupUuidText; }
    public ObservableList<MessageView> messages() { return messages; }
    public StringProperty conversationTitleProperty() { return conversationTitle; }
    public StringProperty participantsTextProperty() { return participantsText; }
    public StringProperty conversationHintProperty() { return conversationHint; }
    public StringProperty messageStatsProperty() { return messageStats; }
    public StringProperty awsCommandProperty() { return awsCommand; }
    public BooleanProperty olderAvailableProperty() { return olderAvailable; }
    /** Index the message list should scroll to after a load (the former top message after Load older). */
    public IntegerProperty scrollAnchorProperty() { return scrollAnchor; }
    public StringProperty rawTitleProperty() { return rawTitle; }
    public StringProperty rawTextProperty() { return rawText; }
    public BooleanProperty rawShownProperty() { return rawShown; }
}
