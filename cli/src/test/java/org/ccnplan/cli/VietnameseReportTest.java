package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccnplan.cli.CommandLineTest.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang vi}: every table and report in Vietnamese, with diacritics and Vietnamese numbers (1.234,5). */
class VietnameseReportTest {

    @TempDir
    Path directory;

    private Path plan;

    /** INV-002 (530 billion VND of capital, 1,650 jobs with the pinned INV-001) by hand in CCN-01 in 2025. */
    @BeforeEach
    void placeInv002InCcn01() throws Exception {
        plan = directory.resolve("manual.json");
        Files.writeString(plan, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"}]}""");
    }

    @Test
    void scoreInVietnamesePrintsVietnameseTablesAndNumbers() {
        Run run = run("score", SMALL, plan.toString(), "--lang", "vi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Đã chấm điểm phương án", "Ràng buộc", "Quỹ đất", "Dự án chưa bố trí",
                "Các cụm theo giai đoạn", "Chỉ tiêu chính", "Việc làm", "1.650 trên 5.720",
                "530 trên 3.366 tỷ đồng", "7,50 trên 18,00 ha (41%)", "nghìn tấn-km mỗi năm", "cứng", "mềm");
        assertThat(run.out()).contains("Lô đất dự trữ cho ngành", "2030–2035")
                .doesNotContain("Constraints", "Headline figures", "Land capacity", "Reserve for", " of ", "..");
    }

    @Test
    void solveInVietnameseSaysWhatStoppedItInVietnamese() {
        Run run = run("solve", SMALL, "--moves", "2000", "--quiet", "--lang", "vi");

        assertThat(run.out()).contains("giới hạn 2.000 lần tính điểm").doesNotContain("move limit");
    }

    @Test
    void englishStaysTheDefault() {
        Run run = run("score", SMALL, plan.toString());

        assertThat(run.out()).contains("Headline figures", "1,650 of 5,720", "530 of 3,366 billion VND",
                "7.50 of 18.00 ha (41%)");
    }

    @Test
    void aVietnameseMarkdownReportIsVietnameseToo() throws Exception {
        Path report = directory.resolve("bao-cao.md");

        Run run = run("score", SMALL, plan.toString(), "--lang", "vi", "--report", report.toString());

        assertThat(run.out()).contains("Đã ghi báo cáo vào " + report);
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).contains("## Ràng buộc",
                "| Ràng buộc | Mức | Số trường hợp | Ảnh hưởng điểm |", "## Chỉ tiêu chính");
    }

    @Test
    void aVietnameseHtmlReportHasVietnameseTablesMapAndChart() throws Exception {
        Path report = directory.resolve("bao-cao.html");

        run("score", SMALL, plan.toString(), "--lang", "vi", "--report", report.toString());

        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("th").eachText()).contains("Ràng buộc", "Mức", "Số trường hợp", "Ảnh hưởng điểm",
                "Cụm", "Giai đoạn", "Đất (ha)", "Chỉ tiêu");
        assertThat(page.select("td").eachText()).contains("Quỹ đất", "cứng", "1.650 trên 5.720",
                "7,50 trên 18,00 ha (41%)");
        assertThat(page.select("svg.map")).hasSize(1);
        assertThat(page.select("svg.chart")).isNotEmpty();
    }

    @Test
    void aVietnameseCsvUsesSemicolonsAndDecimalCommasAsExcelExpectsThere() throws Exception {
        Path csv = directory.resolve("phuong-an.csv");

        run("score", SMALL, plan.toString(), "--lang", "vi", "--report", csv.toString());

        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> assignments;
        try (CSVParser parser = CSVParser.parse(Files.readString(csv).substring(1), format)) {
            assignments = parser.getRecords();
        }
        CSVRecord placed = assignments.stream().filter(record -> record.get("dự án").equals("INV-002")).findFirst()
                .orElseThrow();
        assertThat(placed.get("tên")).isEqualTo("Nhà máy may xuất khẩu Hưng Phát");
        assertThat(placed.get("cụm")).isEqualTo("CCN-01");
        assertThat(placed.get("lô dự trữ")).isEqualTo("không");
        assertThat(placed.get("đất ha")).isEqualTo("4,00");
        List<CSVRecord> clusters;
        try (CSVParser parser = CSVParser.parse(Files.readString(directory.resolve("phuong-an-clusters.csv"))
                .substring(1), format)) {
            clusters = parser.getRecords();
        }
        assertThat(clusters.get(0).get("cụm")).isEqualTo("CCN-01");
        assertThat(clusters.get(0).get("đất đã dùng ha")).isEqualTo("7,50");
        assertThat(clusters.get(0).get("đất ha")).isEqualTo("10,00");
    }

    @Test
    void compareInVietnamese() {
        Run run = run("compare", SMALL, plan.toString(), plan.toString(), "--lang", "vi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("So sánh 2 phương án của", "(phương án gốc)", "Khả thi", "Trung bình",
                "Ràng buộc: ảnh hưởng điểm (số vi phạm)", "Vốn được bố trí, tỷ đồng",
                "Dự án bố trí khác nhau giữa B và A (0)", "không có");
    }

    @Test
    void validateInVietnamese() {
        Run run = run("validate", SMALL, "--lang", "vi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Bộ dữ liệu hợp lệ").contains("4 cụm", "12 dự án");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run run = run("score", SMALL, plan.toString(), "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'fr' is not a language ccnplan writes; use en or vi");
    }
}
