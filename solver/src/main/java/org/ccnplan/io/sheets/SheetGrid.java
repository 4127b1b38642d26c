package org.ccnplan.io.sheets;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of one sheet (or one CSV file) by 0-based row and column, with its merged regions. {@code name} is how
 * problems name the sheet: the sheet's name in a workbook, the file's name in a folder of CSV files.
 */
final class SheetGrid {

    private final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merged;

    SheetGrid(String name, List<CellRangeAddress> merged) {
        this.name = name;
        this.merged = List.copyOf(merged);
    }

    String name() {
        return name;
    }

    void put(int row, int column, SheetCell cell) {
        if (!cell.isBlank()) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
        }
    }

    SheetCell cell(int row, int column) {
        Map<Integer, SheetCell> cells = rows.get(row);
        SheetCell cell = cells == null ? null : cells.get(column);
        return cell == null ? SheetCell.BLANK : cell;
    }

    /** The rows that hold at least one non-blank cell, by row index; the cells of each by column index. */
    NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows() {
        return rows;
    }

    List<CellRangeAddress> merged() {
        return merged;
    }

    /** The merged region that holds a cell, or null. */
    CellRangeAddress regionOf(int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, column)) {
                return region;
            }
        }
        return null;
    }
}
