package dev.cruddur.console.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads the views of {@link FxmlView} with controllers made by the application's own factories
 * (constructor injection). A controller nobody registered is a programming error and fails loudly.
 */
public final class ViewLoader {

    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    public Parent load(FxmlView view) {
        URL url = ViewLoader.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalStateException("FXML " + view.resource() + " is missing from the build.");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            Supplier<?> factory = controllers.get(type);
            if (factory == null) {
                throw new IllegalStateException("No controller factory for " + type.getName()
                        + "; register it where the application builds its ViewLoader.");
            }
            return factory.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + view.resource() + ": " + e.getMessage(), e);
        }
    }
}
