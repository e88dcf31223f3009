package dev.cruddur.console.ui;

import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.ui.common.EnvironmentSession;
import dev.cruddur.console.ui.common.FxmlView;
import dev.cruddur.console.ui.conversations.ConversationsController;
import dev.cruddur.console.ui.conversations.ConversationsViewModel;
import dev.cruddur.console.ui.tables.TablesController;
import dev.cruddur.console.ui.tables.TablesViewModel;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * THE place where features register their tab, in display order. Each entry names the FXML view and
 * builds the controller with its view model from the shared {@link ConsoleContext}; a view model that
 * needs the active environment's clients observes {@code context.main().sessionProperty()}.
 */
public final class FeatureTabs {

    private FeatureTabs() {
    }

    public static List<FeatureTab> all(ConsoleContext context) {
        return List.of(
                new FeatureTab("tables", "Tables", FxmlView.TABLES, TablesController.class,
                        () -> new TablesController(new TablesViewModel(context.tasks(), context.dialogs(),
                                context.main().sessionProperty()))),
                new FeatureTab("conversations", "Conversations", FxmlView.CONVERSATIONS, ConversationsController.class,
                        () -> new ConversationsController(conversations(context))));
    }

    private static ConversationsViewModel conversations(ConsoleContext context) {
        var session = context.main().sessionProperty();
        ConversationsViewModel vm = new ConversationsViewModel(() -> activeConversations(session.get()),
                context.tasks(), context.dialogs(), Clock.systemDefaultZone(), ZoneId.systemDefault());
        // What was read from one environment must not linger on screen after switching to another.
        session.addListener((obs, old, now) -> vm.clear());
        return vm;
    }

    private static ConversationService activeConversations(EnvironmentSession session) {
        if (session == null) {
            throw new UserFacingException("The console is still connecting to the environment; try again in a moment.");
        }
        return session.conversations();
    }
}
