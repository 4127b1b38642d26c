package org.ccnplan.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads typed fields of one JSON object, recording a problem (with its JSON path) for each field that is missing,
 * of the wrong type or out of range, and for each property that is not known. A getter returns null when the field
 * is absent or wrong, so a reader can go on and report everything at once.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private JsonFields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of {@code node}, or null (with a problem recorded) when it is not an object. */
    static JsonFields of(JsonNode node, String path, Problems problems, List<String> knownProperties) {
        if (node == null || !node.isObject()) {
            problems.add(path, "must be an object, found " + describe(node));
            return null;
        }
        JsonFields fields = new JsonFields(node, path, problems);
        fields.rejectUnknown(knownProperties);
        return fields;
    }

    /** An object used as a map (any keys), or null (with a problem recorded) when it is not an object. */
    static JsonFields ofMap(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(path, "must be an object, found " + describe(node));
            return null;
        }
        return new JsonFields(node, path, problems);
    }

    String path() {
        return path;
    }

    String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    private void rejectUnknown(List<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                String nearest = nearest(name, known);
                problems.add(child(name), nearest != null ? "unknown property; did you mean \"" + nearest + "\"?"
                        : "unknown property; expected one of " + String.join(", ", known));
            }
        }
    }

    /**
     * The known name closest to a misspelt one (case-insensitive edit distance), or null when none is close enough to
     * be the one meant: at most 2 edits, or half the name's length for longer names.
     */
    static String nearest(String name, List<String> known) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 2) + 1;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the string \"" + value.textValue() + "\"";
        }
        if (value.isNumber()) {
            return "the number " + (value.isBigDecimal() ? plain(value.decimalValue()) : value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "an object";
    }

    private JsonNode required(String name) {
        if (!has(name)) {
            problems.add(child(name), node.has(name) ? "is required, found null" : "is required");
            return null;
        }
        return node.get(name);
    }

    // ************************************************************************
    // Strings
    // ************************************************************************

    String requiredString(String name) {
        JsonNode value = required(name);
        return value == null ? null : asString(value, child(name));
    }

    String optionalString(String name) {
        return has(name) ? asString(node.get(name), child(name)) : null;
    }

    /** A non-empty identifier. */
    String requiredId(String name) {
        String value = requiredString(name);
        if (value != null && value.isBlank()) {
            problems.add(child(name), "must be a non-empty string");
            return null;
        }
        return value;
    }

    String optionalId(String name) {
        if (!has(name)) {
            return null;
        }
        String value = optionalString(name);
        if (value != null && value.isBlank()) {
            problems.add(child(name), "must be a non-empty string");
            return null;
        }
        return value;
    }

    private String asString(JsonNode value, String at) {
        if (!value.isTextual()) {
            problems.add(at, "must be a string, found " + describe(value));
            return null;
        }
        return value.textValue();
    }

    // ************************************************************************
    // Numbers: "int" is a JSON integer, "dec" any JSON number read as an exact decimal
    // ************************************************************************

    Integer requiredInt(String name, int min, int max) {
        JsonNode value = required(name);
        return value == null ? null : asInt(value, child(name), min, max);
    }

    Integer optionalInt(String name, int defaultValue, int min, int max) {
        return has(name) ? asInt(node.get(name), child(name), min, max) : Integer.valueOf(defaultValue);
    }

    private Integer asInt(JsonNode value, String at, int min, int max) {
        if (!value.isIntegralNumber()) {
            problems.add(at, "must be a whole number, found " + describe(value));
            return null;
        }
        BigInteger number = value.bigIntegerValue();
        boolean tooSmall = number.compareTo(BigInteger.valueOf(min)) < 0;
        if (tooSmall || number.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(at, rangeText(min, max, tooSmall) + ", found " + number);
            return null;
        }
        return number.intValue();
    }

    private static String rangeText(int min, int max, boolean tooSmall) {
        if (min == max) {
            return "must be " + min;
        }
        if (max == Integer.MAX_VALUE) {
            return tooSmall ? "must be at least " + min : "must be at most " + max;
        }
        return "must be from " + min + " to " + max;
    }

    BigDecimal requiredDecimal(String name, DecimalRange range) {
        JsonNode value = required(name);
        return value == null ? null : asDecimal(value, child(name), range);
    }

    BigDecimal optionalDecimal(String name, BigDecimal defaultValue, DecimalRange range) {
        return has(name) ? asDecimal(node.get(name), child(name), range) : defaultValue;
    }

    BigDecimal asDecimal(JsonNode value, String at, DecimalRange range) {
        if (!value.isNumber()) {
            problems.add(at, "must be a number, found " + describe(value));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.scale() > DecimalRange.MAX_DECIMAL_PLACES) {
            problems.add(at, "has more than " + DecimalRange.MAX_DECIMAL_PLACES + " decimal places, found "
                    + plain(number));
            return null;
        }
        String broken = range.check(number);
        if (broken != null) {
            problems.add(at, broken + ", found " + plain(number));
            return null;
        }
        return number;
    }

    /** A decimal as written out in full, unless that would take more than a line. */
    static String plain(BigDecimal number) {
        return Math.abs((long) number.scale()) > 40 ? number.toString() : number.toPlainString();
    }

    // ************************************************************************
    // Lists and objects
    // ************************************************************************

    /** The elements of a list field (empty when absent and not required); null when it is not a list. */
    List<JsonNode> list(String name, boolean required, boolean nonEmpty) {
        if (!has(name)) {
            if (required) {
                problems.add(child(name), "is required");
                return null;
            }
            return Collections.emptyList();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            problems.add(child(name), "must be a list, found " + describe(value));
            return null;
        }
        if (nonEmpty && value.isEmpty()) {
            problems.add(child(name), "must not be empty");
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** A list of strings (ids or names); elements that are not strings are reported and left out. */
    List<String> stringList(String name) {
        return new ArrayList<>(stringsByPath(name).values());
    }

    /** The strings of a list field by their paths ("excludeClusters[2]" to "CCN-12"), in list order. */
    Map<String, String> stringsByPath(String name) {
        List<JsonNode> elements = list(name, false, false);
        Map<String, String> strings = new LinkedHashMap<>();
        if (elements == null) {
            return strings;
        }
        for (int i = 0; i < elements.size(); i++) {
            String path = child(name) + "[" + i + "]";
            String value = asString(elements.get(i), path);
            if (value != null) {
                strings.put(path, value);
            }
        }
        return strings;
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    /** Records a problem at a property of this object. */
    void problem(String name, String message) {
        problems.add(child(name), message);
    }

    /** Names of the object's properties. */
    Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
