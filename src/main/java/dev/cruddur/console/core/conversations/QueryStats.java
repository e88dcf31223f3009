package dev.cruddur.console.core.conversations;

/**
 * What one load cost.
 *
 * @param items          items the main Query returned
 * @param capacityUnits  consumed capacity of the main Query (ReturnConsumedCapacity TOTAL); null if not reported
 * @param millis         wall time of the main Query
 * @param awsCommand     the same Query as a copyable {@code aws dynamodb query} command
 * @param checkQueries   extra queries made for the flags (stale rows, counterparts)
 * @param checkCapacityUnits their consumed capacity
 */
public record QueryStats(int items, Double capacityUnits, long millis, String awsCommand, int checkQueries,
                         double checkCapacityUnits) {

    /** One line for a status bar or the command line. */
    public String summary() {
        String capacity = capacityUnits == null ? "capacity not reported" : format(capacityUnits) + " RCU";
        String checks = checkQueries == 0 ? "" : "; flag checks: " + checkQueries + " queries, "
                + format(checkCapacityUnits) + " RCU";
        return items + (items == 1 ? " item, " : " items, ") + capacity + ", " + millis + " ms" + checks;
    }

    private static String format(double units) {
        return units == Math.rint(units) ? String.valueOf((long) units) : String.valueOf(units);
    }
}
