package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.ccnplan.cli.CommandLineTest.Run;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.HubType;
import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.PlanReader;
import org.ccnplan.report.Lang;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report, parsed back with an HTML parser: its tables, its map, its chart, its languages, its safety. */
class HtmlReportTest {

    /**
     * Places INV-002 (TEXTILE, 4 ha) next to the pinned INV-001 (AGRO, 3.5 ha) in CCN-01, INV-003 (BUILD) in CCN-02,
     * and INV-004 (RENEW, 6 ha) with INV-008 (AGRO, 2.75 ha) in CCN-03, whose 8 ha they overfill until 2035; CCN-04
     * stays empty.
     */
    static final String PLAN = """
            {"assignments": [{"project": "INV-002", "cluster": "CCN-01", "phase": "2025"},
                             {"project": "INV-003", "cluster": "CCN-02", "phase": "2030"},
                             {"project": "INV-004", "cluster": "CCN-03", "phase": "2025"},
                             {"project": "INV-008", "cluster": "CCN-03", "phase": "2025"}]}""";

    @TempDir
    Path directory;

    Path plan() throws Exception {
        Path plan = directory.resolve("manual.json");
        Files.writeString(plan, PLAN);
        return plan;
    }

    /** The small province, changed by the given edit of its text. */
    Path dataset(UnaryOperator<String> edit) throws Exception {
        Path dataset = directory.resolve("dataset.json");
        Files.writeString(dataset, edit.apply(Files.readString(Path.of(SMALL))));
        return dataset;
    }

    static AllocationPlan load(Path dataset, Path plan) throws Exception {
        DatasetReader.Dataset loaded = DatasetReader.read(dataset);
        PlanReader.apply(plan, loaded.plan());
        return loaded.plan();
    }

    /** The page of a plan in the given language, made in-process. */
    static String page(Texts texts, Path dataset, Path plan) throws Exception {
        AllocationPlan allocation = load(dataset, plan);
        PlanReport report = PlanReport.of(allocation);
        return HtmlReport.plan(texts, "Summary", allocation, report, sink -> TextReport.print(report, sink, texts));
    }

    static Document score(Path dataset, Path plan, Path html) throws Exception {
        Run run = run("score", dataset.toString(), plan.toString(), "--report", html.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Report written to " + html);
        return Jsoup.parse(html.toFile(), "UTF-8");
    }

    /** The table right after the heading with the given text. */
    static Element tableAfter(Document page, String heading) {
        Element h2 = page.select("h2").stream().filter(element -> element.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + heading));
        Element table = h2.nextElementSibling();
        assertThat(table.tagName()).isEqualTo("table");
        return table;
    }

    static List<String> cells(Element row) {
        return row.select("th, td").eachText();
    }

    static List<List<String>> bodyRows(Element table) {
        return table.select("tbody tr").stream().map(HtmlReportTest::cells).toList();
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }

    @Test
    void scoreWritesAPageWithTheTablesAsTheTerminalShowsThem() throws Exception {
        Document page = score(Path.of(SMALL), plan(), directory.resolve("scored.html"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Small test province (synthetic): 4 clusters");
        assertThat(page.select("p").eachText()).contains("Scored plan " + directory.resolve("manual.json")
                + " against \"Small test province (synthetic): 4 clusters\".");
        Element constraints = tableAfter(page, "Constraints");
        assertThat(cells(constraints.selectFirst("thead tr")))
                .containsExactly("Constraint", "Level", "Matches", "Score impact");
        assertThat(constraints.select("thead th.num").eachText()).containsExactly("Matches", "Score impact");
        List<List<String>> rules = bodyRows(constraints);
        assertThat(rules).hasSize(13);
        assertThat(rules.get(0)).containsExactly("Land capacity", "hard", "2", "-150"); // 0.75 ha over, twice
        Element clusters = tableAfter(page,
                "Clusters by phase (used / available by the end of each phase; empty phases left out)");
        assertThat(cells(clusters.selectFirst("thead tr")))
                .containsExactly("Cluster", "Phase", "Land ha", "Power MW", "Projects", "Sectors");
        assertThat(bodyRows(clusters)).contains(List.of("CCN-03", "2025", "8.75 / 8.00", "2.650 / 3.000", "2",
                "AGRO, RENEW"));
        Element unplaced = tableAfter(page, "Unplaced projects (10)"); // of 12 projects and 3 reserve blocks
        assertThat(bodyRows(unplaced)).anyMatch(row -> row.subList(0, 4)
                .equals(List.of("INV-005", "Xưởng sấy nông sản Suối Tre", "AGRO", "1.25")));
        assertThat(page.select("h2").eachText()).contains("Headline figures",
                "Unavoidable violations caused by pinned projects (1)"); // INV-001, too far from raw materials
    }

    @Test
    void theMapHasACirclePerClusterSizedByLandInItsMainSectorsColourAndAMarkPerHub() throws Exception {
        Document page = score(Path.of(SMALL), plan(), directory.resolve("scored.html"));

        assertThat(page.select("svg.map")).hasSize(1);
        Elements circles = page.select("svg.map g.clusters circle.cluster");
        Map<String, Element> byCluster = circles.stream()
                .collect(Collectors.toMap(circle -> circle.attr("data-cluster"), circle -> circle));
        assertThat(byCluster).containsOnlyKeys("CCN-01", "CCN-02", "CCN-03", "CCN-04");
        SectorColours colours = new SectorColours(load(Path.of(SMALL), plan()).getSectors());
        assertThat(byCluster.get("CCN-01").attr("data-sector")).isEqualTo("TEXTILE"); // 4 ha against AGRO's 3.5
        assertThat(byCluster.get("CCN-01").attr("fill")).isEqualTo(colours.of("TEXTILE"));
        assertThat(byCluster.get("CCN-02").attr("fill")).isEqualTo(colours.of("BUILD"));
        assertThat(byCluster.get("CCN-03").attr("fill")).isEqualTo(colours.of("RENEW"));
        assertThat(colours.of("AGRO")).isEqualTo("#4e79a7"); // the first sector of the dataset, the first colour
        Element empty = byCluster.get("CCN-04");
        assertThat(empty.hasClass("empty")).isTrue();
        assertThat(empty.hasAttr("stroke-dasharray")).isTrue();
        // Area proportional to the land used by 2035 (CCN-04: its 12 ha of capacity, being empty), the largest 22.
        Map<String, Double> hectares = Map.of("CCN-01", 7.5, "CCN-02", 5.0, "CCN-03", 8.75, "CCN-04", 12.0);
        assertThat(number(empty, "r")).isEqualTo(22.0);
        hectares.forEach((cluster, ha) -> assertThat(Math.pow(number(byCluster.get(cluster), "r"), 2) / ha)
                .as(cluster).isCloseTo(22.0 * 22.0 / 12.0, within(0.3)));
        assertThat(byCluster.get("CCN-01").selectFirst("title").text()).contains("CCN-01 Cụm công nghiệp Tân Lập",
                "(Huyện Trảng Bom)", "Main sector: TEXTILE Dệt may, da giày",
                "By 2035: land used 7.5 of 20 ha, power used 1.7 of 5 MW, 2 projects");
        // North up: CCN-03 (latitude 10.70) below CCN-01 (10.95); east right: CCN-02 (107.35) right of CCN-01 (107.00)
        assertThat(number(byCluster.get("CCN-03"), "cy")).isGreaterThan(number(byCluster.get("CCN-01"), "cy"));
        assertThat(number(byCluster.get("CCN-02"), "cx")).isGreaterThan(number(byCluster.get("CCN-01"), "cx"));

        Elements hubs = page.select("svg.map g.hubs path.hub");
        assertThat(hubs.eachAttr("data-hub")).containsExactly("PORT-1", "EXP-1", "RAW-1");
        assertThat(hubs.eachAttr("data-type")).containsExactly("SEAPORT", "EXPRESSWAY", "RAW_MATERIAL_AREA");
        assertThat(hubs.get(0).selectFirst("title").text()).isEqualTo("PORT-1 Cảng Phú Mỹ (seaport)");
        assertThat(page.select("svg.map g.labels text").eachText()).containsExactly("01", "02", "03", "04");
        assertThat(page.select("svg.map g.scale-bar text").text()).matches("\\d+ km");
    }

    @Test
    void theMapsLegendNamesTheMainSectorsTheSizesAndTheHubTypes() throws Exception {
        Document page = score(Path.of(SMALL), plan(), directory.resolve("scored.html"));

        Element legend = page.selectFirst("svg.map g.legend");
        assertThat(legend.select("text").eachText()).contains("Main sector (most land placed)",
                "TEXTILE · Dệt may, da giày", "BUILD · Vật liệu xây dựng", "RENEW · Thiết bị năng lượng tái tạo",
                "nothing placed", "Circle area: land used by 2035", "10 ha", "Logistics hubs", "seaport",
                "expressway junction", "raw-material area", "Labels: cluster ids without \"CCN-\"")
                .doesNotContain("AGRO · Chế biến nông sản"); // the main sector of no cluster
        assertThat(legend.select("circle.legend-sector[data-sector]").eachAttr("fill"))
                .containsExactly("#f28e2b", "#e15759", "#76b7b2"); // TEXTILE, BUILD, RENEW: dataset order
        assertThat(legend.select("path.legend-hub").eachAttr("data-type"))
                .containsExactly("SEAPORT", "EXPRESSWAY", "RAW_MATERIAL_AREA");
    }

    @Test
    void theChartHasBarsPerClusterAndPhaseProportionalToLandAndPowerWithOverloadsInRed() throws Exception {
        Path plan = plan();
        Document page = score(Path.of(SMALL), plan, directory.resolve("scored.html"));
        PlanReport report = PlanReport.of(load(Path.of(SMALL), plan));

        assertThat(page.select("svg.chart-legend text").eachText())
                .containsExactly("capacity", "land used", "power used", "over capacity");
        assertThat(page.select("svg.chart text.axis-title").eachText()).containsExactly("Land, ha", "Power, MW");
        assertThat(page.select("svg.chart text.cluster-label").stream().map(Element::ownText))
                .containsExactly("CCN-01", "CCN-02", "CCN-03", "CCN-04");
        for (String kind : new String[] {"land", "power"}) {
            Elements bars = page.select("svg.chart g.bar." + kind);
            assertThat(bars).hasSize(4 * 3);
            double scale = Double.NaN; // SVG units per hundredth of a hectare, or per kW: one for all bars
            for (ClusterPhaseUse use : report.clusterPhases()) {
                Element bar = bars.select("[data-cluster=" + use.cluster().getId() + "][data-phase="
                        + use.phase().getId() + "]").first();
                long used = kind.equals("land") ? use.landUsed() : use.powerUsed();
                long capacity = kind.equals("land") ? use.landCapacity() : use.powerCapacity();
                double usedWidth = number(bar.selectFirst("rect.used"), "width");
                double capacityWidth = number(bar.selectFirst("rect.capacity"), "width");
                if (Double.isNaN(scale)) {
                    scale = capacityWidth / capacity;
                }
                assertThat(usedWidth).as("%s %s %s used", kind, use.cluster(), use.phase())
                        .isCloseTo(used * scale, within(0.01));
                assertThat(capacityWidth).as("%s %s %s capacity", kind, use.cluster(), use.phase())
                        .isCloseTo(capacity * scale, within(0.01));
                assertThat(bar.selectFirst("rect.used").hasClass("over")).isEqualTo(used > capacity);
                assertThat(bar.selectFirst("rect.used").attr("fill"))
                        .isEqualTo(used > capacity ? SvgChart.OVER : kind.equals("land") ? SvgChart.LAND
                                : SvgChart.POWER);
            }
        }
        assertThat(page.select("svg.chart g.bar:has(> rect.over)").stream()
                .map(bar -> bar.className() + " " + bar.attr("data-cluster") + " " + bar.attr("data-phase")))
                .containsExactly("bar land CCN-03 2025", "bar land CCN-03 2030"); // until its 2035 stage
        Element ccn03 = page.selectFirst("svg.chart g.bar.land[data-cluster=CCN-03][data-phase=2025]");
        assertThat(ccn03.selectFirst("title").text()).isEqualTo("CCN-03, 2025: land used 8.75 of 8 ha (109%)");
        assertThat(page.selectFirst("svg.chart g.bar.land[data-cluster=CCN-04][data-phase=2025]").text())
                .contains("not ready");
        assertThat(page.select("svg.chart g.axis").first().select("text").eachText())
                .containsExactly("0", "5", "10", "15", "20");
    }

    @Test
    void aVietnameseReportHasVietnameseWordsAndNumbers() throws Exception {
        Path dataset = dataset(text -> text.replace("{\"phase\": \"2030\", \"landHa\": 20, \"powerMw\": 5}",
                "{\"phase\": \"2030\", \"landHa\": 1234.5, \"powerMw\": 5}"));

        Document page = Jsoup.parse(page(Texts.of(Lang.VI), dataset, plan()));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select("h2").eachText()).contains("Bản đồ các cụm công nghiệp",
                "Sử dụng đất và điện so với sức chứa, theo cụm và giai đoạn");
        assertThat(page.select("svg.chart text.axis-title").eachText()).containsExactly("Đất, ha", "Điện, MW");
        assertThat(page.select("svg.chart g.axis").first().select("text").eachText())
                .containsExactly("0", "500", "1.000", "1.500");
        assertThat(page.selectFirst("svg.chart g.bar.land[data-cluster=CCN-01][data-phase=2030] title").text())
                .isEqualTo("CCN-01, 2030: đất đã dùng 7,5 trên 1.234,5 ha (0%)");
        assertThat(page.select("svg.chart-legend text").eachText())
                .containsExactly("sức chứa", "đất đã sử dụng", "điện đã sử dụng", "vượt sức chứa");
        assertThat(page.select("svg.map g.legend text").eachText()).contains("Ngành chính (nhiều đất nhất)",
                "chưa bố trí dự án", "Đầu mối logistics", "cảng biển", "nút giao cao tốc", "vùng nguyên liệu",
                "Diện tích vòng tròn: đất đã sử dụng đến 2035");
        assertThat(page.selectFirst("svg.map circle[data-cluster=CCN-01] title").text())
                .contains("Đến 2035: đất đã dùng 7,5 trên 1.234,5 ha, điện đã dùng 1,7 trên 5 MW, 2 dự án");
    }

    @Test
    void everyHubTypeHasItsOwnMark() {
        assertThat(Arrays.stream(HubType.values())
                .map(type -> HubMark.path(type, 50, 50, "hub", "").replaceAll("data-type=\"\\w+\"", ""))
                .distinct()).hasSize(HubType.values().length);
    }

    @Test
    void theHtmlSinkKeepsHeadersWithDiacriticsAndAlignsNumbers() {
        StringWriter text = new StringWriter();
        ReportSink.Html sink = new ReportSink.Html(new PrintWriter(text));
        TextTable table = new TextTable("Cụm", "Giai đoạn", "Đất (ha)");
        table.row("CCN-01", "2025", "1.234,5 / 2.000");
        sink.heading("Các cụm theo giai đoạn");
        sink.item("không có");
        sink.table(table, 2);

        Document page = Jsoup.parseBodyFragment(text.toString());

        assertThat(page.select("h2").text()).isEqualTo("Các cụm theo giai đoạn");
        assertThat(page.select("ul li").eachText()).containsExactly("không có");
        assertThat(page.select("thead th").eachText()).containsExactly("Cụm", "Giai đoạn", "Đất (ha)");
        assertThat(page.select("tbody td").eachText()).containsExactly("CCN-01", "2025", "1.234,5 / 2.000");
        assertThat(page.select("tbody td.num").eachText()).containsExactly("1.234,5 / 2.000");
    }

    @Test
    void hostileNamesAreShownAsTextNeverAsMarkup() throws Exception {
        Path dataset = dataset(text -> text
                .replace("Small test province (synthetic): 4 clusters", "Tỉnh <i>thử</i> & \\\"x\\\"")
                .replace("Cụm công nghiệp Tân Lập", "<script>alert(\\\"x\\\")</script> & 'Tân Lập'")
                .replace("Dệt may, da giày", "Dệt <may> & \\\"giày\\\"")
                .replace("Xưởng sấy nông sản Suối Tre", "Xưởng <b>sấy</b> & 'Tre'")
                .replace("\"EXP-1\"", "\"EXP<1>&'\""));

        Document page = score(dataset, plan(), directory.resolve("hostile.html"));
        String raw = Files.readString(directory.resolve("hostile.html"));

        assertThat(page.select("script, i, b, may")).isEmpty();
        assertThat(raw).doesNotContain("<script", "<b>", "<may");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Tỉnh <i>thử</i> & \"x\"");
        assertThat(page.selectFirst("title").text()).startsWith("Tỉnh <i>thử</i> & \"x\"");
        assertThat(page.selectFirst("svg.map circle[data-cluster=CCN-01] title").text())
                .contains("<script>alert(\"x\")</script> & 'Tân Lập'");
        assertThat(page.select("svg.map g.legend text").eachText()).contains("TEXTILE · Dệt <may> & \"giày\"");
        assertThat(page.select("svg.map path.hub").eachAttr("data-hub")).contains("EXP<1>&'");
        assertThat(page.select("td").eachText()).contains("Xưởng <b>sấy</b> & 'Tre'");
    }

    @Test
    void thePageNeedsNothingFromOutsideTheFile() throws Exception {
        score(Path.of(SMALL), plan(), directory.resolve("scored.html"));
        String raw = Files.readString(directory.resolve("scored.html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(raw);

        assertThat(page.select("link, script, img, iframe, object, embed, base, use, image")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .map(attribute -> attribute.getKey().toLowerCase(Locale.ROOT)))
                .noneMatch(key -> key.endsWith("href") || key.equals("src") || key.equals("srcset")
                        || key.equals("action") || key.equals("style"));
        assertThat(raw).doesNotContainIgnoringCase("http").doesNotContain("url(", "@import", "src=", "href=");
        assertThat(raw).doesNotContain("NaN", "Infinity");
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws Exception {
        Path plan = plan();
        String first = page(Texts.of(Lang.EN), Path.of(SMALL), plan);
        String second = page(Texts.of(Lang.EN), Path.of(SMALL), plan);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void solveWritesAnHtmlReportToo() throws Exception {
        Path html = directory.resolve("solved.HTM"); // any case, .htm too

        Run run = run("solve", SMALL, "--moves", "2000", "--quiet", "--report", html.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Report written to " + html);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("p.summary").text()).startsWith("Solved \"Small test province (synthetic): 4 clusters\"");
        assertThat(page.select("svg.map circle.cluster")).hasSize(4);
        assertThat(page.select("svg.chart g.bar.land")).hasSize(12);
        assertThat(page.select("h2").eachText()).contains("Constraints", "Headline figures");
    }

    @Test
    void compareWritesTheComparisonTablesAndAMapPerPlanOnOneScale() throws Exception {
        Path baseline = plan();
        Path variant = directory.resolve("variant.json");
        Files.writeString(variant, """
                {"assignments": [{"project": "INV-002", "cluster": "CCN-04", "phase": "2035"}]}""");
        Path html = directory.resolve("compared.html");

        Run run = run("compare", SMALL, baseline.toString(), variant.toString(), "--report", html.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Report written to " + html);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("p.subtitle").text()).isEqualTo("Comparison of 2 plans");
        assertThat(cells(tableAfter(page, "Score").selectFirst("thead tr"))).containsExactly("Level", "A", "B");
        assertThat(bodyRows(tableAfter(page, "Score")).get(0)).containsExactly("Hard", "-152", "-1"); // -150 of land, and AGRO too far from its hubs
        assertThat(page.select("h2").eachText()).contains("Projects placed differently in B than in A (4)",
                "Map of the clusters: plan A", "Map of the clusters: plan B");
        Elements maps = page.select("svg.map");
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0).select("circle.cluster")).hasSize(4);
        assertThat(maps.get(1).select("circle.cluster")).hasSize(4);
        assertThat(maps.get(1).selectFirst("circle[data-cluster=CCN-04]").attr("data-sector")).isEqualTo("TEXTILE");
        // One scale: CCN-02, empty in B, has the largest circle of both maps (its 15 ha of capacity); CCN-04 has its
        // 12 ha of capacity in A (empty there too) and its 4 ha of land used in B.
        assertThat(number(maps.get(1).selectFirst("circle[data-cluster=CCN-02]"), "r")).isEqualTo(22.0);
        assertThat(number(maps.get(0).selectFirst("circle[data-cluster=CCN-04]"), "r"))
                .isCloseTo(22.0 * Math.sqrt(12.0 / 15.0), within(0.01));
        assertThat(number(maps.get(1).selectFirst("circle[data-cluster=CCN-04]"), "r"))
                .isCloseTo(22.0 * Math.sqrt(4.0 / 15.0), within(0.01));
        assertThat(page.select("svg.chart")).isEmpty(); // the comparison's tables hold the figures
    }

    @Test
    void aSingleClusterWithoutHubsStillDrawsAFiniteMap() throws Exception {
        Path dataset = directory.resolve("lone.json");
        Files.writeString(dataset, """
                {"formatVersion": 1, "name": "Lone cluster",
                 "phases": [{"id": "P1", "label": "first", "endYear": 2030}],
                 "sectors": [{"id": "AGRO", "name": "Nông sản", "environmentalClass": 1, "priority": 1}],
                 "clusters": [{"id": "ONLY", "name": "Cụm duy nhất", "lat": 10.5, "lon": 106.5,
                               "stages": [{"phase": "P1", "landHa": 10, "powerMw": 2}]}]}""");
        Path plan = directory.resolve("empty.json");
        Files.writeString(plan, "{\"assignments\": []}");

        String raw = page(Texts.of(Lang.EN), dataset, plan);
        Document page = Jsoup.parse(raw);

        assertThat(page.select("svg.map circle.cluster")).hasSize(1);
        assertThat(page.select("svg.map path.hub")).isEmpty();
        assertThat(page.select("svg.map g.labels text").eachText()).containsExactly("ONLY");
        assertThat(page.select("svg.chart g.bar.land")).hasSize(1);
        assertThat(raw).doesNotContain("NaN", "Infinity");
    }
}
