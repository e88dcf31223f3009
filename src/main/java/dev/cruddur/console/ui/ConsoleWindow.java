package dev.cruddur.console.ui;

import dev.cruddur.console.ui.common.FxmlView;
import dev.cruddur.console.ui.common.ViewLoader;
import dev.cruddur.console.ui.main.EnvironmentDialog;
import dev.cruddur.console.ui.main.MainController;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Loads the window's content: main.fxml with one tab per {@link FeatureTabs} entry. */
public final class ConsoleWindow {

    public static final String STYLESHEET = "/styles/console.css";

    private ConsoleWindow() {
    }

    public static Parent load(ConsoleContext context) {
        List<FeatureTab> features = FeatureTabs.all(context);
        List<Tab> tabs = new ArrayList<>();
        Map<Class<?>, Supplier<?>> factories = new HashMap<>();
        features.forEach(f -> factories.put(f.controller(), f.controllerFactory()));
        factories.put(MainController.class,
                () -> new MainController(context.main(), new EnvironmentDialog(context.main()), tabs));
        ViewLoader loader = new ViewLoader(factories);
        for (FeatureTab feature : features) {
            Tab tab = new Tab(feature.title(), loader.load(feature.view()));
            tab.setId("tab-" + feature.id());
            tabs.add(tab);
        }
        // Loaded last: MainController takes the tabs filled above.
        return loader.load(FxmlView.MAIN);
    }

    public static String stylesheet() {
        return ConsoleWindow.class.getResource(STYLESHEET).toExternalForm();
    }
}
