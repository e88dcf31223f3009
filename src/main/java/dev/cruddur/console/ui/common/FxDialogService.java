package dev.cruddur.console.ui.common;

import dev.cruddur.console.core.error.UserFacingException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.controlsfx.dialog.ExceptionDialog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} over JavaFX and ControlsFX dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, UserFacingException error) {
        Throwable detail = error.getCause() == null ? error : error.getCause();
        ExceptionDialog dialog = new ExceptionDialog(detail);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(error.getMessage());
        dialog.setContentText(null);
        dialog.getDialogPane().getStyleClass().add("error-dialog");
        dialog.getDialogPane().setExpandableContent(details(detail));
        dialog.show();
    }

    @Override
    public void notify(String message) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create().owner(window).text(message).hideAfter(javafx.util.Duration.seconds(4)).showInformation();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<String> askTypedConfirmation(String title, String warning, String expected) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(warning);
        dialog.setContentText("Type " + expected + " to confirm:");
        dialog.getEditor().setId("typedConfirmation");
        dialog.getDialogPane().getStyleClass().add("danger-dialog");
        return dialog.showAndWait();
    }

    private static TextArea details(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        TextArea area = new TextArea(trace.toString());
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        return area;
    }
}
