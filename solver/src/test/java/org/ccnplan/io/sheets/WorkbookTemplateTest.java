package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.io.InputProblem;
import org.ccnplan.io.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTemplateTest {

    private static XSSFWorkbook template;

    @TempDir
    Path directory;

    @BeforeAll
    static void writeTemplate() throws Exception {
        template = Workbooks.open(WorkbookWriter.template(List.of("2025", "2030", "2035")));
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The validation of a column's data cells (row 2 on). */
    private static DataValidation validation(String sheetName, String header) {
        XSSFSheet sheet = template.getSheet(sheetName);
        int column = headers(sheet).indexOf(header);
        Optional<? extends DataValidation> found = sheet.getDataValidations().stream()
                .filter(validation -> {
                    CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
                    return range.getFirstColumn() == column && range.getFirstRow() == 1;
                }).findFirst();
        assertThat(found).as("validation of " + sheetName + "!" + header).isPresent();
        return found.get();
    }

    @Test
    void theTemplateHasEverySheetWithItsHeadersFrozenAndExplained() {
        List<String> names = new ArrayList<>();
        template.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Settings", "Phases", "Sectors", "Hubs", "Clusters", "HubDistances",
                "Projects", "SectorReserves", "OperationalTargets", "Notes");
        assertThat(headers(template.getSheet("Projects"))).containsExactly("id", "name", "investor", "sector",
                "landHa", "powerMw", "earliestPhase", "latestPhase", "capitalBillionVnd", "jobs", "preferredClusters",
                "pinnedCluster", "pinnedPhase");
        assertThat(headers(template.getSheet("Clusters"))).endsWith("excludedSectors", "landHa 2025", "powerMw 2025",
                "landHa 2030", "powerMw 2030", "landHa 2035", "powerMw 2035");
        for (Sheet sheet : template) {
            if (!sheet.getSheetName().equals("Notes")) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString())
                        .as(sheet.getSheetName()).contains("\n\n");
            }
        }
        assertThat(template.getSheet("Projects").getRow(0).getCell(4).getCellComment().getString().getString())
                .isEqualTo("Land needed, ha. Required.\n\nDiện tích đất cần, ha. Bắt buộc.");
    }

    @Test
    void dropDownsOfferTheIdsOfTheOtherSheetsAndTheHubTypes() {
        assertThat(validation("Projects", "sector").getValidationConstraint().getFormula1()).isEqualTo("SectorIds");
        assertThat(validation("Projects", "pinnedCluster").getValidationConstraint().getFormula1())
                .isEqualTo("ClusterIds");
        assertThat(validation("SectorReserves", "phase").getValidationConstraint().getFormula1())
                .isEqualTo("PhaseIds");
        assertThat(validation("HubDistances", "hub").getValidationConstraint().getFormula1()).isEqualTo("HubIds");
        assertThat(validation("Hubs", "type").getValidationConstraint().getExplicitListValues())
                .containsExactly("SEAPORT", "DRY_PORT", "RAIL", "EXPRESSWAY", "BORDER_GATE", "AIRPORT",
                        "RAW_MATERIAL_AREA");
        assertThat(template.getName("SectorIds").getRefersToFormula()).isEqualTo("Sectors!$A$2:$A$2001");
        assertThat(template.getName("PhaseIds").getRefersToFormula()).isEqualTo("Phases!$A$2:$A$2004");
        assertThat(validation("Projects", "sector").getShowErrorBox()).isTrue();
        assertThat(validation("Projects", "sector").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
    }

    @Test
    void numbersAreCheckedAgainstTheirRangesAndIdsForRepeats() {
        DataValidation land = validation("Projects", "landHa");
        assertThat(land.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(land.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
        assertThat(land.getValidationConstraint().getFormula1()).isEqualTo("0.01");
        assertThat(land.getErrorBoxText()).isEqualTo("landHa: a number, at least 0.01. / một số, tối thiểu 0.01.");
        DataValidation priority = validation("Sectors", "priority");
        assertThat(priority.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(priority.getValidationConstraint().getFormula1()).isEqualTo("1");
        assertThat(priority.getValidationConstraint().getFormula2()).isEqualTo("3");
        assertThat(validation("Sectors", "maxHubDistanceKm").getValidationConstraint().getOperator())
                .isEqualTo(OperatorType.GREATER_THAN);
        assertThat(validation("OperationalTargets", "minOccupancyPercent").getValidationConstraint().getFormula2())
                .isEqualTo("100");
        assertThat(validation("Projects", "id").getValidationConstraint().getFormula1())
                .isEqualTo("COUNTIF($A$2:$A$2001,A2)<=1");
    }

    @Test
    void theNotesSheetExplainsEveryColumnInEnglishAndVietnamese() {
        Sheet notes = template.getSheet("Notes");
        List<String> documented = new ArrayList<>();
        for (Row row : notes) {
            if (row.getLastCellNum() >= 5 && !row.getCell(1).getStringCellValue().isEmpty()) {
                assertThat(row.getCell(3).getStringCellValue()).isNotBlank();
                assertThat(row.getCell(4).getStringCellValue()).isNotBlank();
                documented.add(row.getCell(0).getStringCellValue() + "!" + row.getCell(1).getStringCellValue());
            }
        }
        for (SheetLayout.Sheet sheet : SheetLayout.SHEETS) {
            sheet.columns().forEach(column -> assertThat(documented).contains(sheet.name() + "!" + column.header()));
        }
        SheetLayout.SETTINGS_ROWS.forEach(setting -> assertThat(documented).contains("Settings!" + setting.key()));
        assertThat(documented).contains("Clusters!landHa <phase> (landHa 2025, ...)");
    }

    @Test
    void theSettingsHoldTheirDefaultsAndTheEmptyTemplateSaysWhatIsMissing() throws Exception {
        Sheet settings = template.getSheet("Settings");
        assertThat(settings.getRow(3).getCell(0).getStringCellValue()).isEqualTo("roadFactor");
        assertThat(settings.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1.3);
        assertThat(template.getSheet("Phases").getRow(2).getCell(1).getStringCellValue()).isEqualTo("2026-2030");
        Path file = Files.write(directory.resolve("template.xlsx"), WorkbookWriter.template(List.of("2025", "2030")));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> WorkbookReader.read(file));

        assertThat(thrown.getProblems()).extracting(problem -> problem.location() + ": " + problem.message())
                .containsExactly("Settings!B3: name is required",
                        "Sectors: has no rows; at least one is required",
                        "Clusters: has no rows; at least one is required");
        assertThat(thrown.getProblems()).extracting(InputProblem::file).containsOnly(file.toString());
    }
}
