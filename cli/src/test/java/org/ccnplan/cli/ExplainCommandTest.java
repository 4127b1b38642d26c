package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.assertNoStackTrace;
import static org.ccnplan.cli.CommandLineTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccnplan.cli.CommandLineTest.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code ccnplan explain} and {@code solve --explain}, in-process, in English and in Vietnamese. */
class ExplainCommandTest {

    static final String SAMPLE = "../datasets/sample-province/dataset.json";

    @TempDir
    Path directory;

    /** The small province with INV-002 in CCN-01 and INV-004 in CCN-03, both in 2025, beside the pinned INV-001. */
    private Path handWrittenPlan() throws Exception {
        Path plan = directory.resolve("manual.json");
        Files.writeString(plan, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"},
                                 {"project": "INV-004", "cluster": "CCN-03", "phase": "2025"}]}""");
        return plan;
    }

    @Test
    void explainSaysEveryMatchByClusterAndByProjectAndWhyProjectsAreUnplaced() throws Exception {
        Path plan = handWrittenPlan();

        Run run = run("explain", SMALL, plan.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Explained plan " + plan + " against \"Small test province (synthetic):"
                + " 4 clusters\".\nScore: ");
        assertThat(run.out()).contains(
                "By constraint (every match; its score impact after the arrow)",
                "Logistics distance limit (hard, weight 1): 1 match, -1",
                "  INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-01: nearest raw-material area (RAW-1) 56.844 km"
                        + " > 40 km → -1",
                "  INV-002 (Nhà máy may xuất khẩu Hưng Phát) in CCN-01: 2,400 t a year × 21.5 km to expressway"
                        + " junction (EXP-1) = 52 thousand tonne-km a year → -52",
                "Unplaced project (medium, weight 1): 12 matches, ",
                "No match: ",
                "By cluster (clusters without a match left out)",
                "(no cluster: unplaced projects, operational targets)",
                "By project (",
                "Unplaced projects: why (12)",
                "INV-006 (Nhà máy giày da Thành Công): TEXTILE, 7.50 ha, 1.900 MW, 2030–2035, value 960",
                "Obstacle");
        assertNoStackTrace(run);
    }

    @Test
    void explainSpeaksVietnameseWithVietnameseNumbers() throws Exception {
        Run run = run("explain", SMALL, handWrittenPlan().toString(), "--lang", "vi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(
                "Đã giải thích phương án ",
                "Điểm: ",
                "Theo ràng buộc (mọi vi phạm; ảnh hưởng điểm sau mũi tên)",
                "Giới hạn khoảng cách logistics (cứng, trọng số 1): 1 vi phạm, -1",
                "  INV-001 (Nhà máy chế biến hạt điều Tân Lập) tại CCN-01: vùng nguyên liệu gần nhất (RAW-1) cách"
                        + " 56,844 km > 40 km → -1",
                "  INV-002 (Nhà máy may xuất khẩu Hưng Phát) tại CCN-01: 2.400 tấn/năm × 21,5 km đến nút giao cao"
                        + " tốc (EXP-1) = 52 nghìn tấn-km mỗi năm → -52",
                "Theo cụm (bỏ qua các cụm không có vi phạm)",
                "Theo dự án (",
                "Dự án chưa bố trí: lý do (12)",
                "INV-006 (Nhà máy giày da Thành Công): TEXTILE, 7,50 ha, 1,900 MW, 2030–2035, giá trị 960",
                "Trở ngại");
        assertThat(run.out()).doesNotContain("By constraint", "Unplaced projects: why");
    }

    @Test
    void theTerminalListsFiftyMatchesPerRuleAndTheReportFileAll() throws Exception {
        // Every candidate of the sample in a cluster, round the clusters, in the last phase: hundreds of matches.
        ObjectMapper json = new ObjectMapper();
        JsonNode dataset = json.readTree(Path.of(SAMPLE).toFile());
        ObjectNode plan = json.createObjectNode();
        ArrayNode assignments = plan.putArray("assignments");
        int i = 0;
        for (JsonNode project : dataset.get("projects")) {
            if (!project.has("pinned")) {
                JsonNode cluster = dataset.get("clusters").get(i++ % dataset.get("clusters").size());
                assignments.addObject().put("project", project.get("id").asText())
                        .put("cluster", cluster.get("id").asText()).put("phase", "2035");
            }
        }
        Path planFile = directory.resolve("everything.json");
        json.writeValue(planFile.toFile(), plan);
        Path report = directory.resolve("explained.md");

        Run run = run("explain", SAMPLE, planFile.toString(), "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        Matcher heading = Pattern.compile("Logistics cost \\(soft, weight 1\\): (\\d+) matches").matcher(run.out());
        assertThat(heading.find()).isTrue();
        int matches = Integer.parseInt(heading.group(1));
        assertThat(matches).isGreaterThan(ExplanationReport.TERMINAL_MATCHES_PER_RULE);
        assertThat(run.out()).contains("  … and " + (matches - ExplanationReport.TERMINAL_MATCHES_PER_RULE)
                + " more (the --report file lists them all)", "Report written to " + report);
        String markdown = Files.readString(report);
        assertThat(markdown).contains("### Logistics cost (soft, weight 1): " + matches + " matches",
                "## Unplaced projects: why (").doesNotContain("more (the --report file lists them all)");
        assertThat(markdown.lines().filter(line -> line.startsWith("- ") && line.contains(" thousand tonne-km a year"
                + " → "))).hasSize(matches);
    }

    @Test
    void solveExplainsAfterItsReportInEitherLanguage() throws Exception {
        Path report = directory.resolve("solved.md");

        Run english = run("solve", SMALL, "--moves", "2000", "--seed", "9", "--quiet", "--explain");
        Run vietnamese = run("solve", SMALL, "--moves", "2000", "--seed", "9", "--quiet", "--explain", "--lang", "vi",
                "--report", report.toString());

        assertThat(english.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(english.out()).contains("Headline figures", "By constraint (every match;", "By cluster (",
                "By project (", "Unplaced projects: why (");
        assertThat(english.out().indexOf("By constraint (")).isGreaterThan(english.out().indexOf("Headline figures"));
        assertThat(vietnamese.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(vietnamese.out()).contains("Theo ràng buộc (mọi vi phạm;", "Theo cụm (", "Theo dự án (",
                "Dự án chưa bố trí: lý do (", "Đã ghi báo cáo vào " + report);
        assertThat(Files.readString(report)).contains("## Chỉ tiêu chính", "## Theo ràng buộc (",
                "## Dự án chưa bố trí: lý do (");
        assertThat(run("solve", SMALL, "--moves", "2000", "--quiet").out()).doesNotContain("By constraint (");
    }

    @Test
    void anHtmlExplanationHoldsTheMapTheChartAndEveryMatchInTheChosenLanguage() throws Exception {
        Path plan = handWrittenPlan();
        Path html = directory.resolve("giai-thich.html");

        Run run = run("explain", SMALL, plan.toString(), "--lang", "vi", "--report", html.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("svg.map")).hasSize(1);
        assertThat(page.select("svg.chart")).isNotEmpty();
        assertThat(page.text()).contains("Dự án chưa bố trí: lý do", "INV-002");
        assertThat(page.select("h1, h2, h3").eachText()).noneMatch(heading -> heading.startsWith("#"));
    }

    @Test
    void badUsageAndBadInputGetTheirExitCodes() throws Exception {
        Path plan = handWrittenPlan();

        Run language = run("explain", SMALL, plan.toString(), "--lang", "fr");
        Run format = run("explain", SMALL, plan.toString(), "--report", directory.resolve("x.csv").toString());
        Run missingPlan = run("explain", SMALL);
        Run noSuchPlan = run("explain", SMALL, directory.resolve("nope.json").toString());

        assertThat(language.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(language.err()).contains("--lang", "'fr' is not a language ccnplan writes; use en or vi");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingPlan.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noSuchPlan.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noSuchPlan.err()).contains("no such file");
        assertNoStackTrace(noSuchPlan);
        assertThat(run("explain", "--help").out()).contains("Usage: ccnplan explain", "--lang=en|vi", "Default: en",
                "Exit codes:");
        assertThat(run("--help").out()).contains("explain");
    }
}
