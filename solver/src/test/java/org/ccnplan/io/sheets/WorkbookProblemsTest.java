package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.TestDatasets;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of a workbook names its sheet and cell, all at once. The workbooks are the small province exported
 * and then edited: in Projects, row 2 is INV-001 ... row 13 INV-012, and the columns are A id, B name, C investor,
 * D sector, E landHa, F powerMw, G earliestPhase, H latestPhase, I capitalBillionVnd, J jobs, K preferredClusters,
 * L pinnedCluster, M pinnedPhase.
 */
class WorkbookProblemsTest {

    @TempDir
    Path directory;

    private interface Edit {
        void apply(XSSFWorkbook workbook) throws Exception;
    }

    private List<String> problems(Edit edit) throws Exception {
        XSSFWorkbook workbook = Workbooks.open(WorkbookWriter.export(TestDatasets.load(TestDatasets.SMALL).plan()));
        edit.apply(workbook);
        Path file = Workbooks.save(workbook, directory.resolve("edited.xlsx"));
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(file));
        assertThat(thrown).as("the edited workbook is refused").isNotNull();
        assertThat(thrown.getProblems()).extracting(InputProblem::file).containsOnly(file.toString());
        return thrown.getProblems().stream().map(problem -> problem.location() + ": " + problem.message()).toList();
    }

    private static Cell cell(XSSFWorkbook workbook, String reference) {
        CellReference at = new CellReference(reference);
        Sheet sheet = workbook.getSheet(at.getSheetName());
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    private static void set(XSSFWorkbook workbook, String reference, Object value) {
        Cell cell = cell(workbook, reference);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    @Test
    void aNumberWithItsUnitIsReportedWithSheetAndCell() throws Exception {
        assertThat(problems(workbook -> set(workbook, "Projects!E5", "4,5 ha")))
                .containsExactly("Projects!E5: landHa must be a positive number, found \"4,5 ha\"");
    }

    @Test
    void everyProblemOfEverySheetIsReportedAtOnceInSheetOrder() throws Exception {
        List<String> problems = problems(workbook -> {
            set(workbook, "Settings!B4", "0,9");
            set(workbook, "Sectors!C2", 7);
            set(workbook, "Sectors!G4", null);
            set(workbook, "Sectors!H4", 12);
            set(workbook, "Hubs!C2", "PORT");
            set(workbook, "Clusters!I2", null);
            set(workbook, "Clusters!M4", 2);
            set(workbook, "HubDistances!A2", "CCN-1");
            set(workbook, "Projects!A13", "INV-001");
            set(workbook, "Projects!D6", "TEXTIL");
            set(workbook, "Projects!E3", "4,5 ha");
            set(workbook, "Projects!F7", -1);
            set(workbook, "Projects!H8", "2025");
            set(workbook, "Projects!G8", "2030");
            set(workbook, "Projects!J4", 12.5);
            set(workbook, "Projects!J5", "1.200");
            set(workbook, "Projects!M2", null);
            cell(workbook, "Projects!I9").setCellErrorValue(FormulaError.REF.getCode());
            Cell date = cell(workbook, "Projects!F10");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            date.setCellStyle(dateStyle);
            set(workbook, "Projects!I11", "1.200"); // 1,200 in Vietnamese, 1.2 in English
            set(workbook, "Projects!E12", "12,500");
            Cell formula = cell(workbook, "Projects!F12");
            formula.getRow().removeCell(formula); // a fresh cell: a program wrote the formula, no one computed it
            cell(workbook, "Projects!F12").setCellFormula("0.2+0.3");
            set(workbook, "SectorReserves!C2", 0);
            set(workbook, "OperationalTargets!C2", 150);
        });

        assertThat(problems).containsExactly(
                "Settings!B4: roadFactor must be at least 1 (and at most 1000000000), found 0.9",
                "Sectors!C2: environmentalClass must be from 1 to 3, found 7",
                "Sectors!G3: no hub of type SEAPORT is defined in hubs",
                "Sectors!H4: maxHubDistanceKm needs a non-empty hubTypes list: a distance limit to which hubs?",
                "Sectors!G5: no hub of type SEAPORT is defined in hubs",
                "Hubs!C2: unknown hub type \"PORT\"; expected one of SEAPORT, DRY_PORT, RAIL, EXPRESSWAY, BORDER_GATE,"
                        + " AIRPORT, RAW_MATERIAL_AREA",
                "Clusters!I2: powerMw 2025 is required",
                "Clusters!M4: stages are cumulative and power never decreases: 2 is less than the previous stage's 3",
                "HubDistances!A2: unknown cluster \"CCN-1\"; did you mean \"CCN-01\"?",
                "Projects!M2: pinnedPhase is required",
                "Projects!E3: landHa must be a positive number, found \"4,5 ha\"",
                "Projects!J4: jobs must be a whole number, found 12.5",
                "Projects!J5: jobs must be a whole number, found \"1.200\" (write it without a thousands separator)",
                "Projects!D6: unknown sector \"TEXTIL\"; did you mean \"TEXTILE\"?",
                "Projects!F7: powerMw must be at least 0 (and at most 1000000000), found -1",
                "Projects!H8: latestPhase \"2025\" is before earliestPhase \"2030\"",
                "Projects!I9: capitalBillionVnd must be a number, found the error #REF!",
                "Projects!F10: powerMw must be a number, found a date (Excel turned what was typed into a date:"
                        + " format the column as Number or Text and type it again)",
                "Projects!I11: capitalBillionVnd is ambiguous, found \"1.200\" (a thousands separator, or three"
                        + " decimals?): write it without a thousands separator, or type it into a number cell",
                "Projects!E12: landHa is ambiguous, found \"12,500\" (a thousands separator, or three decimals?):"
                        + " write it without a thousands separator, or type it into a number cell",
                "Projects!F12: powerMw must be a number, found the formula =0.2+0.3 without a saved value (open and"
                        + " save the file in Excel, which computes it)",
                "Projects!A13: duplicate id \"INV-001\": Projects!A2 has it already; ids are unique in projects",
                "SectorReserves!C2: landHa must be at least 0.01 (and at most 1000000000), found 0",
                "OperationalTargets!C2: minOccupancyPercent must be from 0 to 100, found 150");
    }

    @Test
    void unknownMissingAndRepeatedColumnsAreNamedAtTheirHeaderCells() throws Exception {
        List<String> problems = problems(workbook -> {
            set(workbook, "Projects!E1", "lanHa");
            set(workbook, "Projects!N1", "Ghi chú");
            set(workbook, "Projects!O1", "sector");
            set(workbook, "Projects!P4", "a note under no header");
            set(workbook, "Clusters!L1", "landHa 2036");
            set(workbook, "Sectors!J1", "colour");
        });

        assertThat(problems).containsExactly(
                "Sectors!J1: unknown column \"colour\"; expected id, name, environmentalClass, priority,"
                        + " powerMwPerHa, freightTonsPerHaYear, hubTypes, maxHubDistanceKm, incompatibleWith",
                "Clusters!L1: unknown phase \"2036\" in column \"landHa 2036\"; did you mean \"2030\"?",
                "Clusters!N1: missing column \"landHa 2035\": a stage has both land and power",
                "Projects!E1: unknown column \"lanHa\"; did you mean \"landHa\"?",
                "Projects!N1: unknown column \"Ghi chú\"; expected id, name, investor, sector, landHa, powerMw,"
                        + " earliestPhase, latestPhase, capitalBillionVnd, jobs, preferredClusters, pinnedCluster,"
                        + " pinnedPhase",
                "Projects!O1: a second column \"sector\" (the first is column D); keep one",
                "Projects!Q1: missing column \"landHa\"",
                "Projects!P4: a value in a column without a header (P1 is empty or part of a merged cell); name the"
                        + " column or move the value");
    }

    @Test
    void aMissingSheetIsReportedAloneSinceEverythingElseWouldFollowFromIt() throws Exception {
        List<String> problems = problems(workbook -> {
            workbook.setSheetName(workbook.getSheetIndex("Phases"), "Phase");
            workbook.removeSheetAt(workbook.getSheetIndex("Sectors"));
            workbook.setSheetName(workbook.getSheetIndex("Projects"), "projects");
            workbook.createSheet("Pivot");
        });

        assertThat(problems).containsExactly(
                "(workbook): unknown sheet \"Phase\"; did you mean \"Phases\"?",
                "(workbook): missing sheet \"Phases\"",
                "(workbook): missing sheet \"Sectors\"");
    }

    @Test
    void settingsAreNamedAndCheckedLikeColumns() throws Exception {
        List<String> problems = problems(workbook -> {
            set(workbook, "Settings!A3", "nam");
            set(workbook, "Settings!A5", "roadFactor");
            set(workbook, "Settings!B8", "1,5");
            set(workbook, "Settings!B6", "");
        });

        assertThat(problems).containsExactly(
                "Settings!A3: unknown setting \"nam\"; did you mean \"name\"?",
                "Settings!A5: a second row for setting \"roadFactor\" (the first is row 4); keep one",
                "Settings!B8: weights.startDelay must be a whole number, found \"1,5\"",
                "Settings!A12: setting \"name\" is required: add a row with \"name\" and the dataset's name");
    }

    @Test
    void aFileThatIsNotAWorkbookIsInvalidInput() throws Exception {
        Path text = Files.writeString(directory.resolve("dataset.xlsx"), "id,name\n");

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(text));

        assertThat(thrown.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("(file)");
            assertThat(problem.message()).startsWith("not an Excel workbook that can be read (save it as \"Excel"
                    + " Workbook (*.xlsx)\")");
        });
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(directory.resolve("none.xlsx"))).getProblems())
                .extracting(InputProblem::message).containsExactly("no such file");
        Path csv = Files.writeString(directory.resolve("projects.csv"), "id,name\n");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> WorkbookReader.read(csv)).getProblems())
                .extracting(InputProblem::message).containsExactly("one CSV file cannot hold a dataset: name the"
                        + " folder that holds one CSV file per sheet (settings.csv, phases.csv, ...)");
    }
}
