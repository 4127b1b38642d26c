package org.ccnplan.io.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.HubType;
import org.ccnplan.io.DatasetWriter;
import org.ccnplan.io.sheets.SheetLayout.Choices;
import org.ccnplan.io.sheets.SheetLayout.Column;
import org.ccnplan.io.sheets.SheetLayout.Kind;
import org.ccnplan.io.sheets.SheetLayout.NumberRule;
import org.ccnplan.io.sheets.SheetLayout.Setting;
import org.ccnplan.io.sheets.SheetLayout.Sheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the workbook of a dataset in the {@link SheetLayout}: an empty template, or an existing dataset (reading it
 * back with {@link WorkbookReader} gives the same dataset). Each sheet has its header row frozen, a comment on every
 * header cell explaining the column in English and Vietnamese, and data validation that catches mistakes while
 * typing: drop-downs of the phases, sectors, clusters, hubs and hub types, number ranges, and unique ids. A notes
 * sheet explains every sheet and column in both languages.
 */
public final class WorkbookWriter {

    /** Rows of a template that get the columns' validations. */
    static final int TEMPLATE_ROWS = 2000;
    private static final int MAX_WIDTH = 50;
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle wrapStyle;
    private final CellStyle titleStyle;

    private WorkbookWriter() {
        workbook.getProperties().getCoreProperties().setCreator("ccnplan");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        textStyle = workbook.createCellStyle();
        // Text format: an id typed as 001 or 2025 stays as typed.
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        titleStyle = workbook.createCellStyle();
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        titleStyle.setFont(large);
    }

    /** An empty workbook with these phases filled in (a label and end year guessed for year-like ids). */
    public static byte[] template(List<String> phaseIds) {
        ObjectNode dataset = JSON.objectNode();
        for (Setting setting : SheetLayout.SETTINGS_ROWS) {
            if (setting.defaultText() != null) {
                put(dataset, setting.key(), setting.kind() == Kind.TEXT ? JSON.textNode(setting.defaultText())
                        : JSON.numberNode(new BigDecimal(setting.defaultText())));
            }
        }
        ArrayNode phases = dataset.putArray("phases");
        Integer previousYear = null;
        for (String id : phaseIds) {
            ObjectNode phase = phases.addObject().put("id", id);
            Integer year = id.matches("\\d{4}") ? Integer.valueOf(id) : null;
            if (year != null) {
                phase.put("label", previousYear == null ? "to " + year : previousYear + 1 + "-" + year)
                        .put("endYear", year);
            }
            previousYear = year;
        }
        return new WorkbookWriter().write(dataset);
    }

    /** The workbook of a dataset: every value as {@link DatasetWriter} writes it, defaults spelt out. */
    public static byte[] export(AllocationPlan plan) {
        return new WorkbookWriter().write(DatasetWriter.toJson(plan));
    }

    private byte[] write(ObjectNode dataset) {
        List<String> phaseIds = new ArrayList<>();
        dataset.path("phases").forEach(phase -> phaseIds.add(phase.path("id").asText()));
        for (Sheet sheet : SheetLayout.SHEETS) {
            if (sheet == SheetLayout.SETTINGS) {
                writeSettings(dataset);
            } else {
                List<Column> columns = new ArrayList<>(sheet.columns());
                Map<Column, String> stagePhases = new HashMap<>();
                if (sheet == SheetLayout.CLUSTERS) {
                    for (String phase : phaseIds) {
                        for (Column stage : SheetLayout.STAGE_COLUMNS) {
                            Column column = new Column(SheetLayout.stageHeader(stage, phase), stage.field(),
                                    stage.kind(), false, stage.defaultText(), stage.rule(), stage.choices(),
                                    stage.english(), stage.vietnamese());
                            columns.add(column);
                            stagePhases.put(column, phase);
                        }
                    }
                }
                List<JsonNode> rows = rows(sheet, dataset);
                writeSheet(sheet, columns, rows, stagePhases);
            }
        }
        for (Choices choices : Choices.values()) {
            Sheet sheet = switch (choices) {
                case PHASES -> SheetLayout.PHASES;
                case SECTORS -> SheetLayout.SECTORS;
                case CLUSTERS -> SheetLayout.CLUSTERS;
                case HUBS -> SheetLayout.HUBS;
                default -> null;
            };
            if (sheet != null) {
                Name name = workbook.createName();
                name.setNameName(choices.rangeName());
                int last = Math.max(TEMPLATE_ROWS, workbook.getSheet(sheet.name()).getLastRowNum() + TEMPLATE_ROWS);
                name.setRefersToFormula(sheet.name() + "!$A$2:$A$" + (last + 1));
            }
        }
        writeNotes(phaseIds);
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            // Printed, a sheet fits the page's width, in landscape.
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setLandscape(true);
        }
        workbook.setActiveSheet(0);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            workbook.write(bytes);
            workbook.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing a workbook to memory cannot fail", e);
        }
    }

    /** The JSON objects a sheet shows, one per row. */
    private static List<JsonNode> rows(Sheet sheet, ObjectNode dataset) {
        List<JsonNode> rows = new ArrayList<>();
        if (sheet == SheetLayout.HUB_DISTANCES) {
            for (JsonNode cluster : dataset.path("clusters")) {
                cluster.path("hubDistancesKm").fields().forEachRemaining(entry -> rows.add(JSON.objectNode()
                        .put("cluster", cluster.path("id").asText()).put("hub", entry.getKey())
                        .set("km", entry.getValue())));
            }
            return rows;
        }
        JsonNode list = dataset;
        for (String part : sheet.list().split("\\.")) {
            list = list.path(part);
        }
        list.forEach(rows::add);
        return rows;
    }

    private static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode value = node;
        for (String part : dottedPath.split("\\.")) {
            value = value.path(part);
        }
        return value.isMissingNode() || value.isNull() ? null : value;
    }

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
    // Sheets
    // ************************************************************************

    private void writeSheet(Sheet sheet, List<Column> columns, List<JsonNode> items, Map<Column, String> stagePhases) {
        XSSFSheet out = workbook.createSheet(sheet.name());
        Row header = out.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(headerStyle);
            comment(out, cell, note(column));
            widths[c] = column.header().length();
            if (column.kind() != Kind.DECIMAL && column.kind() != Kind.INTEGER) {
                out.setDefaultColumnStyle(c, textStyle);
            }
        }
        for (int r = 0; r < items.size(); r++) {
            Row row = out.createRow(r + 1);
            JsonNode item = items.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                JsonNode value = stagePhases.containsKey(column) ? stageValue(item, stagePhases.get(column), column)
                        : at(item, column.field());
                widths[c] = Math.max(widths[c], setCell(row, c, column, value));
            }
        }
        int validated = Math.max(TEMPLATE_ROWS, items.size() + TEMPLATE_ROWS);
        for (int c = 0; c < columns.size(); c++) {
            validate(out, columns.get(c), new CellRangeAddressList(1, validated, c, c));
            out.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 3) * 256);
        }
        out.createFreezePane(0, 1);
        out.setAutoFilter(new CellRangeAddress(0, Math.max(1, items.size()), 0, columns.size() - 1));
    }

    private static JsonNode stageValue(JsonNode cluster, String phase, Column column) {
        for (JsonNode stage : cluster.path("stages")) {
            if (phase.equals(stage.path("phase").asText())) {
                return stage.get(column.field());
            }
        }
        return null;
    }

    /** Writes a value in a cell as the column reads it back; returns its width in characters. */
    private int setCell(Row row, int index, Column column, JsonNode value) {
        if (value == null || value.isNull()) {
            return 0;
        }
        Cell cell = row.createCell(index);
        String text;
        if (value.isArray()) {
            List<String> ids = new ArrayList<>();
            value.forEach(id -> ids.add(id.asText()));
            text = String.join(", ", ids);
            cell.setCellValue(text);
        } else if (value.isNumber() && column.isNumber()) {
            BigDecimal number = value.decimalValue();
            text = number.toPlainString();
            // A number Excel can hold exactly (as it shows it) is a number; one with more digits than a double
            // keeps stays text, which the import reads exactly.
            if (Cells.fromDouble(number.doubleValue()).compareTo(number) == 0) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(text);
            }
        } else {
            text = value.asText();
            cell.setCellValue(text);
        }
        return text.length();
    }

    private void comment(XSSFSheet sheet, Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper factory = workbook.getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 8);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("ccnplan");
        cell.setCellComment(comment);
    }

    private static String note(Column column) {
        return column.english() + " " + requiredText(column.required(), column.defaultText())
                + "\n\n" + column.vietnamese() + " " + requiredTextVi(column.required(), column.defaultText());
    }

    private static String requiredText(boolean required, String defaultText) {
        return required ? "Required." : defaultText == null ? "Optional." : "Default: " + defaultText + ".";
    }

    private static String requiredTextVi(boolean required, String defaultText) {
        return required ? "Bắt buộc." : defaultText == null ? "Không bắt buộc."
                : "Mặc định: " + DEFAULTS_VI.getOrDefault(defaultText, defaultText) + ".";
    }

    private static final Map<String, String> DEFAULTS_VI = Map.of("empty", "để trống", "no limit",
            "không giới hạn", "no stage", "không có giai đoạn", "first phase", "giai đoạn đầu", "last phase",
            "giai đoạn cuối", "not pinned", "không cố định", "= landHa", "= landHa");

    // ************************************************************************
    // Validation while typing
    // ************************************************************************

    private void validate(XSSFSheet sheet, Column column, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String english;
        String vietnamese;
        if (column.choices() == Choices.HUB_TYPES) {
            constraint = helper.createExplicitListConstraint(Arrays.stream(HubType.values())
                    .map(Enum::name).toArray(String[]::new));
            english = "choose a hub type from the list";
            vietnamese = "chọn loại đầu mối trong danh sách";
        } else if (column.choices() != Choices.NONE) {
            constraint = helper.createFormulaListConstraint(column.choices().rangeName());
            english = "choose an id from the list (defined in another sheet)";
            vietnamese = "chọn một mã trong danh sách (khai báo ở trang tính khác)";
        } else if (column.kind() == Kind.ID) {
            String first = "$" + CellReference.convertNumToColString(cells.getCellRangeAddress(0).getFirstColumn());
            String range = first + "$2:" + first + "$" + (cells.getCellRangeAddress(0).getLastRow() + 1);
            constraint = helper.createCustomConstraint("COUNTIF(" + range + "," + first.substring(1) + "2)<=1");
            english = "ids are unique in this column";
            vietnamese = "mã không được trùng trong cột này";
        } else if (column.isNumber()) {
            constraint = numberConstraint(helper, column);
            english = (column.kind() == Kind.INTEGER ? "a whole number" : "a number")
                    + (column.rule() == null ? "" : ", " + column.rule().text());
            vietnamese = (column.kind() == Kind.INTEGER ? "một số nguyên" : "một số")
                    + (column.rule() == null ? "" : ", " + ruleVi(column.rule()));
        } else {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        // Excel allows 32 characters of title and 225 of message.
        validation.createErrorBox(shorten(column.header(), 32), shorten(column.header() + ": " + english + ". / "
                + vietnamese + ".", 225));
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            // In XSSF, "suppress" true shows the drop-down arrow.
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private static DataValidationConstraint numberConstraint(DataValidationHelper helper, Column column) {
        NumberRule rule = column.rule();
        boolean integer = column.kind() == Kind.INTEGER;
        String min = rule == null ? String.valueOf(Integer.MIN_VALUE + 1) : rule.min();
        String max = rule == null || rule.max() == null
                ? (integer ? String.valueOf(Integer.MAX_VALUE) : "1000000000") : rule.max();
        if (rule != null && rule.minExclusive()) {
            return integer ? helper.createIntegerConstraint(OperatorType.GREATER_THAN, min, null)
                    : helper.createDecimalConstraint(OperatorType.GREATER_THAN, min, null);
        }
        return integer ? helper.createIntegerConstraint(OperatorType.BETWEEN, min, max)
                : helper.createDecimalConstraint(OperatorType.BETWEEN, min, max);
    }

    private static String ruleVi(NumberRule rule) {
        if (rule.max() != null) {
            return "từ " + rule.min() + " đến " + rule.max();
        }
        return (rule.minExclusive() ? "lớn hơn " : "tối thiểu ") + rule.min();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // ************************************************************************
    // Settings and notes
    // ************************************************************************

    private void writeSettings(ObjectNode dataset) {
        Sheet sheet = SheetLayout.SETTINGS;
        XSSFSheet out = workbook.createSheet(sheet.name());
        Row header = out.createRow(0);
        for (int c = 0; c < sheet.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(sheet.columns().get(c).header());
            cell.setCellStyle(headerStyle);
            comment(out, cell, note(sheet.columns().get(c)));
        }
        out.setDefaultColumnStyle(0, textStyle);
        int width = SheetLayout.SETTINGS_VALUE.length();
        for (int r = 0; r < SheetLayout.SETTINGS_ROWS.size(); r++) {
            Setting setting = SheetLayout.SETTINGS_ROWS.get(r);
            Row row = out.createRow(r + 1);
            Cell key = row.createCell(0);
            key.setCellValue(setting.key());
            comment(out, key, note(setting.asColumn()));
            width = Math.max(width, setCell(row, 1, setting.asColumn(), at(dataset, setting.key())));
            if (setting.kind() == Kind.TEXT) {
                Cell value = row.getCell(1) == null ? row.createCell(1) : row.getCell(1);
                value.setCellStyle(textStyle);
            } else {
                validate(out, setting.asColumn(), new CellRangeAddressList(r + 1, r + 1, 1, 1));
            }
        }
        out.setColumnWidth(0, (SheetLayout.SETTINGS_ROWS.stream().mapToInt(s -> s.key().length()).max().orElse(10)
                + 3) * 256);
        out.setColumnWidth(1, (Math.min(width, MAX_WIDTH) + 3) * 256);
        out.createFreezePane(0, 1);
    }

    private void writeNotes(List<String> phaseIds) {
        XSSFSheet out = workbook.createSheet(SheetLayout.NOTES);
        int r = 0;
        Cell title = out.createRow(r++).createCell(0);
        title.setCellValue("ccnplan dataset workbook (format v1) / Bảng tính dữ liệu ccnplan (định dạng v1)");
        title.setCellStyle(titleStyle);
        r++;
        for (String[] general : GENERAL_NOTES) {
            Row row = out.createRow(r++);
            cell(row, 0, "", null);
            cell(row, 1, "", null);
            cell(row, 2, "", null);
            cell(row, 3, general[0], wrapStyle);
            cell(row, 4, general[1], wrapStyle);
        }
        r++;
        Row header = out.createRow(r++);
        String[] headers = {"sheet", "column", "required / default", "English", "Tiếng Việt"};
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, headers[c], headerStyle);
        }
        int headerRow = r - 1;
        for (Sheet sheet : SheetLayout.SHEETS) {
            Row sheetRow = out.createRow(r++);
            cell(sheetRow, 0, sheet.name(), headerStyle);
            cell(sheetRow, 1, "", headerStyle);
            cell(sheetRow, 2, sheet.required() ? "required sheet" : "optional sheet", wrapStyle);
            cell(sheetRow, 3, sheet.english(), wrapStyle);
            cell(sheetRow, 4, sheet.vietnamese(), wrapStyle);
            List<Column> columns = new ArrayList<>(sheet.columns());
            if (sheet == SheetLayout.CLUSTERS) {
                String phase = phaseIds.isEmpty() ? "<phase>" : phaseIds.get(0);
                SheetLayout.STAGE_COLUMNS.forEach(stage -> columns.add(new Column(
                        SheetLayout.stageHeader(stage, "<phase>") + " (" + SheetLayout.stageHeader(stage, phase)
                                + ", ...)", stage.field(), stage.kind(), false, stage.defaultText(), stage.rule(),
                        stage.choices(), stage.english(), stage.vietnamese())));
            }
            if (sheet == SheetLayout.SETTINGS) {
                SheetLayout.SETTINGS_ROWS.forEach(setting -> columns.add(setting.asColumn()));
            }
            for (Column column : columns) {
                Row row = out.createRow(r++);
                cell(row, 0, sheet.name(), wrapStyle);
                cell(row, 1, column.header(), wrapStyle);
                cell(row, 2, (column.required() ? "required" : column.defaultText() == null ? "optional"
                        : "default: " + column.defaultText()) + (column.rule() == null ? "" : "; "
                                + column.rule().text()), wrapStyle);
                cell(row, 3, column.english(), wrapStyle);
                cell(row, 4, column.vietnamese(), wrapStyle);
            }
        }
        for (int c = 0; c < NOTES_WIDTHS.length; c++) {
            out.setColumnWidth(c, NOTES_WIDTHS[c] * 256);
        }
        for (Row row : out) {
            fitHeight(row);
        }
        out.createFreezePane(0, headerRow + 1);
    }

    /** The widths of the notes' columns, in characters. */
    private static final int[] NOTES_WIDTHS = {20, 36, 24, 70, 70};

    /**
     * A row as high as its longest wrapped cell needs: neither Excel nor POI sizes a row to wrapped text written into
     * it, so without this the notes would overflow their rows.
     */
    private static void fitHeight(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getColumnIndex() < NOTES_WIDTHS.length && cell.getCellStyle().getWrapText()) {
                int length = cell.getStringCellValue().length();
                lines = Math.max(lines, (length + NOTES_WIDTHS[cell.getColumnIndex()] - 1)
                        / NOTES_WIDTHS[cell.getColumnIndex()]);
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * 13f + 2);
        }
    }

    private static void cell(Row row, int index, String text, CellStyle style) {
        Cell cell = row.createCell(index);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The rules of the whole workbook, in English and Vietnamese. */
    static final String[][] GENERAL_NOTES = {
        {"This workbook is a ccnplan dataset. Turn it into the JSON dataset that ccnplan solves with: ccnplan import"
                + " WORKBOOK.xlsx --output dataset.json. Every problem is reported with its sheet and cell.",
            "Bảng tính này là một bộ dữ liệu ccnplan. Chuyển thành tệp JSON để ccnplan tính toán bằng lệnh: ccnplan"
                    + " import WORKBOOK.xlsx --output dataset.json. Mọi lỗi được báo kèm trang tính và ô."},
        {"Sheet names and column headers are fixed English ids: do not translate or rename them. Columns may be in"
                + " any order; rows above the header row (a title) and empty rows are skipped; the Notes sheet and"
                + " sheets with other names are ignored.",
            "Tên trang tính và tiêu đề cột là mã tiếng Anh cố định: không dịch, không đổi tên. Các cột có thể theo"
                    + " thứ tự bất kỳ; các dòng phía trên dòng tiêu đề (tiêu đề bảng) và dòng trống được bỏ qua;"
                    + " trang Notes và các trang tính có tên khác được bỏ qua."},
        {"Numbers: type them as numbers. A number stored as text is read too, with a decimal comma (4,5) or a decimal"
                + " point (4.5); no thousands separators and no units in the cell (\"4,5 ha\" is an error)."
                + " Whole-number columns take whole numbers only.",
            "Số: nhập dạng số. Số lưu dạng văn bản cũng được đọc, với dấu phẩy thập phân (4,5) hoặc dấu chấm (4.5);"
                    + " không dùng dấu phân cách hàng nghìn, không ghi đơn vị trong ô (\"4,5 ha\" là lỗi). Cột số"
                    + " nguyên chỉ nhận số nguyên."},
        {"Lists (hubTypes, incompatibleWith, excludedSectors, preferredClusters): ids separated by commas or"
                + " semicolons. An empty optional cell takes the default. Ids are case-sensitive.",
            "Danh sách (hubTypes, incompatibleWith, excludedSectors, preferredClusters): các mã cách nhau bằng dấu"
                    + " phẩy hoặc dấu chấm phẩy. Ô không bắt buộc để trống sẽ nhận giá trị mặc định. Mã phân biệt"
                    + " chữ hoa và chữ thường."},
        {"Clusters: land and power by phase in the columns landHa <phase> and powerMw <phase> (cumulative totals from"
                + " that phase on); add a pair of columns for every phase of the Phases sheet in which clusters get"
                + " land or power.",
            "Cụm: đất và điện theo giai đoạn ở các cột landHa <giai đoạn> và powerMw <giai đoạn> (tổng lũy kế từ giai"
                    + " đoạn đó); thêm một cặp cột cho mỗi giai đoạn trong trang Phases mà cụm có thêm đất hoặc"
                    + " điện."},
    };
}
