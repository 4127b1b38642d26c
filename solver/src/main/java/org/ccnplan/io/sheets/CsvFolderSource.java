package org.ccnplan.io.sheets;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;

/**
 * Reads a folder of CSV files, one per sheet ({@code projects.csv}, ...), with Commons CSV: UTF-8 (a byte-order mark
 * is skipped), fields separated by commas or, as a Vietnamese-locale Excel writes them, by semicolons. Each grid is
 * named after its file. Files the layout does not name are not read (only their names are listed).
 */
final class CsvFolderSource {

    private CsvFolderSource() {
    }

    /** Lines that decide the delimiter: enough to get past a title to the header row. */
    private static final int SNIFFED_LINES = 20;

    /** The CSV files of a folder: those named in {@code wanted} (lower case) read, the others as empty grids. */
    static List<SheetGrid> read(Path folder, Set<String> wanted, Predicate<String> isHeader)
            throws InvalidInputException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), "(folder)", "cannot be read: " + e.getMessage());
        }
        List<SheetGrid> grids = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            if (!wanted.contains(name.toLowerCase(Locale.ROOT))) {
                grids.add(new SheetGrid(name, List.of()));
                continue;
            }
            try {
                grids.add(grid(name, text(Files.readAllBytes(path)), isHeader));
            } catch (CharacterCodingException e) {
                problems.add(new InputProblem(folder.toString(), name, "the file is not UTF-8 text; save it as"
                        + " \"CSV UTF-8 (Comma delimited)\""));
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                problems.add(new InputProblem(folder.toString(), name, "cannot be read as CSV: "
                        + cause.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return grids;
    }

    private static String text(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static SheetGrid grid(String name, String text, Predicate<String> isHeader) throws IOException {
        SheetGrid grid = new SheetGrid(name, List.of());
        char delimiter = delimiter(text, isHeader);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            int row = 0;
            for (CSVRecord record : parser) {
                for (int column = 0; column < record.size(); column++) {
                    grid.put(row, column, SheetCell.csvText(record.get(column), delimiter == ';' ? ',' : '.'));
                }
                row++;
            }
        }
        return grid;
    }

    /**
     * The delimiter under which a line among the first ones splits into the most known column headers (a title line
     * above the header row has none); failing that, a semicolon when some line has more semicolons outside quotes
     * than any has commas.
     */
    static char delimiter(String text, Predicate<String> isHeader) {
        List<String> lines = text.lines().limit(SNIFFED_LINES).toList();
        int semicolonHeaders = 0;
        int commaHeaders = 0;
        int semicolons = 0;
        int commas = 0;
        for (String line : lines) {
            semicolonHeaders = Math.max(semicolonHeaders, headers(line, ';', isHeader));
            commaHeaders = Math.max(commaHeaders, headers(line, ',', isHeader));
            semicolons = Math.max(semicolons, split(line, ';').size() - 1);
            commas = Math.max(commas, split(line, ',').size() - 1);
        }
        if (semicolonHeaders != commaHeaders) {
            return semicolonHeaders > commaHeaders ? ';' : ',';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int headers(String line, char delimiter, Predicate<String> isHeader) {
        return (int) split(line, delimiter).stream().map(field -> Cells.header(field.replace("\"", "")))
                .filter(isHeader).count();
    }

    /** A line's fields at a delimiter outside quotes (quotes kept): enough to count them. */
    private static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
