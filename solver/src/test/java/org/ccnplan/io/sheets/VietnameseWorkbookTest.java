package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A workbook as a planner's Excel under a Vietnamese locale leaves it: numbers typed in text cells with a decimal
 * comma, whole numbers stored as text, a title row above the header, merged header cells (a phase written once over
 * its land and power columns), headers with stray spaces, a percentage cell, a formula, Vietnamese names, and empty
 * rows at the end that still carry formatting or a blank string.
 */
class VietnameseWorkbookTest {

    @TempDir
    Path directory;

    private static final String EXPECTED = """
            {"formatVersion": 1, "name": "Tỉnh mẫu (dữ liệu minh họa)", "roadFactor": 1.3,
             "phases": [{"id": "2025", "label": "đến 2025", "endYear": 2025},
                        {"id": "2030", "label": "2026–2030", "endYear": 2030}],
             "hubs": [{"id": "RAW-1", "name": "Vùng nguyên liệu điều Xuân Lộc", "type": "RAW_MATERIAL_AREA",
                       "lat": 10.88, "lon": 107.42}],
             "sectors": [{"id": "AGRO", "name": "Chế biến nông sản", "environmentalClass": 2, "priority": 3,
                          "powerMwPerHa": 0.22, "freightTonsPerHaYear": 1800, "hubTypes": ["RAW_MATERIAL_AREA"],
                          "maxHubDistanceKm": 40.5, "incompatibleWith": ["AGRO"]}],
             "clusters": [{"id": "CCN-01", "name": "Cụm công nghiệp Tân Lập", "district": "Huyện Đồng Phú",
                           "lat": 10.95, "lon": 106.8, "maxEnvironmentalClass": 3, "excludedSectors": [],
                           "stages": [{"phase": "2025", "landHa": 20.5, "powerMw": 4.75},
                                      {"phase": "2030", "landHa": 45, "powerMw": 10}],
                           "hubDistancesKm": {"RAW-1": 12.5}}],
             "projects": [{"id": "INV-001", "name": "Nhà máy chế biến hạt điều Đồng Phú",
                           "investor": "Công ty TNHH Điều Vàng", "sector": "AGRO", "landHa": 4.5, "powerMw": 0.9,
                           "earliestPhase": "2025", "latestPhase": "2030", "capitalBillionVnd": 320.5,
                           "jobs": 450, "preferredClusters": ["CCN-01"]}],
             "sectorReserves": [],
             "policy": {"maxSectorsPerCluster": 3, "reserveValuePerHa": 10,
                        "operationalTargets": [{"phase": "2025", "minClusters": 1, "minOccupancyPercent": 50}]},
             "weights": {"logisticsCost": 1, "startDelay": 1, "sectorFragmentation": 500, "operationalTarget": 5000,
                         "preferredCluster": 50}}
            """;

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return row;
    }

    private static Path vietnameseWorkbook(Path file) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));

        Sheet settings = workbook.createSheet("Settings");
        row(settings, 0, "setting ", " value");
        row(settings, 1, "name", "Tỉnh mẫu (dữ liệu minh họa)");
        row(settings, 2, "roadFactor", "1,3");
        row(settings, 3, "policy.maxSectorsPerCluster", "3");

        Sheet phases = workbook.createSheet("phases");
        row(phases, 0, "Danh sách giai đoạn quy hoạch");
        phases.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        row(phases, 1, "id", "label", "endYear");
        row(phases, 2, 2025, "đến 2025", "2025");
        row(phases, 3, "2030", "2026–2030", 2030);

        Sheet sectors = workbook.createSheet("Sectors");
        row(sectors, 0, "id", "name", "environmentalClass", "priority", "powerMwPerHa", "freightTonsPerHaYear",
                "hubTypes", "maxHubDistanceKm", "incompatibleWith");
        row(sectors, 1, "AGRO", "Chế biến nông sản", "2", "3", null, "1800", "Raw material area", "40,5", "AGRO");
        // A formula, read by the value Excel saved with it: 0.1 + 0.12 in binary is 0.22000000000000003.
        sectors.getRow(1).createCell(4).setCellFormula("0.1+0.12");

        Sheet hubs = workbook.createSheet("Hubs");
        row(hubs, 0, "id", "name", "type", "lat", "lon");
        row(hubs, 1, "RAW-1", "Vùng nguyên liệu điều Xuân Lộc", "RAW_MATERIAL_AREA", "10,88", "107,42");

        // Two header rows: id, name, district, lat and lon merged down over both; each phase merged across its pair.
        Sheet clusters = workbook.createSheet("Clusters");
        row(clusters, 0, "id", "name", "district", "lat", "lon", "2025", null, "2030", null);
        row(clusters, 1, null, null, null, null, null, "landHa", "powerMw", "landHa", "powerMw");
        for (int c = 0; c < 5; c++) {
            clusters.addMergedRegion(new CellRangeAddress(0, 1, c, c));
        }
        clusters.addMergedRegion(new CellRangeAddress(0, 0, 5, 6));
        clusters.addMergedRegion(new CellRangeAddress(0, 0, 7, 8));
        row(clusters, 2, "CCN-01", "Cụm công nghiệp Tân Lập", "Huyện Đồng Phú", "10,95", 106.8, "20,5", "4,75",
                45, "10");
        Row empty = row(clusters, 3, " ", "");
        empty.createCell(4).setCellStyle(text);
        row(clusters, 7, "");

        Sheet distances = workbook.createSheet("HubDistances");
        row(distances, 0, "cluster", "hub", "km");
        row(distances, 1, "CCN-01", "RAW-1", "12,5");

        Sheet projects = workbook.createSheet("Projects");
        row(projects, 0, "id", "name", "investor", "sector", "landHa  ", "powerMw", "earliestPhase",
                "latestPhase", "capitalBillionVnd", "jobs", "preferredClusters");
        // Merged with the cell to its right, which stays empty.
        projects.getRow(0).createCell(11);
        projects.addMergedRegion(new CellRangeAddress(0, 0, 10, 11));
        Row project = row(projects, 1, "INV-001", "Nhà máy chế biến hạt điều Đồng Phú", "Công ty TNHH Điều Vàng",
                "AGRO", "4,5", "0,9", 2025, "2030", "320,5", "450", "CCN-01;");
        for (int c = 0; c < 11; c++) {
            project.getCell(c).setCellStyle(text);
        }
        for (int r = 2; r < 40; r++) {
            projects.createRow(r).createCell(0).setCellStyle(text);
        }
        row(projects, 40, "", "  ");

        Sheet targets = workbook.createSheet("OperationalTargets");
        row(targets, 0, "phase", "minClusters", "minOccupancyPercent");
        row(targets, 1, "2025", "1", 0.5);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        targets.getRow(1).getCell(2).setCellStyle(percent);

        workbook.createSheet("Ghi chú");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return Workbooks.save(workbook, file);
    }

    @Test
    void decimalCommasTextNumbersMergedHeadersAndEmptyRowsAreRead() throws Exception {
        Path file = vietnameseWorkbook(directory.resolve("tinh-mau.xlsx"));

        AllocationPlan imported = WorkbookReader.read(file);

        AllocationPlan expected = DatasetReader.read("expected", new ObjectMapper().readTree(EXPECTED));
        assertThat(Workbooks.normalized(imported)).isEqualTo(Workbooks.normalized(expected));
        assertThat(imported.getClusters().get(0).getName()).isEqualTo("Cụm công nghiệp Tân Lập");
    }
}
