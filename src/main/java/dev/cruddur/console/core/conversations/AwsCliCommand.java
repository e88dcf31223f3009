package dev.cruddur.console.core.conversations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cruddur.console.core.env.Environment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code aws dynamodb query} command that sends the same request as one page load, for copying into a
 * shell. The CLI hides Limit and ExclusiveStartKey behind its own paging, so those two travel in
 * {@code --cli-input-json} and {@code --no-paginate} keeps it to exactly one request.
 */
public final class AwsCliCommand {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AwsCliCommand() {
    }

    /** The words of the command, unquoted, in order. */
    public static List<String> words(Environment env, String table, String indexName, String keyCondition,
                                     Map<String, AttributeValue> values, boolean newestFirst, Integer limit,
                                     Map<String, AttributeValue> exclusiveStartKey) {
        List<String> w = new ArrayList<>(List.of("aws", "dynamodb", "query", "--table-name", table));
        if (indexName != null) {
            w.add("--index-name");
            w.add(indexName);
        }
        w.add("--key-condition-expression");
        w.add(keyCondition);
        w.add("--expression-attribute-values");
        w.add(RawItem.compactJson(values));
        if (newestFirst) {
            w.add("--no-scan-index-forward");
        }
        w.add("--return-consumed-capacity");
        w.add("TOTAL");
        w.add("--no-paginate");
        ObjectNode input = MAPPER.createObjectNode();
        if (limit != null) {
            input.put("Limit", limit);
        }
        if (exclusiveStartKey != null && !exclusiveStartKey.isEmpty()) {
            input.set("ExclusiveStartKey", RawItem.dynamoJson(exclusiveStartKey));
        }
        if (!input.isEmpty()) {
            w.add("--cli-input-json");
            w.add(input.toString());
        }
        if (env.awsProfile() != null) {
            w.add("--profile");
            w.add(env.awsProfile());
        }
        w.add("--region");
        w.add(env.region());
        if (!env.isAws()) {
            w.add("--endpoint-url");
            w.add(env.dynamoEndpoint());
        }
        return w;
    }

    /** The words as one line for a POSIX shell. */
    public static String line(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String word : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(word));
        }
        return b.toString();
    }

    /** Single quotes unless the word is plainly safe; a single quote inside becomes {@code '\''}. */
    public static String quote(String word) {
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
