package org.ccnplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A text table with columns padded to their widest cell; numeric columns right-aligned. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    /** The header, then the rows: for sinks that render the cells themselves (HTML). */
    List<String[]> rows() {
        return List.copyOf(rows);
    }

    void print(PrintWriter out, int... rightAligned) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                String padding = " ".repeat(widths[c] - row[c].codePointCount(0, row[c].length()));
                boolean right = false;
                for (int r : rightAligned) {
                    right |= r == c;
                }
                line.append(' ').append(right ? padding + row[c] : row[c] + (c < columns - 1 ? padding : ""));
                line.append(c < columns - 1 ? " " : "");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
    }

    /** The table in Markdown (a pipe table), numeric columns right-aligned; a pipe in a cell is escaped. */
    void printMarkdown(PrintWriter out, int... rightAligned) {
        int columns = rows.get(0).length;
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (String cell : rows.get(r)) {
                line.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            out.println(line);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int c = 0; c < columns; c++) {
                    boolean right = false;
                    for (int a : rightAligned) {
                        right |= a == c;
                    }
                    rule.append(right ? "---:|" : "---|");
                }
                out.println(rule);
            }
        }
        out.println();
    }
}
