package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.function.Consumer;

/**
 * One message as a chat bubble: the picked user's on the right, the other's on the left; sender and local
 * time on top, flags with their explanations, then the text, wrapped. Few, plain nodes, because the list
 * measures every bubble of a page when it loads. The text is a plain text node; a click on it swaps in a read-only
 * text area of the same size so the text can be selected and copied. A double click shows the raw item.
 */
public final class ChatBubble extends HBox {

    static final double MAX_TEXT_WIDTH = 460;
    // Pseudo-classes rather than style classes: switching them is cheap when a cell shows another message.
    private static final PseudoClass MINE = PseudoClass.getPseudoClass("mine");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    private final Text header = new Text();
    private final Label flags = new Label();
    private final Tooltip flagsTip = new Tooltip();
    private final Text text = new Text();
    private final VBox bubble;
    private TextArea selectable;
    private MessageView view;

    public ChatBubble(Consumer<MessageView> onRaw) {
        getStyleClass().add("chat-row");
        header.getStyleClass().add("bubble-header");
        flags.getStyleClass().add("bubble-flags");
        flagsTip.setWrapText(true);
        flagsTip.setMaxWidth(460);
        text.getStyleClass().add("bubble-text");
        text.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                makeSelectable();
            }
        });
        bubble = new VBox(2, header, flags, text);
        bubble.getStyleClass().add("bubble");
        bubble.setMaxWidth(Region.USE_PREF_SIZE);
        bubble.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onRaw.accept(view);
            }
        });
        getChildren().add(bubble);
    }

    public void show(MessageView message) {
        this.view = message;
        if (bubble.getChildren().get(2) != text) {
            bubble.getChildren().set(2, text);
        }
        header.setText(message.sender() + "   " + message.time());
        boolean flagged = !message.flags().isEmpty();
        flags.setText(flagged ? "⚠ " + message.flagsText() : "");
        flagsTip.setText(flagged ? message.flagsTooltip() : "");
        flags.setTooltip(flagged ? flagsTip : null);
        flags.setVisible(flagged);
        flags.setManaged(flagged);
        text.setText(message.text());
        // Short messages get a narrow bubble: measure the unwrapped width, wrap only beyond the maximum.
        text.setWrappingWidth(0);
        text.setWrappingWidth(Math.min(Math.ceil(text.getLayoutBounds().getWidth()) + 1, MAX_TEXT_WIDTH));
        bubble.pseudoClassStateChanged(MINE, message.mine());
        bubble.pseudoClassStateChanged(FLAGGED, flagged);
        setAlignment(message.mine() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    }

    /** Swaps the label for a read-only text area of the same size, so the text can be selected. */
    private void makeSelectable() {
        if (selectable == null) {
            selectable = new TextArea();
            selectable.getStyleClass().add("bubble-text-selectable");
            selectable.setEditable(false);
            selectable.setWrapText(true);
        }
        selectable.setText(text.getText());
        double width = text.getLayoutBounds().getWidth();
        double height = text.getLayoutBounds().getHeight();
        selectable.setPrefSize(width + 4, height + 8);
        selectable.setMinHeight(height + 8);
        bubble.getChildren().set(2, selectable);
        selectable.requestFocus();
        selectable.selectAll();
    }

    public MessageView view() {
        return view;
    }
}
