package org.ccnplan.cli;

import java.io.PrintWriter;

/**
 * Where a report goes: plain text for the terminal, or Markdown for a memo. The report says what to show (headings,
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
}
