package dev.cruddur.console.core.conversations;

/**
 * Something an operator should notice about a row or message, with a short label for the list and a
 * tooltip sentence saying what it means.
 */
public record Flag(Kind kind, String label, String tooltip) {

    public enum Kind {
        /** The sort key is naive, non-UTC or not a time at all (SortKeyTime.Form). */
        TIME_FORM,
        /** The group row's sk is older than the group's newest message: pattern E did not run. */
        STALE,
        /** The group has no messages at all. */
        EMPTY_GROUP,
        /** The other participant has no row for this group. */
        NO_COUNTERPART,
        /** A user named by the item has no row in Postgres (or Postgres could not be asked). */
        NOT_IN_POSTGRES,
        /** The sender is not one of the group's participants. */
        UNKNOWN_SENDER,
        /** Attributes the contract requires are missing. */
        MISSING_ATTRIBUTES,
        /** Not an item of the contract at all; shown raw. */
        FOREIGN,
        /** Returned by the sort-key condition's text although its moment lies outside it. */
        OUTSIDE_FILTER
    }
}
