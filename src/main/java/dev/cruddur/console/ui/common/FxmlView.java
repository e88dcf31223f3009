package dev.cruddur.console.ui.common;

/** Index of the FXML views, all under the {@code fxml/} folder. */
public enum FxmlView {
    MAIN("main.fxml"),
    TABLES("tables.fxml"),
    CONVERSATIONS("conversations.fxml");

    private final String file;

    FxmlView(String file) {
        this.file = file;
    }

    public String resource() {
        return "/fxml/" + file;
    }
}
