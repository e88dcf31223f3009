package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.scene.control.ListCell;

import java.util.function.Consumer;

/** A message list cell that shows its message as a {@link ChatBubble}, reusing one bubble per cell. */
public final class BubbleCell extends ListCell<MessageView> {

    private final ChatBubble bubble;

    public BubbleCell(Consumer<MessageView> onRaw) {
        this.bubble = new ChatBubble(onRaw);
    }

    @Override
    protected void updateItem(MessageView m, boolean empty) {
        super.updateItem(m, empty);
        setText(null);
        if (empty || m == null) {
            setGraphic(null);
        } else {
            bubble.show(m);
            setGraphic(bubble);
        }
    }
}
