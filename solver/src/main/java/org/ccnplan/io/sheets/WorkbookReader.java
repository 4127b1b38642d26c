package org.ccnplan.io.sheets;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.HubType;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;
import org.ccnplan.io.sheets.SheetLayout.Column;
import org.ccnplan.io.sheets.SheetLayout.Kind;
import org.ccnplan.io.sheets.SheetLayout.Setting;
import org.ccnplan.io.sheets.SheetLayout.Sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a dataset from a workbook laid out as {@link SheetLayout} says (or from a folder of CSV files, one per sheet):
 * the sheets' rows become the JSON tree of a SPEC v1 dataset, which the {@link DatasetReader} then checks against
 * every rule of the format. Every problem names its sheet and cell ({@code Projects!E17}): those of the cells
 * themselves (a number that is not one, an unknown column), and those of the dataset's rules, whose JSON paths are
 * mapped back to the cells they came from. All are reported at once.
 */
public final class WorkbookReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    /** A row of a list named inside a dataset problem's message ("projects[3] has it already"). */
    private static final Pattern ROW_PATH = Pattern.compile(
            "(?<![\\w.])(?:phases|hubs|sectors|clusters|projects|sectorReserves|policy\\.operationalTargets)\\[\\d+\\]");

    /** Where a value of the dataset came from: a cell, a whole row (row, no column) or a whole sheet (neither). */
    private record Place(Sheet sheet, String sheetName, int row, int column, String label) {

        String location() {
            if (row < 0) {
                return sheetName;
            }
            return sheetName + "!" + (column < 0 ? "" : CellReference.convertNumToColString(column)) + (row + 1);
        }
    }

    /** A problem and where it is; a null place is the whole workbook or folder. */
    private record Located(Place place, String message, int sequence) {
    }

    /** A column of a sheet as found: the layout's column, its header as the problems name it, the stage's phase. */
    private record Field(int index, Column column, String header, String phase) {
    }

    /** A sheet's header as found and its data rows. */
    private record Table(SheetGrid grid, Map<String, Field> fields, List<Integer> rows, int headerRow,
            int firstFreeColumn) {

        Field field(String header) {
            return fields.get(header);
        }
    }

    private final String file;
    private final boolean folder;
    private final List<Located> problems = new ArrayList<>();
    /** JSON path to where its value came from. */
    private final Map<String, Place> places = new HashMap<>();
    /** A hub distance's path to its hub cell (its value's place is the km cell). */
    private final Map<String, Place> keyPlaces = new HashMap<>();
    /** JSON paths (and what is under them) whose problems are already reported, or follow from one that is. */
    private final Set<String> suppressed = new HashSet<>();
    private final Map<Sheet, SheetGrid> grids = new LinkedHashMap<>();
    private final List<String> phaseIds = new ArrayList<>();
    private final Map<String, Integer> clusterIndex = new LinkedHashMap<>();

    private WorkbookReader(String file, boolean folder) {
        this.file = file;
        this.folder = folder;
    }

    /** Reads a workbook (.xlsx, or .xls) or, when {@code input} is a folder, its CSV files. */
    public static AllocationPlan read(Path input) throws InvalidInputException {
        boolean folder = Files.isDirectory(input);
        List<SheetGrid> grids = folder ? CsvFolderSource.read(input, SheetLayout.SHEETS.stream().map(Sheet::csvFile)
                .collect(Collectors.toSet()), header -> SheetLayout.SHEETS.stream()
                        .anyMatch(sheet -> isKnownHeader(sheet, header)))
                : WorkbookSource.read(input);
        return new WorkbookReader(input.toString(), folder).read(grids);
    }

    private AllocationPlan read(List<SheetGrid> found) throws InvalidInputException {
        if (!matchSheets(found)) {
            // Without a required sheet every reference to it would be a problem too: only the sheets are reported.
            throw invalid();
        }
        ObjectNode root = JSON.objectNode();
        root.put("formatVersion", 1);
        readSettings(root);
        readList(SheetLayout.PHASES, root, (item, table, row, path) -> {
            if (item.hasNonNull("id")) {
                phaseIds.add(item.get("id").textValue());
            }
        });
        readList(SheetLayout.HUBS, root, null);
        readList(SheetLayout.SECTORS, root, null);
        readList(SheetLayout.CLUSTERS, root, this::readStages);
        readHubDistances(root);
        readList(SheetLayout.PROJECTS, root, null);
        readList(SheetLayout.SECTOR_RESERVES, root, null);
        readList(SheetLayout.OPERATIONAL_TARGETS, root, null);

        AllocationPlan plan = null;
        try {
            plan = DatasetReader.read(file, root);
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.getProblems()) {
                mapBack(problem.location(), problem.message());
            }
        }
        if (!problems.isEmpty()) {
            throw invalid();
        }
        return plan;
    }

    /** Every problem found, in the order of the sheets, rows and columns. */
    private InvalidInputException invalid() {
        return new InvalidInputException(problems.stream()
                    .sorted(Comparator.comparingInt((Located located) -> located.place() == null ? -1
                            : SheetLayout.order(located.place().sheet()))
                            .thenComparingInt(located -> located.place() == null ? -1 : located.place().row())
                            .thenComparingInt(located -> located.place() == null ? -1 : located.place().column())
                            .thenComparingInt(Located::sequence))
                    .map(located -> new InputProblem(file, located.place() == null
                            ? (folder ? "(folder)" : "(workbook)") : located.place().location(), located.message()))
                    .toList());
    }

    private void problem(Place place, String message) {
        problems.add(new Located(place, message, problems.size()));
    }

    private Place cell(Sheet sheet, SheetGrid grid, int row, int column, String label) {
        return new Place(sheet, grid.name(), row, column, label);
    }

    // ************************************************************************
    // Sheets
    // ************************************************************************

    private String sheetName(Sheet sheet) {
        return folder ? sheet.csvFile() : sheet.name();
    }

    /** Finds the layout's sheets among those of the workbook; false when a required one is missing. */
    private boolean matchSheets(List<SheetGrid> found) {
        List<String> known = SheetLayout.SHEETS.stream().map(this::sheetName).toList();
        for (SheetGrid grid : found) {
            Sheet sheet = SheetLayout.SHEETS.stream()
                    .filter(candidate -> sheetName(candidate).equalsIgnoreCase(Cells.trim(grid.name())))
                    .findFirst().orElse(null);
            if (sheet == null) {
                String notes = folder ? SheetLayout.NOTES.toLowerCase(Locale.ROOT) + ".csv" : SheetLayout.NOTES;
                String nearest = DatasetReader.nearestName(grid.name(), known);
                // Other sheets (a planner's own notes or pivot tables) are left alone; one named almost like a
                // sheet of the layout is a typo.
                if (!grid.name().equalsIgnoreCase(notes) && nearest != null) {
                    problem(null, "unknown " + (folder ? "file" : "sheet") + " \"" + grid.name() + "\"; did you mean"
                            + " \"" + nearest + "\"?");
                }
                continue;
            }
            SheetGrid earlier = grids.putIfAbsent(sheet, grid);
            if (earlier != null) {
                problem(null, "two " + (folder ? "files" : "sheets") + " for " + sheet.name() + ": \""
                        + earlier.name() + "\" and \"" + grid.name() + "\"; keep one");
            }
        }
        boolean complete = true;
        for (Sheet sheet : SheetLayout.SHEETS) {
            if (sheet.required() && !grids.containsKey(sheet)) {
                problem(null, folder ? "missing file " + sheet.csvFile() + " (the " + sheet.name() + " sheet)"
                        : "missing sheet \"" + sheet.name() + "\"");
                complete = false;
            }
        }
        return complete;
    }

    // ************************************************************************
    // Headers
    // ************************************************************************

    /** The text of a cell as a header or an id: numbers as written (a phase id 2025 typed as a number). */
    private static String text(SheetCell cell) {
        return switch (cell.type()) {
            case BLANK -> null;
            case TEXT -> Cells.trim(cell.text());
            default -> cell.text();
        };
    }

    private static boolean isStageField(String header) {
        return SheetLayout.STAGE_COLUMNS.stream().anyMatch(column -> header.equalsIgnoreCase(column.header()));
    }

    /** Whether a header names a column of the sheet, or a stage column of the clusters sheet. */
    private static boolean isKnownHeader(Sheet sheet, String header) {
        if (sheet.columns().stream().anyMatch(column -> column.header().equalsIgnoreCase(header))) {
            return true;
        }
        if (sheet != SheetLayout.CLUSTERS) {
            return false;
        }
        String lower = header.toLowerCase(Locale.ROOT);
        return SheetLayout.STAGE_COLUMNS.stream().map(column -> column.header().toLowerCase(Locale.ROOT))
                .anyMatch(field -> lower.equals(field) || lower.startsWith(field + " ") || lower.endsWith(" " + field));
    }

    /**
     * Finds the header row (the first row that names a column of the sheet; rows above it, such as a title, are
     * skipped), the header cells merged down over more rows, the phase written in a merged cell over a pair of stage
     * columns, and the data rows below. Reports unknown, repeated and missing columns, and values in columns without
     * a header.
     */
    private Table table(Sheet sheet, SheetGrid grid) {
        Integer headerRow = null;
        for (Map.Entry<Integer, NavigableMap<Integer, SheetCell>> row : grid.rows().entrySet()) {
            if (row.getValue().values().stream().map(WorkbookReader::text)
                    .anyMatch(text -> text != null && isKnownHeader(sheet, Cells.header(text)))) {
                headerRow = row.getKey();
                break;
            }
        }
        if (headerRow == null) {
            if (!grid.rows().isEmpty()) {
                int first = grid.rows().firstKey();
                problem(cell(sheet, grid, first, grid.rows().get(first).firstKey(), null), "no header row: name the"
                        + " columns in the first row (" + String.join(", ", sheet.columns().stream()
                                .map(Column::header).toList()) + ")");
            }
            return new Table(grid, Map.of(), List.of(), -1, 0);
        }
        int bandEnd = headerRow;
        for (CellRangeAddress region : grid.merged()) {
            if (region.getFirstRow() == headerRow) {
                bandEnd = Math.max(bandEnd, region.getLastRow());
            }
        }
        int lastColumn = -1;
        for (int r = headerRow; r <= bandEnd; r++) {
            NavigableMap<Integer, SheetCell> cells = grid.rows().get(r);
            if (cells != null) {
                lastColumn = Math.max(lastColumn, cells.lastKey());
            }
        }
        for (CellRangeAddress region : grid.merged()) {
            if (region.getFirstRow() <= bandEnd && region.getLastRow() >= headerRow) {
                lastColumn = Math.max(lastColumn, region.getLastColumn());
            }
        }

        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        // Columns with a header, and those whose header the layout knows (the only ones read).
        Set<Integer> named = new HashSet<>();
        Set<Integer> read = new HashSet<>();
        for (int c = 0; c <= lastColumn; c++) {
            int nameRow = -1;
            String name = null;
            for (int r = bandEnd; r >= headerRow && name == null; r--) {
                String text = text(grid.cell(r, c));
                if (text != null) {
                    name = Cells.header(text);
                    nameRow = r;
                }
            }
            if (name == null) {
                continue;
            }
            named.add(c);
            Place at = cell(sheet, grid, nameRow, c, null);
            Field field = resolve(sheet, grid, at, name, groupAbove(grid, headerRow, nameRow, c));
            if (field == null) {
                continue;
            }
            String key = field.header().toLowerCase(Locale.ROOT);
            Integer earlier = firstSeen.putIfAbsent(key, c);
            if (earlier != null) {
                problem(at, "a second column \"" + field.header() + "\" (the first is column "
                        + CellReference.convertNumToColString(earlier) + "); keep one");
                continue;
            }
            fields.put(field.header(), field);
            read.add(c);
        }

        List<Integer> rows = new ArrayList<>();
        Map<Integer, Integer> unnamedValues = new LinkedHashMap<>();
        for (Map.Entry<Integer, NavigableMap<Integer, SheetCell>> row : grid.rows().tailMap(bandEnd, false)
                .entrySet()) {
            boolean hasValue = false;
            for (Integer column : row.getValue().keySet()) {
                if (read.contains(column)) {
                    hasValue = true;
                } else if (!named.contains(column)) {
                    unnamedValues.putIfAbsent(column, row.getKey());
                }
            }
            if (hasValue) {
                rows.add(row.getKey());
            }
        }
        int header = headerRow;
        unnamedValues.forEach((column, row) -> problem(cell(sheet, grid, row, column, null), "a value in a column"
                + " without a header (" + CellReference.convertNumToColString(column) + (header + 1) + " is empty"
                + " or part of a merged cell); name the column or move the value"));

        int free = Math.max(lastColumn + 1, grid.rows().values().stream().mapToInt(NavigableMap::lastKey)
                .max().orElse(-1) + 1);
        Table table = new Table(grid, fields, rows, headerRow, free);
        for (Column column : sheet.columns()) {
            if (column.required() && !fields.containsKey(column.header())) {
                problem(cell(sheet, grid, headerRow, free, null), "missing column \"" + column.header() + "\"");
            }
        }
        return table;
    }

    /**
     * The text of a merged cell (or, failing one, any cell) above a header, in the header rows or the row just above
     * them: the phase of a pair of stage columns written once over both.
     */
    private static String groupAbove(SheetGrid grid, int headerRow, int nameRow, int column) {
        for (int r = nameRow - 1; r >= Math.max(0, headerRow - 1); r--) {
            CellRangeAddress region = grid.regionOf(r, column);
            String text = region == null ? text(grid.cell(r, column))
                    : text(grid.cell(region.getFirstRow(), region.getFirstColumn()));
            if (text != null) {
                return Cells.header(text);
            }
        }
        return null;
    }

    /** The layout's column a header names, or null (with a problem) when it names none. */
    private Field resolve(Sheet sheet, SheetGrid grid, Place at, String name, String group) {
        for (Column column : sheet.columns()) {
            if (column.header().equalsIgnoreCase(name)) {
                return new Field(at.column(), column, column.header(), null);
            }
        }
        if (sheet == SheetLayout.CLUSTERS) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Column stage : SheetLayout.STAGE_COLUMNS) {
                String field = stage.header().toLowerCase(Locale.ROOT);
                String phase = null;
                if (lower.startsWith(field + " ")) {
                    phase = name.substring(field.length() + 1).strip();
                } else if (lower.endsWith(" " + field)) {
                    phase = name.substring(0, name.length() - field.length() - 1).strip();
                } else if (lower.equals(field)) {
                    if (group == null || isStageField(group)) {
                        problem(at, "\"" + name + "\" needs its phase: name the column \"" + stage.header()
                                + " <phase id>\", for example \"" + SheetLayout.stageHeader(stage,
                                        phaseIds.isEmpty() ? "2025" : phaseIds.get(0)) + "\"");
                        return null;
                    }
                    phase = group;
                }
                if (phase != null) {
                    if (!phaseIds.contains(phase)) {
                        String nearest = DatasetReader.nearestName(phase, phaseIds);
                        problem(at, "unknown phase \"" + phase + "\" in column \"" + name + "\""
                                + (nearest != null ? "; did you mean \"" + nearest + "\"?"
                                        : "; the Phases sheet has " + (phaseIds.isEmpty() ? "none"
                                                : String.join(", ", phaseIds))));
                        return null;
                    }
                    return new Field(at.column(), stage, SheetLayout.stageHeader(stage, phase), phase);
                }
            }
        }
        List<String> known = new ArrayList<>(sheet.columns().stream().map(Column::header).toList());
        if (sheet == SheetLayout.CLUSTERS) {
            for (String phase : phaseIds) {
                SheetLayout.STAGE_COLUMNS.forEach(stage -> known.add(SheetLayout.stageHeader(stage, phase)));
            }
        }
        String nearest = DatasetReader.nearestName(name, known);
        problem(at, "unknown column \"" + name + "\"" + (nearest != null ? "; did you mean \"" + nearest + "\"?"
                : "; expected " + String.join(", ", known)));
        return null;
    }

    // ************************************************************************
    // Cells to JSON values
    // ************************************************************************

    /** The JSON value of a cell, or null when it is blank or broken (broken: reported, and its path suppressed). */
    private JsonNode value(SheetCell cell, Column column, String header, Place at, String path) {
        if (cell.isBlank()) {
            return null;
        }
        JsonNode value = switch (column.kind()) {
            case ID, TEXT -> textValue(cell, column, header, at);
            case LIST -> listValue(cell, column, header, at);
            case DECIMAL, INTEGER -> numberValue(cell, column, header, at);
        };
        if (value == null) {
            suppressed.add(path);
        }
        return value;
    }

    private JsonNode textValue(SheetCell cell, Column column, String header, Place at) {
        if (cell.type() == SheetCell.Type.ERROR) {
            problem(at, header + " must be text, found " + cell.describe());
            return null;
        }
        // Names and labels round-trip exactly (SPEC section 2), spaces included; ids and references are trimmed.
        boolean freeText = column.kind() == Kind.TEXT && column.choices() == SheetLayout.Choices.NONE
                && cell.type() == SheetCell.Type.TEXT;
        String text = freeText ? cell.text() : text(cell);
        return JSON.textNode(column.choices() == SheetLayout.Choices.HUB_TYPES ? hubType(text) : text);
    }

    private JsonNode listValue(SheetCell cell, Column column, String header, Place at) {
        if (cell.type() == SheetCell.Type.ERROR) {
            problem(at, header + " must be a list of ids, found " + cell.describe());
            return null;
        }
        ArrayNode list = JSON.arrayNode();
        for (String id : Cells.split(text(cell))) {
            list.add(column.header().equals("hubTypes") ? hubType(id) : id);
        }
        return list;
    }

    /** A hub type typed in any case, or with a space or hyphen for the underscore ("Dry port"), as it is named. */
    private static String hubType(String text) {
        String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (HubType type : HubType.values()) {
            if (type.name().equals(name)) {
                return type.name();
            }
        }
        return text;
    }

    private JsonNode numberValue(SheetCell cell, Column column, String header, Place at) {
        BigDecimal number = cell.type() == SheetCell.Type.NUMBER && !cell.date() ? cell.number()
                : cell.type() == SheetCell.Type.TEXT ? Cells.parse(cell.text(), cell.decimalMark()) : null;
        boolean grouped = cell.type() == SheetCell.Type.TEXT && Cells.looksGrouped(cell.text(), cell.decimalMark());
        if (number == null && grouped && cell.decimalMark() != 0) {
            problem(at, header + " must be " + column.expected() + ", found " + cell.describe() + " (write it without"
                    + " a thousands separator, with the file's decimal mark \"" + cell.decimalMark() + "\")");
            return null;
        }
        if (number == null) {
            problem(at, header + " must be " + column.expected() + ", found " + cell.describe());
            return null;
        }
        if (column.kind() == Kind.DECIMAL) {
            if (grouped) {
                // "1.200" is 1,200 in Vietnamese and 1.2 in English: a guess either way could be 1000 times wrong.
                problem(at, header + " is ambiguous, found " + cell.describe() + " (a thousands separator, or three"
                        + " decimals?): write it without a thousands separator, or type it into a number cell");
                return null;
            }
            return JSON.numberNode(number);
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problem(at, header + " must be a whole number, found " + cell.describe()
                    + (grouped ? " (write it without a thousands separator)" : ""));
            return null;
        }
        return JSON.numberNode(number.toBigIntegerExact());
    }

    // ************************************************************************
    // Settings
    // ************************************************************************

    private void readSettings(ObjectNode root) {
        Sheet sheet = SheetLayout.SETTINGS;
        SheetGrid grid = grids.get(sheet);
        if (grid == null) {
            suppressed.add("name");
            return;
        }
        Table table = table(sheet, grid);
        Field keyField = table.field(SheetLayout.SETTINGS_KEY);
        Field valueField = table.field(SheetLayout.SETTINGS_VALUE);
        if (keyField == null || valueField == null) {
            suppressed.add("name");
            return;
        }
        List<String> keys = SheetLayout.SETTINGS_ROWS.stream().map(Setting::key).toList();
        Map<String, Integer> seen = new HashMap<>();
        int nextRow = table.headerRow() + 1;
        for (int row : table.rows()) {
            nextRow = row + 1;
            Place keyAt = cell(sheet, grid, row, keyField.index(), null);
            SheetCell keyCell = grid.cell(row, keyField.index());
            String key = text(keyCell);
            if (key == null) {
                problem(keyAt, "a value without its setting's name");
                continue;
            }
            Setting setting = SheetLayout.SETTINGS_ROWS.stream().filter(s -> s.key().equalsIgnoreCase(key))
                    .findFirst().orElse(null);
            if (setting == null) {
                String nearest = DatasetReader.nearestName(key, keys);
                problem(keyAt, "unknown setting \"" + key + "\"" + (nearest != null ? "; did you mean \"" + nearest
                        + "\"?" : "; expected one of " + String.join(", ", keys)));
                continue;
            }
            Integer earlier = seen.putIfAbsent(setting.key(), row);
            if (earlier != null) {
                problem(keyAt, "a second row for setting \"" + setting.key() + "\" (the first is row " + (earlier + 1)
                        + "); keep one");
                continue;
            }
            Place valueAt = cell(sheet, grid, row, valueField.index(), setting.key());
            places.put(setting.key(), valueAt);
            JsonNode value = value(grid.cell(row, valueField.index()), setting.asColumn(), setting.key(), valueAt,
                    setting.key());
            if (value != null) {
                put(root, setting.key(), value);
            }
        }
        if (!seen.containsKey("name")) {
            problem(cell(sheet, grid, nextRow, keyField.index(), null), "setting \"name\" is required: add a row"
                    + " with \"name\" and the dataset's name");
            suppressed.add("name");
        }
    }

    /** Puts a value at a dotted path, creating the objects on the way ({@code policy.maxSectorsPerCluster}). */
    private static void put(ObjectNode node, String dottedPath, JsonNode value) {
        int dot = dottedPath.indexOf('.');
        if (dot < 0) {
            node.set(dottedPath, value);
            return;
        }
        String head = dottedPath.substring(0, dot);
        ObjectNode child = node.get(head) instanceof ObjectNode existing ? existing : node.putObject(head);
        put(child, dottedPath.substring(dot + 1), value);
    }

    // ************************************************************************
    // Lists
    // ************************************************************************

    /** What a sheet needs besides its plain columns: a cluster's stages. */
    private interface RowExtra {
        void read(ObjectNode item, Table table, int row, String path);
    }

    private void readList(Sheet sheet, ObjectNode root, RowExtra extra) {
        SheetGrid grid = grids.get(sheet);
        if (grid == null) {
            suppressed.add(sheet.list());
            return;
        }
        places.put(sheet.list(), new Place(sheet, grid.name(), -1, -1, null));
        Table table = table(sheet, grid);
        if (table.fields().isEmpty()) {
            // No column the layout knows (each reported): nothing to read, nothing more to say about its rows.
            suppressed.add(sheet.list());
            return;
        }
        for (Column column : sheet.columns()) {
            if (column.required() && table.field(column.header()) == null) {
                for (int i = 0; i < table.rows().size(); i++) {
                    suppressed.add(sheet.list() + "[" + i + "]." + column.field());
                }
            }
        }
        boolean stageColumns = sheet == SheetLayout.CLUSTERS && table.headerRow() >= 0 && checkStageColumns(table);
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < table.rows().size(); i++) {
            int row = table.rows().get(i);
            String path = sheet.list() + "[" + i + "]";
            ObjectNode item = items.addObject();
            Field first = table.fields().values().iterator().next();
            Field idField = sheet.idColumn() == null ? null : table.field(sheet.idColumn().header());
            places.put(path, cell(sheet, grid, row, (idField != null ? idField : first).index(), null));
            for (Field field : table.fields().values()) {
                if (field.phase() != null) {
                    continue;
                }
                String fieldPath = path + "." + field.column().field();
                Place at = cell(sheet, grid, row, field.index(), field.header());
                places.put(fieldPath, at);
                JsonNode value = value(grid.cell(row, field.index()), field.column(), field.header(), at, fieldPath);
                if (value != null) {
                    put(item, field.column().field(), value);
                }
            }
            if (sheet == SheetLayout.CLUSTERS && !stageColumns) {
                suppressed.add(path + ".stages");
            }
            if (extra != null) {
                extra.read(item, table, row, path);
            }
        }
        if (!table.rows().isEmpty() || sheet.required()) {
            put(root, sheet.list(), items);
        }
    }

    /** Every phase with a land column has a power column and the reverse; at least one pair. False when none. */
    private boolean checkStageColumns(Table table) {
        boolean any = false;
        for (String phase : phaseIds) {
            Field land = table.field(SheetLayout.stageHeader(SheetLayout.STAGE_LAND, phase));
            Field power = table.field(SheetLayout.stageHeader(SheetLayout.STAGE_POWER, phase));
            if (land != null || power != null) {
                any = true;
            }
            if ((land == null) != (power == null)) {
                String missing = SheetLayout.stageHeader(land == null ? SheetLayout.STAGE_LAND
                        : SheetLayout.STAGE_POWER, phase);
                problem(cell(SheetLayout.CLUSTERS, table.grid(), table.headerRow(), table.firstFreeColumn(), null),
                        "missing column \"" + missing + "\": a stage has both land and power");
            }
        }
        if (!any) {
            problem(cell(SheetLayout.CLUSTERS, table.grid(), table.headerRow(), table.firstFreeColumn(), null),
                    "no stage columns: add \"landHa <phase id>\" and \"powerMw <phase id>\" for each phase in which"
                            + " clusters get land and power, for example \"landHa "
                            + (phaseIds.isEmpty() ? "2025" : phaseIds.get(0)) + "\"");
        }
        return any;
    }

    /** A cluster's stages from its land and power columns, in phase order; a phase with both cells empty has none. */
    private void readStages(ObjectNode cluster, Table table, int row, String path) {
        if (cluster.hasNonNull("id") && !clusterIndex.containsKey(cluster.get("id").textValue())) {
            clusterIndex.put(cluster.get("id").textValue(), Integer.parseInt(path.replaceAll("\\D", "")));
        }
        if (suppressed.contains(path + ".stages")) {
            return;
        }
        SheetGrid grid = table.grid();
        ArrayNode stages = JSON.arrayNode();
        Place firstStageCell = null;
        // A value in a column whose pair is missing (reported at the header): the stage is not read.
        boolean halfStage = false;
        for (String phase : new LinkedHashSet<>(phaseIds)) {
            Field land = table.field(SheetLayout.stageHeader(SheetLayout.STAGE_LAND, phase));
            Field power = table.field(SheetLayout.stageHeader(SheetLayout.STAGE_POWER, phase));
            if (land == null || power == null) {
                Field half = land != null ? land : power;
                halfStage |= half != null && !grid.cell(row, half.index()).isBlank();
                continue;
            }
            Place landAt = cell(SheetLayout.CLUSTERS, grid, row, land.index(), land.header());
            Place powerAt = cell(SheetLayout.CLUSTERS, grid, row, power.index(), power.header());
            firstStageCell = firstStageCell == null ? landAt : firstStageCell;
            SheetCell landCell = grid.cell(row, land.index());
            SheetCell powerCell = grid.cell(row, power.index());
            if (landCell.isBlank() && powerCell.isBlank()) {
                continue;
            }
            String stagePath = path + ".stages[" + stages.size() + "]";
            ObjectNode stage = stages.addObject().put("phase", phase);
            places.put(stagePath, landAt);
            places.put(stagePath + ".phase", landAt);
            places.put(stagePath + ".landHa", landAt);
            places.put(stagePath + ".powerMw", powerAt);
            JsonNode landValue = value(landCell, land.column(), land.header(), landAt, stagePath + ".landHa");
            JsonNode powerValue = value(powerCell, power.column(), power.header(), powerAt, stagePath + ".powerMw");
            if (landValue != null) {
                stage.set("landHa", landValue);
            }
            if (powerValue != null) {
                stage.set("powerMw", powerValue);
            }
        }
        if (stages.isEmpty()) {
            if (firstStageCell != null && !halfStage) {
                problem(firstStageCell, "no land and power in any phase: a cluster needs landHa and powerMw in at"
                        + " least one phase");
            }
            suppressed.add(path + ".stages");
            return;
        }
        cluster.set("stages", stages);
    }

    // ************************************************************************
    // Road distances
    // ************************************************************************

    private void readHubDistances(ObjectNode root) {
        Sheet sheet = SheetLayout.HUB_DISTANCES;
        SheetGrid grid = grids.get(sheet);
        if (grid == null) {
            return;
        }
        Table table = table(sheet, grid);
        Field clusterField = table.field("cluster");
        Field hubField = table.field("hub");
        Field kmField = table.field("km");
        if (clusterField == null || hubField == null || kmField == null) {
            return;
        }
        JsonNode clusters = root.get("clusters");
        Map<String, Place> seen = new HashMap<>();
        for (int row : table.rows()) {
            Place clusterAt = cell(sheet, grid, row, clusterField.index(), "cluster");
            Place hubAt = cell(sheet, grid, row, hubField.index(), "hub");
            Place kmAt = cell(sheet, grid, row, kmField.index(), "km");
            String cluster = requiredText(grid.cell(row, clusterField.index()), clusterField, clusterAt);
            String hub = requiredText(grid.cell(row, hubField.index()), hubField, hubAt);
            SheetCell kmCell = grid.cell(row, kmField.index());
            if (kmCell.isBlank()) {
                problem(kmAt, "km is required");
            }
            JsonNode km = value(kmCell, kmField.column(), "km", kmAt, "(distance)");
            if (cluster == null || hub == null || km == null) {
                continue;
            }
            Integer index = clusterIndex.get(cluster);
            if (index == null) {
                String nearest = DatasetReader.nearestName(cluster, List.copyOf(clusterIndex.keySet()));
                problem(clusterAt, "unknown cluster \"" + cluster + "\"" + (nearest != null ? "; did you mean \""
                        + nearest + "\"?" : ""));
                continue;
            }
            Place earlier = seen.putIfAbsent(cluster + "\n" + hub, kmAt);
            if (earlier != null) {
                problem(kmAt, "a second distance from " + cluster + " to " + hub + " (the first is "
                        + earlier.location() + "); keep one");
                continue;
            }
            ObjectNode item = (ObjectNode) clusters.get(index);
            ObjectNode distances = item.get("hubDistancesKm") instanceof ObjectNode existing ? existing
                    : item.putObject("hubDistancesKm");
            distances.set(hub, km);
            String path = "clusters[" + index + "].hubDistancesKm." + hub;
            places.put(path, kmAt);
            keyPlaces.put(path, hubAt);
        }
    }

    private String requiredText(SheetCell cell, Field field, Place at) {
        if (cell.isBlank()) {
            problem(at, field.header() + " is required");
            return null;
        }
        JsonNode value = textValue(cell, field.column(), field.header(), at);
        return value == null ? null : value.textValue();
    }

    // ************************************************************************
    // The dataset's problems, back to their cells
    // ************************************************************************

    private boolean isSuppressed(String path) {
        for (String broken : suppressed) {
            if (path.equals(broken) || path.startsWith(broken + ".") || path.startsWith(broken + "[")) {
                return true;
            }
        }
        return false;
    }

    private void mapBack(String path, String message) {
        if (path.equals("(top level)")) {
            problem(null, rewritePaths(message));
            return;
        }
        if (isSuppressed(path)) {
            return;
        }
        Place place = message.startsWith("unknown hub ") && keyPlaces.containsKey(path) ? keyPlaces.get(path)
                : places.get(path);
        boolean exact = place != null;
        String at = path;
        while (place == null && !at.isEmpty()) {
            at = parent(at);
            place = places.get(at);
        }
        String text = rewritePaths(message);
        if (place != null && place.row() < 0 && message.equals("must not be empty")) {
            text = "has no rows; at least one is required";
        } else if (place != null && exact && place.label() != null && !text.startsWith(place.label())
                && (text.startsWith("must ") || text.startsWith("is ") || text.startsWith("has ")
                        || text.startsWith("needs "))) {
            text = place.label() + " " + text;
        }
        problem(place, text);
    }

    /** {@code a.b[2].c} to {@code a.b[2]} to {@code a.b} to {@code a} to the empty path. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** A row named inside a message ("projects[3] has it already") becomes its cell ("Projects!A5 has it already"). */
    private String rewritePaths(String message) {
        Matcher matcher = ROW_PATH.matcher(message);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Place place = places.get(matcher.group());
            matcher.appendReplacement(text, Matcher.quoteReplacement(place == null ? matcher.group()
                    : place.location()));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
