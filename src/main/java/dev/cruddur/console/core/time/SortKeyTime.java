package dev.cruddur.console.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The contract's time format for {@code sk}. DynamoDB compares sort keys as strings, so writing one exact
 * form (UTC, six fraction digits, {@code +00:00}) is what keeps messages in order. Reading accepts every form
 * the original wrote and says which one it saw, so callers can flag naive and non-UTC values.
 */
public final class SortKeyTime {

    /** How a stored time was written. */
    public enum Form {
        /** Exactly the contract's write form. */
        CANONICAL,
        /** UTC with an offset, but not the canonical spelling (no fraction, fewer digits, {@code Z}). */
        UTC_OTHER_SPELLING,
        /** An offset other than UTC, e.g. {@code +02:00}. */
        NON_UTC,
        /** No offset at all; read as UTC, but it may have been local time. */
        NAIVE,
        /** Not a time. */
        INVALID
    }

    /**
     * A parsed sort key.
     *
     * @param raw     the string as stored
     * @param instant the moment, {@code null} when {@link Form#INVALID}; naive values are read as UTC
     * @param form    how it was written
     */
    public record Parsed(String raw, Instant instant, Form form) {
        public boolean isFlagged() {
            return form == Form.NAIVE || form == Form.NON_UTC || form == Form.INVALID;
        }

        public String explanation() {
            return switch (form) {
                case CANONICAL, UTC_OTHER_SPELLING -> "UTC";
                case NON_UTC -> "Written with a non-UTC offset; it sorts among UTC times by its text, not its moment.";
                case NAIVE -> "Written without an offset (naive); shown as if UTC, but it may be local time.";
                case INVALID -> "Not a time the contract knows; shown as stored.";
            };
        }
    }

    private static final DateTimeFormatter CANONICAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

    private SortKeyTime() {
    }

    /** The contract's write form: always UTC, always six fraction digits, always {@code +00:00}. */
    public static String format(Instant instant) {
        return CANONICAL.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Parsed(raw, null, Form.INVALID);
        }
        String s = raw.trim();
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            Instant instant = odt.toInstant();
            if (!odt.getOffset().equals(ZoneOffset.UTC)) {
                return new Parsed(raw, instant, Form.NON_UTC);
            }
            return new Parsed(raw, instant, raw.equals(format(instant)) ? Form.CANONICAL : Form.UTC_OTHER_SPELLING);
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                return new Parsed(raw, ldt.toInstant(ZoneOffset.UTC), Form.NAIVE);
            } catch (DateTimeParseException notNaive) {
                return new Parsed(raw, null, Form.INVALID);
            }
        }
    }
}
