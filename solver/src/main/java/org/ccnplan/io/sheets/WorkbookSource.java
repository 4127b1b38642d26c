package org.ccnplan.io.sheets;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ccnplan.io.InvalidInputException;

/** Reads every sheet of an Excel workbook (.xlsx, or the older .xls) into grids of cells, with Apache POI. */
final class WorkbookSource {

    private WorkbookSource() {
    }

    static List<SheetGrid> read(Path path) throws InvalidInputException {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new InvalidInputException(file, "(file)", "no such file");
        }
        if (!Files.isReadable(path)) {
            throw new InvalidInputException(file, "(file)", "permission denied");
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new InvalidInputException(file, "(file)", "one CSV file cannot hold a dataset: name the folder that"
                    + " holds one CSV file per sheet (settings.csv, phases.csv, ...)");
        }
        try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
            List<SheetGrid> grids = new ArrayList<>();
            for (Sheet sheet : workbook) {
                grids.add(grid(sheet));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new InvalidInputException(file, "(file)", "the workbook is password-protected; save a copy"
                    + " without a password");
        } catch (IOException | RuntimeException e) {
            // POI says "not OOXML", "not OLE2", "zip bomb", ... as runtime exceptions: all mean an unreadable file.
            throw new InvalidInputException(file, "(file)", "not an Excel workbook that can be read (save it as"
                    + " \"Excel Workbook (*.xlsx)\"): " + e.getMessage());
        }
    }

    private static SheetGrid grid(Sheet sheet) {
        SheetGrid grid = new SheetGrid(sheet.getSheetName(), sheet.getMergedRegions());
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.put(cell.getRowIndex(), cell.getColumnIndex(), cell(cell));
            }
        }
        return grid;
    }

    private static SheetCell cell(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                // Written by a program, not saved by Excel: POI would read 0 for a formula no one computed.
                return new SheetCell(SheetCell.Type.ERROR, "the formula =" + cell.getCellFormula() + " without a"
                        + " saved value (open and save the file in Excel, which computes it)", null, false);
            }
            // The value Excel computed and saved with the file.
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> SheetCell.text(cell.getStringCellValue());
            case NUMERIC -> number(cell);
            case BOOLEAN -> new SheetCell(SheetCell.Type.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    null, false);
            case ERROR -> new SheetCell(SheetCell.Type.ERROR, errorText(cell.getErrorCellValue()), null, false);
            default -> SheetCell.BLANK;
        };
    }

    private static SheetCell number(Cell cell) {
        BigDecimal number = Cells.fromDouble(cell.getNumericCellValue());
        boolean date = DateUtil.isCellDateFormatted(cell);
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (!date && format != null && format.contains("%")) {
            // What the planner sees: a cell showing 50% holds 0.5 and is read as 50.
            number = Cells.normalize(number.movePointRight(2));
        }
        return SheetCell.number(number, date);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
