package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFolderTest {

    @TempDir
    Path directory;

    /**
     * Saves every sheet of a workbook as a CSV file named after it, as Excel's "Save as CSV UTF-8" does: with a
     * byte-order mark, and under a Vietnamese locale with semicolons and decimal commas.
     */
    private static Path saveAsCsv(XSSFWorkbook workbook, Path folder, boolean vietnamese) throws Exception {
        Files.createDirectories(folder);
        CSVFormat format = vietnamese ? CSVFormat.RFC4180.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
        for (Sheet sheet : workbook) {
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, format)) {
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        String value = cell == null ? ""
                                : cell.getCellType() == CellType.NUMERIC
                                        ? NumberToTextConverter.toText(cell.getNumericCellValue())
                                        : cell.getStringCellValue();
                        values.add(vietnamese && cell != null && cell.getCellType() == CellType.NUMERIC
                                ? value.replace('.', ',') : value);
                    }
                    printer.printRecord(values);
                }
            }
            Files.writeString(folder.resolve(sheet.getSheetName().toLowerCase(Locale.ROOT) + ".csv"),
                    "\uFEFF" + text, StandardCharsets.UTF_8);
        }
        return folder;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFolderOfCsvFilesImportsAsTheDatasetItWasSavedFrom(boolean vietnamese) throws Exception {
        AllocationPlan original = TestDatasets.load(TestDatasets.SAMPLE).plan();
        Path folder = saveAsCsv(Workbooks.open(WorkbookWriter.export(original)), directory.resolve("csv"),
                vietnamese);

        AllocationPlan imported = WorkbookReader.read(folder);

        assertThat(Files.readString(folder.resolve("projects.csv"))).contains(vietnamese ? ";0,447;" : ",0.447,");
        assertThat(Workbooks.normalized(imported)).isEqualTo(Workbooks.normalized(original));
    }

    @Test
    void problemsNameTheFileAndCell() throws Exception {
        AllocationPlan small = TestDatasets.load(TestDatasets.SMALL).plan();
        Path folder = saveAsCsv(Workbooks.open(WorkbookWriter.export(small)), directory.resolve("csv"), true);
        Path projects = folder.resolve("projects.csv");
        Files.writeString(projects, Files.readString(projects).replace("Nhà máy may xuất khẩu Hưng Phát;"
                + "Công ty Cổ phần May Hưng Phát;TEXTILE;4;", "Nhà máy may xuất khẩu Hưng Phát;"
                        + "Công ty Cổ phần May Hưng Phát;TEXTILE;4 ha;").replaceFirst(";210;", ";1.210;"));
        Files.delete(folder.resolve("sectors.csv"));
        Files.write(folder.resolve("hubs.csv"), "id;name\nX;Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(folder));
        assertThat(missing.getProblems()).extracting(problem -> problem.location() + ": " + problem.message())
                .containsExactly("hubs.csv: the file is not UTF-8 text; save it as \"CSV UTF-8 (Comma delimited)\"");

        Files.delete(folder.resolve("hubs.csv"));
        InvalidInputException noSectors = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(folder));
        assertThat(noSectors.getProblems()).extracting(InputProblem::toString)
                .containsExactly(folder + ": (folder): missing file sectors.csv (the Sectors sheet)");

        saveAsCsv(Workbooks.open(WorkbookWriter.export(small)), directory.resolve("fresh"), true);
        Files.copy(directory.resolve("fresh/sectors.csv"), folder.resolve("sectors.csv"));
        Files.copy(directory.resolve("fresh/hubs.csv"), folder.resolve("hubs.csv"));
        Files.writeString(folder.resolve("my own notes.csv"), "not \"a; valid, csv");
        InvalidInputException broken = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(folder));
        assertThat(broken.getProblems()).extracting(InputProblem::toString).containsExactly(
                folder + ": projects.csv!E3: landHa must be a positive number, found \"4 ha\"",
                // In a file of decimal commas, 1.210 is 1,210 with a thousands separator: refused, not read as 1.21.
                folder + ": projects.csv!I3: capitalBillionVnd must be a number, found \"1.210\" (write it without"
                        + " a thousands separator, with the file's decimal mark \",\")");
    }
}
