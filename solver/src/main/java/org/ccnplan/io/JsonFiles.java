package org.ccnplan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads a JSON input file into a tree: exact decimals, no duplicate keys, clear messages for unreadable files. */
public final class JsonFiles {

    /** Parses numbers as exact decimals and refuses duplicate keys and trailing content; maps no types from input. */
    static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Keep a number as written: 2025.0 stays 2025.0 (not an int), 50.0 does not become 5E+1.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonFiles() {
    }

    /** A file's name, the SHA-256 of its bytes and the JSON tree they hold. */
    public record JsonInput(String file, String sha256, JsonNode tree) {
    }

    public static JsonInput read(Path path) throws InvalidInputException {
        String file = path.toString();
        byte[] bytes = readBytes(path, file);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
            throw new InvalidInputException(file, "(file)", "the file is empty; expected a JSON object");
        }
        refuseOtherThanUtf8(bytes, file);
        try (JsonParser parser = READER.createParser(bytes)) {
            JsonNode tree = READER.readTree(parser);
            return new JsonInput(file, sha256(bytes), tree);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "(file)"
                    : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidInputException(file, where, "not valid JSON: " + explain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(file, "(file)", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * JSON is UTF-8 without a byte-order mark (RFC 8259, 8.1). Jackson would read a BOM, UTF-16 or UTF-32 silently; a
     * planner is better served by being told how to save the file.
     */
    private static void refuseOtherThanUtf8(byte[] bytes, String file) throws InvalidInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new InvalidInputException(file, "line 1, column 1", "the file starts with a byte-order mark (BOM),"
                    + " which JSON does not allow; save it as \"UTF-8\", not \"UTF-8 with BOM\"");
        }
        boolean utf16Mark = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        boolean zeroBytes = false;
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            zeroBytes |= bytes[i] == 0;
        }
        if (utf16Mark || zeroBytes) {
            throw new InvalidInputException(file, "line 1, column 1",
                    "the file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8");
        }
    }

    /** Jackson's message without its advice to programmers (parser features a planner cannot switch on). */
    static String explain(String message) {
        if (message == null) {
            return "unreadable content";
        }
        if (message.startsWith("Trailing token")) {
            return "more content after the end of the top-level object (only one JSON object is allowed)";
        }
        String text = message.replaceAll("\\s*\\(not recognized as one since Feature 'ALLOW_COMMENTS'[^)]*\\)",
                " (comments are not allowed in JSON)")
                .replaceAll("[:;]\\s*enable `?[A-Za-z_.]+`? to allow", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "");
        if (text.contains("end-of-input")) {
            text = "the file ends before the JSON is complete (is it truncated?): " + text;
        }
        if (text.startsWith("Invalid UTF-8")) {
            text = "the file is not UTF-8 text (save it as UTF-8): " + text;
        }
        return text;
    }

    /** The largest array Java can allocate, hence the largest file read whole. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private static byte[] readBytes(Path path, String file) throws InvalidInputException {
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(file, "(file)", "is a directory, not a JSON file");
        }
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new InvalidInputException(file, "(file)", "is " + Files.size(path) / (1024 * 1024)
                        + " MB: larger than a dataset or plan can be (2 GB)");
            }
            // Running out of memory here is not the file's fault: it reaches the user as "out of memory".
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "(file)", "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file, "(file)", "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(file, "(file)", "cannot be read: " + e.getMessage());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
