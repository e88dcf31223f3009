package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.users.User;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Cell plumbing for the Tables tab's views, kept out of the controller. */
final class TableCells {

    private TableCells() {
    }

    static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** Long texts (index definitions) wrap inside their column instead of being cut off. */
    static <S> void wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
    }

    static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }

    /** Shows the prompt again when the value is cleared (the stock button cell forgets it). */
    static final class PromptingCell extends ListCell<User> {
        private final String prompt;

        PromptingCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(User user, boolean empty) {
            super.updateItem(user, empty);
            setText(empty || user == null ? prompt : new UserNames().toString(user));
        }
    }

    static final class UserNames extends StringConverter<User> {
        @Override
        public String toString(User user) {
            return user == null ? "" : "@" + user.handle() + " · " + user.displayName();
        }

        @Override
        public User fromString(String text) {
            return null;
        }
    }
}
