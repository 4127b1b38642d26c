package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void markdownTablesAlignNumbersRightAndEscapePipes() {
        TextTable table = new TextTable("Cụm", "Đất ha");
        table.row("CCN-01 | Tân Lập", "12.50");
        StringWriter text = new StringWriter();

        table.printMarkdown(new PrintWriter(text, true), 1);

        assertThat(text.toString().lines()).containsExactly(
                "| Cụm | Đất ha |",
                "|---|---:|",
                "| CCN-01 \\| Tân Lập | 12.50 |",
                "");
    }

    @Test
    void plainTablesPadToTheWidestCellCountingVietnameseLettersOnce() {
        TextTable table = new TextTable("Cụm", "Đất ha");
        table.row("CCN-01", "12.50");
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text, true), 1);

        assertThat(text.toString().lines()).containsExactly(
                "  Cụm     Đất ha",
                "  CCN-01   12.50",
                "");
    }
}
