package dev.cruddur.console.ui;

import dev.cruddur.console.ui.common.FxmlView;
import dev.cruddur.console.ui.tables.TablesController;
import dev.cruddur.console.ui.tables.TablesViewModel;

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
                                context.main().sessionProperty())))
                // Conversations: new FeatureTab("conversations", "Conversations", FxmlView.CONVERSATIONS,
                //         ConversationsController.class, () -> new ConversationsController(...)),
        );
    }
}
