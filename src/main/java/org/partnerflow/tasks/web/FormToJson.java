package org.partnerflow.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.web.FieldPath;

/**
 * Turns a submitted HTML form into the JSON body the API takes, so that pages complete tasks through the same
 * code as the API. Field names are JSON paths ({@code milestones[0].title}, {@code communityAims[1]}); values
 * stay strings, which Jackson coerces to numbers, dates, enums and booleans as the body's record needs.
 * Blank fields are left out and empty rows dropped, so an unused spare row is not an error; the indices of
 * the rows kept are remembered, so an error about {@code milestones[1]} can be shown on the row it came from.
 */
final class FormToJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormToJson() {
    }

    /**
     * The body, for each array (by its path in the body) the form's row index of each element kept, and the dates
     * typed in day, month and year boxes that are not real dates (by their path in the body; the body keeps what
     * was typed there, as an object of day, month and year, so a draft keeps it).
     */
    record Result(ObjectNode body, Map<String, List<Integer>> rowsKept, List<DomainRuleViolation.FieldRule> dateErrors) {

        /** The body without the dates that are not real, to check the rest of it as a completion would. */
        ObjectNode bodyWithoutBadDates() {
            ObjectNode copy = body.deepCopy();
            for (DomainRuleViolation.FieldRule error : dateErrors) {
                List<FieldPath.Step> steps = FieldPath.parse(error.field());
                JsonNode parent = copy;
                for (FieldPath.Step step : steps.subList(0, steps.size() - 1)) {
                    parent = step.isIndex() ? parent.path(step.index()) : parent.path(step.name());
                }
                if (parent instanceof ObjectNode object) {
                    object.remove(steps.get(steps.size() - 1).name());
                }
            }
            return copy;
        }

        /** The form's field name for a path in the body: milestones[1].title may be the form's milestones[2].title. */
        String formPath(String jsonPath) {
            StringBuilder json = new StringBuilder();
            StringBuilder form = new StringBuilder();
            for (FieldPath.Step step : FieldPath.parse(jsonPath)) {
                if (step.isIndex()) {
                    List<Integer> kept = rowsKept.get(json.toString());
                    int index = kept != null && step.index() < kept.size() ? kept.get(step.index()) : step.index();
                    json.append('[').append(step.index()).append(']');
                    form.append('[').append(index).append(']');
                } else {
                    String dot = json.isEmpty() ? "" : ".";
                    json.append(dot).append(step.name());
                    form.append(dot).append(step.name());
                }
            }
            return form.toString();
        }
    }

    /**
     * Builds the body from the request's parameters. Names starting with an underscore (the CSRF token) and names that are
     * not paths are ignored. {@code rowKeys} are fields that only identify a row (a hidden year): a row holding
     * nothing else is empty. Amount fields (any whose name contains amount) may be typed as £150,000.00. A group of
     * day, month and year fields ({@code milestones[0].dueDate.day}) becomes the ISO date they make (DateParts).
     */
    static Result convert(Map<String, String[]> params, Set<String> rowKeys) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            String name = param.getKey();
            List<FieldPath.Step> steps = name.startsWith("_") ? List.of() : FieldPath.parse(name);
            if (!steps.isEmpty() && !steps.get(0).isIndex()) {
                put(tree, steps, value(lastName(steps), param.getValue()));
            }
        }
        Map<String, List<Integer>> kept = new HashMap<>();
        List<DomainRuleViolation.FieldRule> dateErrors = new ArrayList<>();
        JsonNode body = toJson(tree, "", rowKeys, kept, dateErrors);
        return new Result(body instanceof ObjectNode object ? object : NODES.objectNode(), kept, dateErrors);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<FieldPath.Step> steps, Object value) {
        Object container = tree;
        for (int i = 0; i < steps.size(); i++) {
            FieldPath.Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            Object child = last ? value : steps.get(i + 1).isIndex() ? new TreeMap<Integer, Object>() : new LinkedHashMap<>();
            if (step.isIndex() && container instanceof TreeMap) {
                container = ((TreeMap<Integer, Object>) container).computeIfAbsent(step.index(), k -> child);
            } else if (!step.isIndex() && container instanceof LinkedHashMap) {
                container = ((Map<String, Object>) container).computeIfAbsent(step.name(), k -> child);
            } else {
                return; // the same name used once as a list and once as a field: the later one loses
            }
        }
    }

    /** The field a value belongs to: trancheAmounts for trancheAmounts[1]. */
    private static String lastName(List<FieldPath.Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).isIndex()) {
                return steps.get(i).name();
            }
        }
        return "";
    }

    /** One value as given, trimmed; several values of one plain name (checkboxes) become a list. */
    private static Object value(String field, String[] values) {
        boolean amount = field.toLowerCase().contains("amount");
        List<String> cleaned = new ArrayList<>();
        for (String v : values) {
            String text = v == null ? "" : v.trim();
            cleaned.add(amount ? text.replace("£", "").replace(",", "").trim() : text);
        }
        if (cleaned.size() == 1) {
            return cleaned.get(0);
        }
        TreeMap<Integer, Object> list = new TreeMap<>();
        for (int i = 0; i < cleaned.size(); i++) {
            list.put(i, cleaned.get(i));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object node, String path, Set<String> rowKeys, Map<String, List<Integer>> kept,
            List<DomainRuleViolation.FieldRule> dateErrors) {
        if (node instanceof String text) {
            return text.isEmpty() ? null : NODES.textNode(text);
        }
        if (node instanceof TreeMap<?, ?> rows) {
            ArrayNode array = NODES.arrayNode();
            List<Integer> indices = new ArrayList<>();
            for (Map.Entry<Integer, Object> row : ((TreeMap<Integer, Object>) rows).entrySet()) {
                JsonNode element = toJson(row.getValue(), path + "[" + array.size() + "]", rowKeys, kept, dateErrors);
                if (element != null) {
                    array.add(element);
                    indices.add(row.getKey());
                }
            }
            kept.put(path, indices);
            return array.isEmpty() ? null : array;
        }
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Object> field : ((Map<String, Object>) node).entrySet()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = toJson(field.getValue(), fieldPath, rowKeys, kept, dateErrors);
            if (value != null) {
                object.set(field.getKey(), value);
            }
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        boolean onlyKeys = rowKeys.containsAll(names);
        // A named field, never a list's row: a budget row holding only its year is an empty row, not a date.
        if (!path.isEmpty() && !path.endsWith("]") && DateParts.isDate(names)) {
            DateParts.Reading date = DateParts.read(object);
            if (date.valid()) {
                return NODES.textNode(date.isoDate());
            }
            dateErrors.add(new DomainRuleViolation.FieldRule(path, date.rule()));
            return object;
        }
        return object.isEmpty() || (!path.isEmpty() && onlyKeys) ? null : object;
    }

    /**
     * Decimals in task bodies are amounts in pounds (API.md), and Jackson's trees strip their trailing zeros:
     * show them as the reader types them, 150000.00.
     */
    private static String pounds(java.math.BigDecimal amount) {
        return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
    }

    /** The form's fields for a body, the inverse of {@link #convert}: to fill a form from a previous answer. */
    static Map<String, String> flatten(JsonNode body) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(body, "", values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", values);
            }
        } else {
            values.put(path, node.isBigDecimal() ? pounds(node.decimalValue()) : node.asText());
        }
    }
}
