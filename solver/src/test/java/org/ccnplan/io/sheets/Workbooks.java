package org.ccnplan.io.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Helpers of the workbook tests: datasets compared by value, workbooks opened and saved with POI. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * A dataset as DatasetWriter writes it, with every number by value (4.50 and 4.5 are the same number): two
     * datasets are the same when these are equal.
     */
    static JsonNode normalized(AllocationPlan plan) {
        return normalized(DatasetWriter.toJson(plan));
    }

    static JsonNode normalized(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return JsonNodeFactory.instance.textNode("number " + value.toPlainString());
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(normalized(element)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), normalized(field.getValue()));
            }
            return copy;
        }
        return node;
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        return open(Files.readAllBytes(file));
    }

    static Path save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
