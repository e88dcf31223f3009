package dev.cruddur.console.core.dynamo;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.CancelledException;
import dev.cruddur.console.core.task.Progress;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchWriteItem in chunks of 25, retrying unprocessed items with backoff until every one is written.
 * The original ignored unprocessed items; here a batch only counts as done when nothing is left over.
 */
public final class BatchWriter {

    public static final int MAX_BATCH = 25;
    private static final int MAX_ATTEMPTS = 12;

    private final DynamoDbClient dynamo;

    public BatchWriter(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /** What a write got done before it stopped; lets callers tell the user how far it got. */
    public static final class Counter {
        private long done;

        public long done() {
            return done;
        }
    }

    public void putAll(String table, List<Map<String, AttributeValue>> items, Progress progress, String what,
                       Counter counter) {
        List<WriteRequest> requests = new ArrayList<>(items.size());
        items.forEach(i -> requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()));
        write(table, requests, progress, what, counter);
    }

    public void deleteAll(String table, List<Map<String, AttributeValue>> keys, Progress progress, String what,
                          Counter counter) {
        List<WriteRequest> requests = new ArrayList<>(keys.size());
        keys.forEach(k -> requests.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build()));
        write(table, requests, progress, what, counter);
    }

    private void write(String table, List<WriteRequest> requests, Progress progress, String what, Counter counter) {
        long total = requests.size();
        for (int from = 0; from < requests.size(); from += MAX_BATCH) {
            progress.checkCancelled();
            List<WriteRequest> pending = requests.subList(from, Math.min(from + MAX_BATCH, requests.size()));
            int attempt = 0;
            while (!pending.isEmpty()) {
                if (attempt++ >= MAX_ATTEMPTS) {
                    throw new UserFacingException("DynamoDB kept throttling the writes after " + counter.done + " of "
                            + total + " items; raise the table's write capacity or try again later.");
                }
                if (attempt > 1) {
                    backoff(attempt);
                }
                List<WriteRequest> batch = new ArrayList<>(pending);
                BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
                List<WriteRequest> left = response.unprocessedItems().getOrDefault(table, List.of());
                counter.done += pending.size() - left.size();
                pending = left;
            }
            progress.update(counter.done, total, what);
        }
    }

    private static void backoff(int attempt) {
        try {
            Thread.sleep(Math.min(2_000L, 25L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
