package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.time.SortKeyTime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Sort-key times for people: local time with the zone, and "3 hours ago". */
public final class TimeDisplay {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz");

    private TimeDisplay() {
    }

    /** Local time with the zone, or the raw text when it is not a time. */
    public static String local(SortKeyTime.Parsed time, ZoneId zone) {
        // The offset Z would print as "Z"; people read "UTC".
        ZoneId shown = ZoneOffset.UTC.equals(zone) ? ZoneId.of("UTC") : zone;
        return time.instant() == null ? String.valueOf(time.raw()) : LOCAL.format(time.instant().atZone(shown));
    }

    public static String relative(SortKeyTime.Parsed time, Instant now) {
        return time.instant() == null ? "" : relative(time.instant(), now);
    }

    public static String relative(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        boolean future = d.isNegative();
        long s = Math.abs(d.getSeconds());
        String amount;
        if (s < 60) {
            return future ? "in a few seconds" : "just now";
        } else if (s < 3600) {
            amount = plural(s / 60, "minute");
        } else if (s < 86_400) {
            amount = plural(s / 3600, "hour");
        } else if (s < 86_400L * 60) {
            amount = plural(s / 86_400, "day");
        } else if (s < 86_400L * 730) {
            amount = plural(s / (86_400L * 30), "month");
        } else {
            amount = plural(s / (86_400L * 365), "year");
        }
        return future ? "in " + amount : amount + " ago";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
