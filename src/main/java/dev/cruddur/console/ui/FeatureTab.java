package dev.cruddur.console.ui;

import dev.cruddur.console.ui.common.FxmlView;

import java.util.function.Supplier;

/** One tab of the window: its title, its FXML view and how to make its controller. */
public record FeatureTab(String id, String title, FxmlView view, Class<?> controller, Supplier<?> controllerFactory) {
}
