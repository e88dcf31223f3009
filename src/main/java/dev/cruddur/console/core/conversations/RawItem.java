package dev.cruddur.console.core.conversations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An item exactly as stored, for the "raw item" view: every attribute with its DynamoDB type, and the item
 * as DynamoDB JSON (the form {@code aws dynamodb} prints and accepts).
 */
public final class RawItem {

    /** One attribute: name, DynamoDB type (S, N, B, BOOL, NULL, M, L, SS, NS, BS) and its value as text. */
    public record Attribute(String name, String type, String value) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RawItem() {
    }

    /** Attributes sorted by name, keys first. */
    public static List<Attribute> attributes(Map<String, AttributeValue> item) {
        List<Attribute> out = new ArrayList<>();
        TreeMap<String, AttributeValue> sorted = new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        sorted.putAll(item);
        sorted.forEach((name, v) -> {
            JsonNode typed = dynamoJson(v);
            String type = typed.fieldNames().next();
            JsonNode value = typed.get(type);
            out.add(new Attribute(name, type, value.isTextual() ? value.asText() : value.toString()));
        });
        return out;
    }

    private static int rank(String name) {
        return "pk".equals(name) ? 0 : "sk".equals(name) ? 1 : 2;
    }

    /** The item as pretty DynamoDB JSON. */
    public static String json(Map<String, AttributeValue> item) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(dynamoJson(item));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item as compact DynamoDB JSON, for command lines. */
    public static String compactJson(Map<String, AttributeValue> item) {
        try {
            return MAPPER.writeValueAsString(dynamoJson(item));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode dynamoJson(Map<String, AttributeValue> item) {
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(item).forEach((k, v) -> node.set(k, dynamoJson(v)));
        return node;
    }

    public static ObjectNode dynamoJson(AttributeValue v) {
        ObjectNode n = MAPPER.createObjectNode();
        switch (v.type()) {
            case S -> n.put("S", v.s());
            case N -> n.put("N", v.n());
            case B -> n.put("B", base64(v.b()));
            case BOOL -> n.put("BOOL", v.bool());
            case NUL -> n.put("NULL", true);
            case M -> n.set("M", dynamoJson(v.m()));
            case L -> {
                ArrayNode a = n.putArray("L");
                v.l().forEach(e -> a.add(dynamoJson(e)));
            }
            case SS -> {
                ArrayNode a = n.putArray("SS");
                v.ss().forEach(a::add);
            }
            case NS -> {
                ArrayNode a = n.putArray("NS");
                v.ns().forEach(a::add);
            }
            case BS -> {
                ArrayNode a = n.putArray("BS");
                v.bs().forEach(b -> a.add(base64(b)));
            }
            default -> n.put("UNKNOWN", String.valueOf(v));
        }
        return n;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
