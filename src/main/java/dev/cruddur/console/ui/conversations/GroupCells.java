package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.conversations.Flag;
import dev.cruddur.console.ui.conversations.ConversationViews.GroupView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The content of one group row in the list; each flag is a chip whose tooltip says what it means. */
final class GroupCells {

    private GroupCells() {
    }

    static Node node(GroupView g) {
        Label name = new Label(g.title());
        name.getStyleClass().add("group-name");
        Label handle = new Label(g.handle());
        handle.getStyleClass().add("conv-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, name, handle, spacer);
        top.setAlignment(Pos.BASELINE_LEFT);
        for (Flag f : g.flags()) {
            Label chip = new Label(f.label());
            chip.getStyleClass().addAll("flag-chip", "flag-" + f.kind().name().toLowerCase().replace('_', '-'));
            Tooltip tip = new Tooltip(f.tooltip());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(200));
            chip.setTooltip(tip);
            top.getChildren().add(chip);
        }
        Label preview = new Label(g.preview());
        preview.getStyleClass().add("group-preview");
        preview.setMaxWidth(Double.MAX_VALUE);
        Label time = new Label(g.time() + "  ·  " + g.relative());
        time.getStyleClass().add("conv-muted");
        VBox box = new VBox(2, top, preview, time);
        box.getStyleClass().add("group-cell");
        box.setMinWidth(0);
        box.setPrefWidth(1);
        return box;
    }
}
