package org.ccnplan.cli;

import java.io.PrintWriter;

/**
 * Where a report goes: plain text for the terminal, or Markdown for a memo. The report says what to show (headings,
 * lines, list items, tables); the sink says how.
 */
interface ReportSink {

    void heading(String text);

    /** A line of its own, followed by a blank line. */
    void paragraph(String text);

    void item(String text);

    /** Ends a list of items. */
    void endList();

    /** A table; the given columns hold numbers and are right-aligned. */
    void table(TextTable table, int... rightAligned);

    /** The terminal's plain text: headings as they are, tables padded to their widest cell. */
    final class Plain implements ReportSink {

        private final PrintWriter out;

        Plain(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void heading(String text) {
            out.println(text);
        }

        @Override
        public void paragraph(String text) {
            out.println(text);
            out.println();
        }

        @Override
        public void item(String text) {
            out.println("  " + text);
        }

        @Override
        public void endList() {
            out.println();
        }

        @Override
        public void table(TextTable table, int... rightAligned) {
            table.print(out, rightAligned);
        }
    }

    /** Markdown: headings, bullet lists and pipe tables that paste cleanly into a memo. */
    final class Markdown implements ReportSink {

        private final PrintWriter out;

        Markdown(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void heading(String text) {
            out.println("## " + text);
            out.println();
        }

        @Override
        public void paragraph(String text) {
            out.println(text);
            out.println();
        }

        @Override
        public void item(String text) {
            out.println("- " + text);
        }

        @Override
        public void endList() {
            out.println();
        }

        @Override
        public void table(TextTable table, int... rightAligned) {
            table.printMarkdown(out, rightAligned);
        }
    }
}
