package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.time.SortKeyTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sort-key condition for pattern A, with the exact strings DynamoDB will compare. There is no implicit
 * filter: {@link #none()} is the default (the original filtered on the current year and lost everything on
 * 1 January).
 *
 * <p>Why the bounds look the way they do. {@code sk} values are compared as strings, and the original wrote
 * several spellings of one second: {@code 09:55:59.043951+00:00}, {@code 09:55:59+00:00} (zero fraction),
 * naive {@code 09:55:59.043951} and {@code 09:55:59}. All of them start with {@code yyyy-MM-ddTHH:mm:ss} and
 * continue with nothing, {@code .}, {@code +} or {@code -}, all of which sort before {@code Z}. So:
 * <ul>
 *   <li>the lower bound is the first second's bare text, {@code 2023-03-23T09:00:00}: every spelling of that
 *   second starts with it and so sorts at or after it;</li>
 *   <li>the upper bound is the last second's text followed by {@code Z}, {@code 2023-03-23T09:59:59Z}: every
 *   spelling of that second (naive, fraction-less, six digits, {@code Z}) sorts at or before it, and the
 *   next second sorts after it.</li>
 * </ul>
 * Values written with a non-UTC offset ({@code 11:55:59+02:00}) carry their local clock in the text, so
 * they are compared by that text, not by their moment: they can be missed or wrongly matched by up to the
 * offset. That cannot be fixed in a key condition; {@link #mismatch} flags the returned ones whose moment
 * lies outside the filter.
 */
public final class SkFilter {

    public enum Kind { NONE, BEGINS_WITH, BETWEEN }

    /** The begins_with presets from a date. */
    public enum Preset {
        YEAR("yyyy"), MONTH("yyyy-MM"), DAY("yyyy-MM-dd");

        private final DateTimeFormatter format;

        Preset(String pattern) {
            this.format = DateTimeFormatter.ofPattern(pattern);
        }

        public String prefix(LocalDate date) {
            return format.format(date);
        }
    }

    /** Caveat shown next to any sort-key condition. */
    public static final String NON_UTC_CAVEAT = "Times written with a non-UTC offset (e.g. +02:00) are compared by "
            + "their local clock text, not their moment, so they can be missed or matched by up to the offset; "
            + "returned ones outside the range are flagged.";

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final String prefix;
    private final String from;
    private final String to;

    private SkFilter(Kind kind, String prefix, String from, String to) {
        this.kind = kind;
        this.prefix = prefix;
        this.from = from;
        this.to = to;
    }

    public static SkFilter none() {
        return new SkFilter(Kind.NONE, null, null, null);
    }

    public static SkFilter beginsWith(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new UserFacingException("begins_with needs a prefix such as 2023, 2023-03 or 2023-03-23; "
                    + "type one or choose no filter.");
        }
        return new SkFilter(Kind.BEGINS_WITH, prefix.strip(), null, null);
    }

    public static SkFilter beginsWith(LocalDate date, Preset preset) {
        if (date == null) {
            throw new UserFacingException("Pick a date for the begins_with filter, or choose no filter.");
        }
        return beginsWith(preset.prefix(date));
    }

    /**
     * Every message from the first second to the last second, both whole and inclusive.
     *
     * @param start   first moment included (sub-seconds are dropped: the whole second counts)
     * @param lastSecond last moment included; the whole second it falls in is included
     */
    public static SkFilter between(Instant start, Instant lastSecond) {
        if (start == null || lastSecond == null) {
            throw new UserFacingException("A between filter needs both a start and an end; fill in both or choose no filter.");
        }
        Instant first = start.truncatedTo(ChronoUnit.SECONDS);
        Instant last = lastSecond.truncatedTo(ChronoUnit.SECONDS);
        if (first.isAfter(last)) {
            throw new UserFacingException("The range starts at " + SECOND.format(first) + " UTC, after its end at "
                    + SECOND.format(last) + " UTC; swap the start and the end.");
        }
        return new SkFilter(Kind.BETWEEN, null, SECOND.format(first), SECOND.format(last) + "Z");
    }

    /**
     * A between filter from what a person typed: {@code 2023-03-23}, {@code 2023-03-23T09:00},
     * {@code 2023-03-23T09:00:00} (a space instead of T works too), optionally with {@code Z} or an offset.
     * Times without an offset are in {@code zone}. The end covers its whole day, minute or second.
     */
    public static SkFilter between(String startText, String endText, ZoneId zone) {
        return between(parseBound(startText, zone, false, "start"), parseBound(endText, zone, true, "end"));
    }

    /** The same as {@link #between(String, String, ZoneId)} for date-time pickers (minute precision). */
    public static SkFilter between(LocalDateTime start, LocalDateTime endMinute, ZoneId zone) {
        if (start == null || endMinute == null) {
            return between((Instant) null, null);
        }
        return between(start.atZone(zone).toInstant(),
                endMinute.truncatedTo(ChronoUnit.MINUTES).plusSeconds(59).atZone(zone).toInstant());
    }

    static Instant parseBound(String text, ZoneId zone, boolean end, String which) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("The " + which + " of the range is empty; give a date such as 2023-03-23 "
                    + "or a date-time such as 2023-03-23T09:00.");
        }
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return end ? d.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1) : d.atStartOfDay(zone).toInstant();
            }
            boolean hasOffset = t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$");
            boolean minutesOnly = t.replaceAll("(Z|[+-]\\d\\d:\\d\\d)$", "").length() == 16;
            Instant at = hasOffset ? OffsetDateTime.parse(minutesOnly ? t.substring(0, 16) + ":00" + t.substring(16) : t)
                    .toInstant() : LocalDateTime.parse(t).atZone(zone).toInstant();
            return end && minutesOnly ? at.plusSeconds(59) : at;
        } catch (DateTimeParseException e) {
            throw new UserFacingException("The " + which + " of the range, '" + text.strip() + "', is not a date or "
                    + "date-time; write it like 2023-03-23 or 2023-03-23T09:00.");
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The key condition expression sent to DynamoDB. */
    public String keyCondition() {
        return switch (kind) {
            case NONE -> "pk = :pk";
            case BEGINS_WITH -> "pk = :pk AND begins_with(sk, :prefix)";
            case BETWEEN -> "pk = :pk AND sk BETWEEN :from AND :to";
        };
    }

    /** The exact sort-key strings sent, by placeholder, in order. */
    public Map<String, String> skValues() {
        Map<String, String> values = new LinkedHashMap<>();
        if (kind == Kind.BEGINS_WITH) {
            values.put(":prefix", prefix);
        } else if (kind == Kind.BETWEEN) {
            values.put(":from", from);
            values.put(":to", to);
        }
        return values;
    }

    /** One line for people: the condition with its exact strings. */
    public String describe() {
        return switch (kind) {
            case NONE -> "no sort-key condition (every message)";
            case BEGINS_WITH -> "begins_with(sk, \"" + prefix + "\")";
            case BETWEEN -> "sk BETWEEN \"" + from + "\" AND \"" + to + "\"";
        };
    }

    /** Whether a sort key's text satisfies the condition, as DynamoDB compares it. */
    public boolean matchesText(String sk) {
        if (sk == null) {
            return false;
        }
        return switch (kind) {
            case NONE -> true;
            case BEGINS_WITH -> sk.startsWith(prefix);
            case BETWEEN -> sk.compareTo(from) >= 0 && sk.compareTo(to) <= 0;
        };
    }

    /**
     * Why a returned sort key matched by its text although its moment (in canonical UTC text) does not, e.g.
     * {@code 2023-03-24T01:30:00+02:00} for begins_with 2023-03-24; empty when it matches both ways.
     */
    public Optional<String> mismatch(SortKeyTime.Parsed time) {
        if (kind == Kind.NONE || time.instant() == null || time.form() != SortKeyTime.Form.NON_UTC) {
            return Optional.empty();
        }
        String canonical = SortKeyTime.format(time.instant());
        if (matchesText(canonical)) {
            return Optional.empty();
        }
        return Optional.of("Matched by its local clock text " + time.raw() + ", but its moment " + canonical
                + " lies outside " + describe() + ".");
    }

    @Override
    public String toString() {
        return describe();
    }
}
