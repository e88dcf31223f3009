package dev.cruddur.console.ui;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.local.LocalStackControl;
import dev.cruddur.console.core.local.LocalStack;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.DialogService;
import dev.cruddur.console.ui.common.EnvironmentSession;
import dev.cruddur.console.ui.common.FxDialogService;
import dev.cruddur.console.ui.main.MainViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.function.Function;

/** The window: builds the object graph by hand (constructor injection) and shows main.fxml. */
public class ConsoleApp extends Application {

    private AppDirs dirs;
    private Secrets secrets;
    private EnvironmentStore store;

    public static void launchConsole(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }

    /** Runs on the launcher thread, not the FX thread: reading the settings file is fine here. */
    @Override
    public void init() {
        dirs = AppDirs.fromEnvironment(System.getenv());
        secrets = new Secrets();
        store = new EnvironmentStore(dirs, System.getenv(), secrets);
    }

    /** How the console controls a local stack: DynamoDB Local as its own process, Postgres from zonky. */
    private Function<Environment, LocalStackControl> localStacks() {
        return env -> new LocalStack(env, secrets, dirs);
    }

    @Override
    public void start(Stage stage) {
        // The window hides at once on close; the app exits only after the local stack is closed.
        Platform.setImplicitExit(false);
        DialogService dialogs = new FxDialogService(() -> stage);
        BackgroundTasks tasks = new BackgroundTasks(dialogs);
        MainViewModel main = new MainViewModel(store, secrets, tasks, dialogs, localStacks(),
                env -> EnvironmentSession.open(env, secrets, Clock.systemUTC()));
        Scene scene = new Scene(ConsoleWindow.load(new ConsoleContext(tasks, dialogs, main)), 1280, 800);
        scene.getStylesheets().add(ConsoleWindow.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            stage.hide();
            main.shutdown(() -> {
                tasks.close();
                Platform.exit();
            });
        });
        stage.show();
        main.start();
    }
}
