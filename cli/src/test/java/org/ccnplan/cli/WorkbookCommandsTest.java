package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.assertNoStackTrace;
import static org.ccnplan.cli.CommandLineTest.run;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.cli.CommandLineTest.Run;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.DatasetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ccnplan import, template and export, and a plan's report as a workbook (--report plan.xlsx). */
class WorkbookCommandsTest {

    @TempDir
    Path directory;

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        row.forEach(cell -> cells.add(cell.toString()));
        return cells;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void exportThenImportGivesTheSameDataset() throws Exception {
        Path workbook = directory.resolve("small.xlsx");
        Path dataset = directory.resolve("small.json");

        Run export = run("export", SMALL, "--output", workbook.toString());
        Run imported = run("import", workbook.toString(), "--output", dataset.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).isEqualTo("Workbook of \"Small test province (synthetic): 4 clusters\" written to "
                + workbook + "\n");
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).startsWith("Imported " + workbook + " into " + dataset + ".\nValid dataset \"Small"
                + " test province (synthetic): 4 clusters\": 4 clusters, 12 projects (1 pinned), 3 reserve blocks");
        assertThat(imported.err()).isEmpty();
        // The same numbers (Excel keeps 10.90 as 10.9), names, ids and defaults.
        JsonNode written = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(dataset.toFile());
        JsonNode original = DatasetWriter.toJson(DatasetReader.read(Path.of(SMALL)).plan());
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertThat(written.equals(byValue, original)).as(written.toString()).isTrue();
        assertThat(written.path("clusters").get(0).path("name").asText()).isEqualTo("Cụm công nghiệp Tân Lập");
    }

    @Test
    void aBrokenWorkbookListsEveryProblemWithItsCellAndWritesNothing() throws Exception {
        Path workbook = directory.resolve("broken.xlsx");
        run("export", SMALL, "--output", workbook.toString());
        XSSFWorkbook edited = open(workbook);
        edited.getSheet("Projects").getRow(4).getCell(4).setCellValue("4,5 ha");
        edited.getSheet("Projects").getRow(5).getCell(3).setCellValue("TEXTIL");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            edited.write(out);
        }
        Path dataset = directory.resolve("dataset.json");
        Path existing = Files.writeString(directory.resolve("existing.json"), "{}");

        Run fresh = run("import", workbook.toString(), "--output", dataset.toString());
        Run over = run("import", workbook.toString(), "-o", existing.toString(), "--lang", "vi");

        assertThat(fresh.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(fresh.err()).isEqualTo("ccnplan: invalid input (2 problems):\n"
                + "  " + workbook + ": Projects!E5: landHa must be a positive number, found \"4,5 ha\"\n"
                + "  " + workbook + ": Projects!D6: unknown sector \"TEXTIL\"; did you mean \"TEXTILE\"?\n");
        assertThat(fresh.out()).isEmpty();
        assertThat(dataset).doesNotExist();
        assertThat(over.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(existing).hasContent("{}");
        assertThat(Files.list(directory)).containsExactlyInAnyOrder(workbook, existing);
        assertNoStackTrace(fresh);
    }

    @Test
    void theTemplateIsAWorkbookToFillInWithItsPhases() throws Exception {
        Path template = directory.resolve("mau.xlsx");

        Run run = run("template", "--output", template.toString(), "--phases", "2025,2030", "--lang", "vi");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Đã ghi bảng tính mẫu vào " + template + "\n");
        try (XSSFWorkbook workbook = open(template)) {
            assertThat(sheetNames(workbook)).startsWith("Settings", "Phases").endsWith("Notes");
            assertThat(row(workbook.getSheet("Clusters"), 0)).endsWith("landHa 2025", "powerMw 2025", "landHa 2030",
                    "powerMw 2030");
            assertThat(workbook.getSheet("Projects").getDataValidations()).isNotEmpty();
        }
    }

    @Test
    void workbookCommandsHaveHelpAndRefuseWrongFileNames() throws Exception {
        assertThat(run("template", "--help").out()).contains("Usage: ccnplan template", "--phases",
                "Default: 2025,2030,2035", "Exit codes:");
        assertThat(run("import", "--help").out()).contains("Usage: ccnplan import", "WORKBOOK", "sheet and cell");
        assertThat(run("export", "--help").out()).contains("Usage: ccnplan export", "DATASET");
        assertThat(run("--help").out()).contains("import", "template", "export");

        Run noOutput = run("template");
        Run csvTemplate = run("template", "-o", directory.resolve("t.csv").toString());
        Run xlsxImport = run("import", SMALL, "-o", directory.resolve("d.xlsx").toString());
        Run sameFile = run("export", SMALL, "-o", SMALL);
        Run badPhases = run("template", "-o", directory.resolve("t.xlsx").toString(), "--phases", "2025,2025");

        assertThat(List.of(noOutput, csvTemplate, xlsxImport, sameFile, badPhases))
                .allSatisfy(usage -> assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE));
        assertThat(csvTemplate.err()).contains("--output " + directory.resolve("t.csv") + ": name the file with"
                + " .xlsx (an Excel workbook)");
        assertThat(Files.list(directory)).isEmpty();
    }

    @Test
    void importReadsAFolderOfCsvFilesAndReportsAFileThatIsNotAWorkbook() throws Exception {
        Path folder = Files.createDirectories(directory.resolve("csv"));
        Files.writeString(folder.resolve("settings.csv"), "\uFEFFsetting;value\nname;Tỉnh nhỏ\n");
        Files.writeString(folder.resolve("phases.csv"), "id;label;endYear\n2025;đến 2025;2025\n");
        Files.writeString(folder.resolve("sectors.csv"), "id;name;environmentalClass;priority;powerMwPerHa\n"
                + "AGRO;Chế biến nông sản;2;3;0,2\n");
        Files.writeString(folder.resolve("clusters.csv"), "id;name;lat;lon;landHa 2025;powerMw 2025\n"
                + "CCN-01;Cụm Tân Lập;10,95;107;12,5;3\n");
        Files.writeString(folder.resolve("projects.csv"), "id;name;sector;landHa;powerMw;capitalBillionVnd\n"
                + "INV-001;Nhà máy điều;AGRO;4,5;0,9;320\n;;;;;\n");
        Path dataset = directory.resolve("tinh-nho.json");
        Path text = Files.writeString(directory.resolve("notes.xlsx"), "not a workbook");

        Run run = run("import", folder.toString(), "-o", dataset.toString());
        Run notWorkbook = run("import", text.toString(), "-o", dataset.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Valid dataset \"Tỉnh nhỏ\": 1 clusters, 1 projects");
        assertThat(Files.readString(dataset)).contains("\"landHa\" : 4.5", "\"name\" : \"Cụm Tân Lập\"");
        assertThat(notWorkbook.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(notWorkbook.err()).contains(text + ": (file): not an Excel workbook that can be read");
        assertNoStackTrace(notWorkbook);
    }

    // ************************************************************************
    // The plan as a workbook
    // ************************************************************************

    /** INV-002 and INV-004 by hand in CCN-01 in 2025 beside the pinned INV-001: 13.5 ha where there are 10. */
    private Path overfullPlan() throws Exception {
        return Files.writeString(directory.resolve("manual.json"), """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"},
                                 {"project": "INV-004", "cluster": "CCN-01", "phase": "2025"}]}""");
    }

    @Test
    void aPlanReportAsAWorkbookHasItsTablesAsNumbersAndColoursOverfullClusters() throws Exception {
        Path report = directory.resolve("plan.xlsx");

        Run run = run("score", SMALL, overfullPlan().toString(), "--report", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Report written to " + report);
        try (XSSFWorkbook workbook = open(report)) {
            assertThat(sheetNames(workbook)).containsExactly("Headline", "Assignments", "Clusters by phase",
                    "Constraints", "Unplaced projects");
            Sheet headline = workbook.getSheet("Headline");
            assertThat(row(headline, 2)).startsWith("Score").contains("(NOT feasible: hard rules broken)");
            assertThat(row(headline, 4)).containsExactly("Figure", "Value", "Total", "Share", "Note");
            assertThat(row(headline, 5)).containsExactly("Projects placed", "3.0", "12.0", "0.25");

            Sheet assignments = workbook.getSheet("Assignments");
            assertThat(row(assignments, 0)).containsExactly("project", "name", "investor", "sector", "reserve block",
                    "cluster", "cluster name", "phase", "land ha", "power MW", "capital billion VND", "jobs");
            assertThat(row(assignments, 2)).startsWith("INV-002", "Nhà máy may xuất khẩu Hưng Phát")
                    .contains("CCN-01", "2025", "4.0", "1.0", "210.0", "1200.0");

            Sheet clusters = workbook.getSheet("Clusters by phase");
            assertThat(row(clusters, 0)).containsExactly("cluster", "name", "district", "phase", "land used ha",
                    "land ha", "land use", "power used MW", "power MW", "power use", "projects", "sectors");
            assertThat(row(clusters, 1)).startsWith("CCN-01", "Cụm công nghiệp Tân Lập", "Huyện Trảng Bom", "2025",
                    "13.5", "10.0", "1.35");
            assertThat(clusters.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(matchingRules(workbook, "'Clusters by phase'!G2")).singleElement().satisfies(rule ->
                    assertThat(rule.getRule().getPatternFormatting().getFillBackgroundColor())
                            .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex()));
            assertThat(row(clusters, 2)).startsWith("CCN-01").contains("2030", "0.675");
            assertThat(matchingRules(workbook, "'Clusters by phase'!G3")).singleElement().satisfies(rule ->
                    assertThat(rule.getRule().getPatternFormatting().getFillBackgroundColor())
                            .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_GREEN.getIndex()));
            assertThat(row(clusters, 4)).startsWith("CCN-02").contains("2025", "0.0");
            assertThat(matchingRules(workbook, "'Clusters by phase'!G5")).isEmpty();

            Sheet constraints = workbook.getSheet("Constraints");
            assertThat(row(constraints, 1)).containsExactly("Land capacity", "hard", "1.0", "-350.0");
            Sheet unplaced = workbook.getSheet("Unplaced projects");
            assertThat(unplaced.getLastRowNum()).isEqualTo(12);
            assertThat(row(unplaced, 0)).endsWith("Value not placed", "Why unplaced");
            for (int r = 1; r <= 12; r++) {
                assertThat(row(unplaced, r).get(6)).as("reason of row " + r)
                        .containsAnyOf("No cluster takes it without breaking a hard rule:", "It fits without breaking a hard rule in ");
            }
        }
    }

    private static List<EvaluationConditionalFormatRule> matchingRules(XSSFWorkbook workbook, String cell) {
        return new ConditionalFormattingEvaluator(workbook,
                (WorkbookEvaluatorProvider) workbook.getCreationHelper().createFormulaEvaluator())
                .getConditionalFormattingForCell(new CellReference(cell));
    }

    @Test
    void aVietnamesePlanWorkbookHasVietnameseSheetsAndHeadersAndTheSameNumbers() throws Exception {
        Path report = directory.resolve("phuong-an.xlsx");

        Run run = run("score", SMALL, overfullPlan().toString(), "--report", report.toString(), "--lang", "vi");

        assertThat(run.exitCode()).isZero();
        try (XSSFWorkbook workbook = open(report)) {
            assertThat(sheetNames(workbook)).containsExactly("Tổng quan", "Phân bổ", "Cụm theo giai đoạn", "Ràng buộc",
                    "Dự án chưa bố trí");
            assertThat(row(workbook.getSheet("Tổng quan"), 4)).containsExactly("Chỉ tiêu", "Giá trị", "Tổng",
                    "Tỷ lệ", "Ghi chú");
            assertThat(row(workbook.getSheet("Phân bổ"), 0)).startsWith("dự án", "tên", "nhà đầu tư", "ngành");
            assertThat(row(workbook.getSheet("Cụm theo giai đoạn"), 1)).contains("13.5", "10.0", "1.35");
            assertThat(row(workbook.getSheet("Ràng buộc"), 1)).containsExactly("Quỹ đất", "cứng", "1.0", "-350.0");
        }
    }

    @Test
    void solveWritesAWorkbookReportAndCompareRefusesOne() throws Exception {
        Path report = directory.resolve("solved.xlsx");

        Run solve = run("solve", SMALL, "--moves", "2000", "-q", "--report", report.toString());
        Run compare = run("compare", SMALL, overfullPlan().toString(), overfullPlan().toString(), "--report",
                directory.resolve("c.xlsx").toString());

        assertThat(solve.exitCode()).isZero();
        try (XSSFWorkbook workbook = open(report)) {
            assertThat(row(workbook.getSheet("Headline"), 0).get(0)).startsWith("Solved \"Small test province");
        }
        assertThat(compare.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(compare.err()).contains("unknown report format; name the file with .md (Markdown)");
    }
}
