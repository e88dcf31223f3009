package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.env.Environment;

import java.util.Locale;

/** The Tables tab's wording: column texts and the hints that say why an action is disabled. */
public final class TableHints {

    private TableHints() {
    }

    public static String drop(Environment env) {
        if (env == null) {
            return "";
        }
        if (env.isAws() && !env.writable()) {
            return "Read-only AWS environment: drop and seed are off. Mark '" + env.name()
                    + "' writable in Environments… to allow them; a drop still needs the table name typed.";
        }
        if (env.isAws()) {
            return "Writable AWS environment: a drop deletes the table in AWS " + env.region()
                    + " after you type its name.";
        }
        return "Drop asks you to type the table name before anything is deleted.";
    }

    public static String localOnly(Environment env) {
        return env != null && env.isAws()
                ? "Local only: not available for '" + env.name() + "', which talks to AWS."
                : "Empties (or creates) the table and seeds the sample conversation.";
    }

    public static String billing(TableSummary t) {
        return "PAY_PER_REQUEST".equals(t.billingMode()) ? "On demand" : "Provisioned " + t.capacity();
    }

    public static String indexes(TableSummary t) {
        return t.indexes().isEmpty() ? "none" : String.join("; ", t.indexes());
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
