package org.ccnplan.cli;

import static org.ccnplan.cli.HtmlText.escape;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.io.AtomicFiles;
import org.ccnplan.report.PlanComparison;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.Texts;

/**
 * A report as one self-contained HTML page for a memo: inline CSS and SVG, no script, nothing fetched from anywhere.
 * A plan's page holds the map of its clusters, the chart of land and power use against capacity, and its tables; a
 * comparison's page holds the comparison's tables and a map per plan, all drawn to the same scale.
 */
final class HtmlReport {

    private static final String STYLE = """
            @page { size: A4; margin: 14mm; }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px;
                   color: #1a1a1a; max-width: 1000px; margin: 20px auto; padding: 0 16px;
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 17px; margin: 26px 0 8px; padding-bottom: 3px; border-bottom: 1px solid #cccccc; }
            .subtitle { color: #555555; margin: 0 0 6px; }
            .note { color: #555555; font-size: 12.5px; margin: 0 0 8px; }
            table { border-collapse: collapse; margin: 0 0 14px; font-size: 13px; }
            th, td { border: 1px solid #cccccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f2f4; }
            tbody tr:nth-child(even) { background: #fafafa; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            svg { display: block; max-width: 100%; height: auto; margin: 0 0 6px; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              section + section { break-before: page; }
              h2 { break-after: avoid; }
              svg, tr { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private HtmlReport() {
    }

    /** Writes one plan's page atomically. */
    static void writePlan(Path file, Texts texts, String summary, AllocationPlan plan, PlanReport report,
            Consumer<ReportSink> tables) throws Main.OutputException {
        write(file, plan(texts, summary, plan, report, tables));
    }

    /** Writes a comparison's page atomically; the plans are in the comparison's order, the baseline first. */
    static void writeComparison(Path file, Texts texts, PlanComparison comparison, List<AllocationPlan> plans,
            Consumer<ReportSink> tables) throws Main.OutputException {
        write(file, comparison(texts, comparison, plans, tables));
    }

    /** One plan's page: its summary, the map, the chart, then the tables the given writer prints to a sink. */
    static String plan(Texts texts, String summary, AllocationPlan plan, PlanReport report,
            Consumer<ReportSink> tables) {
        Page page = new Page(texts, plan.getName(), texts.get("html.subtitle.plan"));
        page.paragraph("summary", summary);
        page.section("map", texts.get("html.map"));
        page.paragraph("note", texts.get("html.map.note"));
        page.raw(SvgMap.draw(texts, plan, report, SvgMap.largestLand(report, plan.getLastPhase()),
                texts.get("html.map")));
        String chart = SvgChart.draw(texts, report);
        if (!chart.isEmpty()) {
            page.section("chart", texts.get("html.chart"));
            page.paragraph("note", texts.get("html.chart.note"));
            page.raw(chart);
        }
        page.section("tables", null);
        page.tables(tables);
        return page.finish();
    }

    /** A comparison's page: the tables the given writer prints to a sink, then a map per plan on one scale. */
    static String comparison(Texts texts, PlanComparison comparison, List<AllocationPlan> plans,
            Consumer<ReportSink> tables) {
        AllocationPlan baseline = plans.get(0);
        Page page = new Page(texts, baseline.getName(),
                texts.get("html.subtitle.comparison", texts.number(plans.size())));
        page.section("tables", null);
        page.tables(tables);
        long largestLand = 0;
        for (int i = 0; i < plans.size(); i++) {
            largestLand = Math.max(largestLand, SvgMap.largestLand(comparison.plans().get(i).report(),
                    plans.get(i).getLastPhase()));
        }
        for (int i = 0; i < plans.size(); i++) {
            String title = texts.get("html.map.ofPlan", comparison.plans().get(i).label());
            page.section("map", title);
            if (i == 0) {
                page.paragraph("note", texts.get("html.map.note"));
            }
            page.raw(SvgMap.draw(texts, plans.get(i), comparison.plans().get(i).report(), largestLand, title));
        }
        return page.finish();
    }

    private static void write(Path file, String html) throws Main.OutputException {
        try {
            AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Main.OutputException("cannot write the report to " + file + ": " + e.getMessage());
        }
    }

    /** The page being written: a head with the inline style, then sections. */
    private static final class Page {

        private final StringWriter text = new StringWriter();
        private final PrintWriter out = new PrintWriter(text);
        private boolean inSection;

        Page(Texts texts, String title, String subtitle) {
            out.println("<!DOCTYPE html>");
            out.println("<html lang=\"" + texts.lang().code() + "\">");
            out.println("<head>");
            out.println("<meta charset=\"utf-8\">");
            out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            out.println("<meta name=\"generator\" content=\"ccnplan\">");
            out.println("<title>" + escape(title + " · " + subtitle) + "</title>");
            out.print("<style>\n" + STYLE + "</style>\n");
            out.println("</head>");
            out.println("<body>");
            out.println("<header>");
            out.println("<h1>" + escape(title) + "</h1>");
            out.println("<p class=\"subtitle\">" + escape(subtitle) + "</p>");
        }

        void paragraph(String cssClass, String paragraph) {
            out.println("<p class=\"" + cssClass + "\">" + escape(paragraph) + "</p>");
        }

        /** Starts a section, closing the header or the section before; with a heading unless it is null. */
        void section(String cssClass, String heading) {
            out.println(inSection ? "</section>" : "</header>");
            out.println("<section class=\"" + cssClass + "\">");
            if (heading != null) {
                out.println("<h2>" + escape(heading) + "</h2>");
            }
            inSection = true;
        }

        /** Markup made (and escaped) by the caller, such as an SVG figure. */
        void raw(String markup) {
            out.print(markup);
        }

        void tables(Consumer<ReportSink> tables) {
            ReportSink.Html sink = new ReportSink.Html(out);
            tables.accept(sink);
            sink.endList();
        }

        String finish() {
            out.println(inSection ? "</section>" : "</header>");
            out.println("</body>");
            out.println("</html>");
            out.flush();
            return text.toString();
        }
    }
}
