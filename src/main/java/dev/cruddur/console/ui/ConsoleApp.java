package dev.cruddur.console.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder; the window is built by the UI work. */
public class ConsoleApp extends Application {

    public static void launchConsole(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Cruddur Console");
        stage.show();
    }
}
