package org.ccnplan.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Where a report goes: plain text for the terminal, Markdown for a memo, or the body of an HTML page. The report says what to show (headings,
 * lines, list items, tables); the sink says how.
 */
abstract class ReportSink {

    protected final PrintWriter out;

    private ReportSink(PrintWriter out) {
        this.out = out;
    }

    abstract void heading(String text);

    abstract void item(String text);

    /** A heading within a section; by default as a heading. */
    void subheading(String text) {
        heading(text);
    }

    /** A table; the given columns hold numbers and are right-aligned. */
    abstract void table(TextTable table, int... rightAligned);

    /** A line of its own, followed by a blank line. */
    void paragraph(String text) {
        out.println(text);
        out.println();
    }

    /** Ends a list of items. */
    void endList() {
        out.println();
    }

    /** The terminal's plain text: headings as they are, items indented, tables padded to their widest cell. */
    static final class Plain extends ReportSink {

        Plain(PrintWriter out) {
            super(out);
        }

        @Override
        void heading(String text) {
            out.println(text);
        }

        @Override
        void item(String text) {
            out.println("  " + text);
        }

        @Override
        void table(TextTable table, int... rightAligned) {
            table.print(out, rightAligned);
        }
    }

    /** Markdown: headings, bullet lists and pipe tables that paste cleanly into a memo. */
    static final class Markdown extends ReportSink {

        Markdown(PrintWriter out) {
            super(out);
        }

        @Override
        void heading(String text) {
            out.println("## " + text);
            out.println();
        }

        @Override
        void subheading(String text) {
            out.println("### " + text);
            out.println();
        }

        @Override
        void item(String text) {
            out.println("- " + text);
        }

        @Override
        void table(TextTable table, int... rightAligned) {
            table.printMarkdown(out, rightAligned);
        }
    }

    /** HTML: headings, lists and tables of an HTML page's body, every text escaped; numeric columns right-aligned. */
    static final class Html extends ReportSink {

        private boolean inList;

        Html(PrintWriter out) {
            super(out);
        }

        @Override
        void heading(String text) {
            endList();
            out.println("<h2>" + HtmlText.escape(text) + "</h2>");
        }

        @Override
        void item(String text) {
            if (!inList) {
                out.println("<ul>");
                inList = true;
            }
            out.println("<li>" + HtmlText.escape(text) + "</li>");
        }

        @Override
        void endList() {
            if (inList) {
                out.println("</ul>");
                inList = false;
            }
        }

        @Override
        void paragraph(String text) {
            endList();
            out.println("<p>" + HtmlText.escape(text) + "</p>");
        }

        @Override
        void table(TextTable table, int... rightAligned) {
            endList();
            List<String[]> rows = table.rows();
            out.println("<table>");
            out.println("<thead>");
            row("th", rows.get(0), rightAligned);
            out.println("</thead>");
            out.println("<tbody>");
            rows.stream().skip(1).forEach(cells -> row("td", cells, rightAligned));
            out.println("</tbody>");
            out.println("</table>");
        }

        private void row(String cellTag, String[] cells, int... rightAligned) {
            StringBuilder line = new StringBuilder("<tr>");
            for (int c = 0; c < cells.length; c++) {
                int column = c;
                boolean number = Arrays.stream(rightAligned).anyMatch(right -> right == column);
                line.append('<').append(cellTag).append(number ? " class=\"num\">" : ">")
                        .append(HtmlText.escape(cells[c])).append("</").append(cellTag).append('>');
            }
            out.println(line.append("</tr>"));
        }
    }
}
