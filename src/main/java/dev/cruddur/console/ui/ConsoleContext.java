package dev.cruddur.console.ui;

import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.DialogService;
import dev.cruddur.console.ui.main.MainViewModel;

/**
 * What a feature tab may use to build its view model: the shared task runner and dialogs, and the main
 * view model, whose {@code sessionProperty()} carries the active environment's clients.
 */
public record ConsoleContext(BackgroundTasks tasks, DialogService dialogs, MainViewModel main) {
}
