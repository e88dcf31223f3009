package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.function.Consumer;

/**
 * One message as a chat bubble: the picked user's on the right, the other's on the left; sender and local
 * time on top, flags with their explanations, and the text wrapped and selectable (a read-only text area
 * sized to its text, since labels cannot be selected).
 */
public final class ChatBubble extends HBox {

    static final double MAX_TEXT_WIDTH = 460;
    private static final double SLACK = 6;

    private final Label sender = new Label();
    private final Label time = new Label();
    private final Label flags = new Label();
    private final Hyperlink raw = new Hyperlink("raw");
    private final TextArea body = new TextArea();
    private final VBox bubble;
    private final Region spacer = new Region();
    private MessageView view;

    public ChatBubble(Consumer<MessageView> onRaw) {
        getStyleClass().add("chat-row");
        sender.getStyleClass().add("bubble-sender");
        time.getStyleClass().add("bubble-time");
        flags.getStyleClass().add("bubble-flags");
        raw.getStyleClass().add("bubble-raw");
        raw.setOnAction(e -> onRaw.accept(view));
        body.getStyleClass().add("bubble-text");
        body.setEditable(false);
        body.setWrapText(true);
        body.setFocusTraversable(false);
        body.setFont(Font.font(13));
        HBox header = new HBox(6, sender, time, raw);
        header.setAlignment(Pos.BASELINE_LEFT);
        bubble = new VBox(2, header, flags, body);
        bubble.getStyleClass().add("bubble");
        bubble.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        body.fontProperty().addListener(x -> size());
    }

    public void show(MessageView message) {
        this.view = message;
        sender.setText(message.sender());
        time.setText(message.time());
        boolean flagged = !message.flags().isEmpty();
        flags.setText(flagged ? "⚠ " + message.flagsText() : "");
        flags.setTooltip(flagged ? new Tooltip(message.flagsTooltip()) : null);
        flags.setVisible(flagged);
        flags.setManaged(flagged);
        body.setText(message.text());
        bubble.getStyleClass().removeAll("mine", "theirs", "flagged");
        bubble.getStyleClass().add(message.mine() ? "mine" : "theirs");
        if (flagged) {
            bubble.getStyleClass().add("flagged");
        }
        getChildren().setAll(message.mine() ? new javafx.scene.Node[]{spacer, bubble} : new javafx.scene.Node[]{bubble, spacer});
        setAlignment(message.mine() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        size();
    }

    /** Sizes the text area to its wrapped text, as a label would size itself. */
    private void size() {
        if (view == null) {
            return;
        }
        Text measure = new Text(body.getText());
        measure.setFont(body.getFont());
        double natural = measure.getLayoutBounds().getWidth();
        double width = Math.max(120, Math.min(natural + SLACK * 2, MAX_TEXT_WIDTH));
        measure.setWrappingWidth(width - SLACK * 2);
        double height = measure.getLayoutBounds().getHeight() + SLACK * 2;
        body.setPrefSize(width, height);
        body.setMinHeight(height);
        body.setMaxHeight(height);
    }

    public MessageView view() {
        return view;
    }
}
