package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.TestDatasets;
import org.ccnplan.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random edits of a workbook give a dataset or invalid input with located problems, never a crash. */
class MutatedWorkbookTest {

    private static final Object[] VALUES = {null, "", " ", "x", "4,5 ha", "4,5", "-1", "1e9", "2025", "CCN-01",
        "AGRO", "SEAPORT", "landHa", "id", "landHa 2030", "2030 powerMw", "99999999999999999999", "0,0000001",
        1.5, -3.0, 0.0, 1e300, 2025.0, Boolean.TRUE, FormulaError.NA, "date"};

    @TempDir
    Path directory;

    @Test
    void randomEditsAreReadOrRefusedNeverACrash() throws Exception {
        byte[] small = WorkbookWriter.export(TestDatasets.load(TestDatasets.SMALL).plan());
        Random random = new Random(6);
        int refused = 0;
        for (int round = 0; round < 12; round++) {
            XSSFWorkbook workbook = Workbooks.open(small);
            for (int edit = 0; edit < 1 + random.nextInt(6); edit++) {
                mutate(workbook, random);
            }
            Path file = Workbooks.save(workbook, directory.resolve("mutated-" + round + ".xlsx"));
            try {
                WorkbookReader.read(file);
            } catch (InvalidInputException e) {
                refused++;
                assertThat(e.getProblems()).allSatisfy(problem -> assertThat(problem.location())
                        .matches("\\(workbook\\)|[A-Za-z]+(![A-Z]+\\d+)?"));
            }
        }
        assertThat(refused).isGreaterThan(3);
    }

    private static void mutate(XSSFWorkbook workbook, Random random) {
        Sheet sheet = workbook.getSheetAt(random.nextInt(workbook.getNumberOfSheets() - 1));
        int rowIndex = random.nextInt(sheet.getLastRowNum() + 3);
        int columnIndex = random.nextInt(16);
        switch (random.nextInt(10)) {
            case 0 -> {
                Row row = sheet.getRow(rowIndex);
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            case 1 -> {
                int last = Math.min(rowIndex + random.nextInt(2), rowIndex + 1);
                int lastColumn = columnIndex + 1 + random.nextInt(2);
                try {
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, last, columnIndex, lastColumn));
                } catch (IllegalStateException | IllegalArgumentException overlapping) {
                    // POI refuses a region over another: no edit this time.
                }
            }
            default -> {
                Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
                Cell cell = row.getCell(columnIndex) == null ? row.createCell(columnIndex) : row.getCell(columnIndex);
                Object value = VALUES[random.nextInt(VALUES.length)];
                if (value == null) {
                    cell.setBlank();
                } else if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else if (value instanceof Boolean bool) {
                    cell.setCellValue(bool);
                } else if (value instanceof FormulaError error) {
                    cell.setCellErrorValue(error.getCode());
                } else if (value.equals("date")) {
                    CellStyle date = workbook.createCellStyle();
                    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                    cell.setCellValue(45000.0);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
