package org.ccnplan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ccnplan.io.sheets.SheetLayout.Column;
import org.ccnplan.io.sheets.SheetLayout.Setting;
import org.ccnplan.io.sheets.SheetLayout.Sheet;
import org.junit.jupiter.api.Test;

/** docs/spreadsheets.md describes the layout the code reads and writes: every sheet, column and setting. */
class SpreadsheetDocsTest {

    @Test
    void theDocsNameEverySheetColumnAndSetting() throws Exception {
        String docs = Files.readString(Path.of("../docs/spreadsheets.md"));

        for (Sheet sheet : SheetLayout.SHEETS) {
            assertThat(docs).contains("### " + sheet.name() + "\n", "`" + sheet.name() + "`", sheet.csvFile());
            String section = docs.substring(docs.indexOf("### " + sheet.name() + "\n"));
            section = section.substring(0, section.indexOf("\n##", 4) < 0 ? section.length()
                    : section.indexOf("\n##", 4));
            for (Column column : sheet.columns()) {
                // The settings sheet's two columns are named in its text; its rows get the table.
                assertThat(section).as(sheet.name()).contains(sheet == SheetLayout.SETTINGS
                        ? "`" + column.header() + "`" : "| `" + column.header() + "` |");
            }
        }
        for (Setting setting : SheetLayout.SETTINGS_ROWS) {
            assertThat(docs).contains("| `" + setting.key() + "` |");
        }
        for (Column stage : SheetLayout.STAGE_COLUMNS) {
            assertThat(docs).contains("| `" + stage.header() + " <phase>` |");
        }
    }
}
