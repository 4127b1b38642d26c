package org.ccnplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;
import org.ccnplan.report.ExplanationWords;
import org.ccnplan.report.PlanExplanation;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.UnplacedProject;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.PlanReport.Headline;
import org.ccnplan.report.PlanReport.PhaseLand;
import org.ccnplan.report.PlanReport.TargetResult;
import org.ccnplan.report.Texts;

/**
 * A plan as an Excel workbook: the headline figures, the assignments, the clusters by phase (land and power use as
 * percentages, red above capacity), the constraints and the unplaced projects, one sheet each, with every header in
 * the report's language. Numbers are numeric cells, so they add up in Excel and show with the reader's own separators.
 */
final class XlsxReport {

    private static final int MAX_WIDTH = 60;
    /** From 60% of its land taken a cluster may expand (SPEC section 6): the use that is coloured green. */
    private static final String EXPANSION_SHARE = "0.6";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Texts texts;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle hectares;
    private final CellStyle megawatts;
    private final CellStyle whole;
    private final CellStyle percent;

    private XlsxReport(Texts texts) {
        this.texts = texts;
        workbook.getProperties().getCoreProperties().setCreator("ccnplan");
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        title = workbook.createCellStyle();
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 13);
        title.setFont(large);
        hectares = numberStyle("0.00");
        megawatts = numberStyle("0.000");
        whole = numberStyle("#,##0");
        percent = numberStyle("0.0%");
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    static void write(Path file, String summary, AllocationPlan plan, PlanReport report, Texts texts)
            throws Main.OutputException {
        WorkbookFiles.write(file, bytes(summary, plan, report, texts));
    }

    static byte[] bytes(String summary, AllocationPlan plan, PlanReport report, Texts texts) {
        XlsxReport writer = new XlsxReport(texts);
        writer.headline(summary, report);
        writer.assignments(plan);
        writer.clusters(report);
        writer.constraints(report);
        writer.unplaced(plan, report);
        try (XSSFWorkbook workbook = writer.workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing a workbook to memory cannot fail", e);
        }
    }

    // ************************************************************************
    // A table: a header row and rows of text and numbers
    // ************************************************************************

    /** A sheet being filled row by row, keeping the widest value of each column. */
    private final class Table {

        private final XSSFSheet sheet;
        private final int[] widths = new int[32];
        private int next;
        private Row row;
        private int column;

        Table(String name) {
            sheet = workbook.createSheet(name);
            // Printed, a sheet fits the page's width, in landscape.
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setLandscape(true);
        }

        Table headers(String... names) {
            newRow();
            for (String name : names) {
                cell(header).setCellValue(name);
                widths[column - 1] = Math.max(widths[column - 1], Math.min(name.length(), 24));
            }
            sheet.createFreezePane(0, next);
            return this;
        }

        Table newRow() {
            row = sheet.createRow(next++);
            column = 0;
            return this;
        }

        private Cell cell(CellStyle style) {
            Cell cell = row.createCell(column++);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }

        Table text(String value) {
            Cell cell = cell(null);
            if (value != null) {
                cell.setCellValue(value);
                widths[column - 1] = Math.max(widths[column - 1], value.length());
            }
            return this;
        }

        /** A value that does not widen its column. */
        Table styled(String value, CellStyle style) {
            cell(style).setCellValue(value);
            return this;
        }

        Table number(double value, CellStyle style) {
            cell(style).setCellValue(value);
            widths[column - 1] = Math.max(widths[column - 1], 10);
            return this;
        }

        Table decimal(BigDecimal value) {
            if (value == null) {
                return skip();
            }
            return number(value.doubleValue(), null);
        }

        Table share(long part, long whole) {
            return whole == 0 ? skip() : number((double) part / whole, percent);
        }

        Table skip() {
            column++;
            return this;
        }

        int lastRow() {
            return next - 1;
        }

        /** Sets the columns' widths and a filter on the table from its header row to its last data row. */
        void finish(int headerRow, int lastDataRow, int columns) {
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], 6), MAX_WIDTH) + 2) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow + 1, lastDataRow), 0,
                    columns - 1));
        }
    }

    // ************************************************************************
    // The sheets
    // ************************************************************************

    private void headline(String summary, PlanReport report) {
        Table table = new Table(texts.get("xlsx.sheet.headline"));
        table.newRow().styled(summary, title);
        table.newRow();
        // Not counted in the widths of the figures' columns.
        table.newRow().text(texts.get("xlsx.score")).styled(report.score().toString(), null)
                .styled(texts.get(report.score().isFeasible() ? "report.feasible" : "report.infeasible"), null);
        table.newRow();
        table.headers(texts.get("report.col.figure"), texts.get("report.col.value"), texts.get("xlsx.col.total"),
                texts.get("xlsx.col.share"), texts.get("xlsx.col.note"));
        int headerRow = table.lastRow();
        Headline headline = report.headline();
        table.newRow().text(texts.get("report.projectsPlaced")).number(headline.projectsPlaced(), whole)
                .number(headline.projectsTotal(), whole).share(headline.projectsPlaced(), headline.projectsTotal());
        table.newRow().text(texts.get("report.reserveBlocksPlaced")).number(headline.reserveBlocksPlaced(), whole)
                .number(headline.reserveBlocksTotal(), whole)
                .share(headline.reserveBlocksPlaced(), headline.reserveBlocksTotal());
        BigDecimal capitalTotal = headline.capitalTotalBillionVnd();
        table.newRow().text(texts.get("xlsx.capitalPlaced")).decimal(headline.capitalPlacedBillionVnd())
                .decimal(capitalTotal);
        if (capitalTotal.signum() > 0) {
            table.number(headline.capitalPlacedBillionVnd().doubleValue() / capitalTotal.doubleValue(), percent);
        }
        table.newRow().text(texts.get("report.jobs")).number(headline.jobsPlaced(), whole)
                .number(headline.jobsTotal(), whole).share(headline.jobsPlaced(), headline.jobsTotal());
        for (PhaseLand land : headline.landUse()) {
            table.newRow().text(texts.get("xlsx.landUsedBy", land.phase().getId()))
                    .number(Units.hectares(land.landUsed()).doubleValue(), hectares)
                    .number(Units.hectares(land.landCapacity()).doubleValue(), hectares)
                    .share(land.landUsed(), land.landCapacity());
        }
        table.newRow().text(texts.get("xlsx.logistics")).number(headline.logisticsThousandTonneKm(), whole);
        for (TargetResult result : headline.targets()) {
            table.newRow().text(texts.get("xlsx.targetClusters", result.target().getPhase().getId()))
                    .number(result.clustersMeeting(), whole).number(result.target().getMinClusters(), whole).skip()
                    .text(texts.get("xlsx.targetNote", texts.number(result.target().getMinOccupancyPercent()),
                            texts.get(result.met() ? "report.met" : "report.notMet")));
        }
        table.finish(headerRow, table.lastRow(), 5);
        table.sheet.setColumnWidth(0, 48 * 256);
    }

    private void assignments(AllocationPlan plan) {
        Table table = new Table(texts.get("xlsx.sheet.assignments"));
        table.headers(headers("csv.project", "csv.name", "csv.investor", "csv.sector", "csv.reserveBlock",
                "csv.cluster", "csv.clusterName", "csv.phase", "csv.landHa", "csv.powerMw", "csv.capital",
                "csv.jobs"));
        ExplanationWords words = new ExplanationWords(texts);
        for (Project project : plan.getProjects()) {
            boolean placed = project.isPlaced();
            table.newRow().text(project.getId()).text(words.name(project)).text(project.getInvestor())
                    .text(project.getSector().getId())
                    .text(texts.get(project.isReserveBlock() ? "csv.yes" : "csv.no"))
                    .text(placed ? project.getCluster().getId() : null)
                    .text(placed ? project.getCluster().getName() : null)
                    .text(placed ? project.getPhase().getId() : null)
                    .number(Units.hectares(project.getLand()).doubleValue(), hectares)
                    .number(Units.megawatts(project.getPower()).doubleValue(), megawatts)
                    .decimal(project.getCapitalBillionVnd()).number(project.getJobs(), whole);
        }
        table.finish(0, table.lastRow(), 12);
    }

    private void clusters(PlanReport report) {
        Table table = new Table(texts.get("xlsx.sheet.clusters"));
        table.headers(headers("csv.cluster", "csv.name", "csv.district", "csv.phase", "csv.landUsedHa", "csv.landHa",
                "xlsx.col.landUse", "csv.powerUsedMw", "csv.powerMw", "xlsx.col.powerUse", "csv.projects",
                "csv.sectors"));
        for (ClusterPhaseUse use : report.clusterPhases()) {
            table.newRow().text(use.cluster().getId()).text(use.cluster().getName()).text(use.cluster().getDistrict())
                    .text(use.phase().getId())
                    .number(Units.hectares(use.landUsed()).doubleValue(), hectares)
                    .number(Units.hectares(use.landCapacity()).doubleValue(), hectares)
                    .share(use.landUsed(), use.landCapacity())
                    .number(Units.megawatts(use.powerUsed()).doubleValue(), megawatts)
                    .number(Units.megawatts(use.powerCapacity()).doubleValue(), megawatts)
                    .share(use.powerUsed(), use.powerCapacity())
                    .number(use.projects(), whole)
                    .text(use.sectors().stream().map(Sector::getId).collect(Collectors.joining(", ")));
        }
        int last = Math.max(1, table.lastRow());
        // Land use in G from used E and capacity F; power use in J from I and H.
        colourUse(table.sheet, 6, 4, 5, last);
        colourUse(table.sheet, 9, 7, 8, last);
        table.newRow();
        table.newRow().text(texts.get("xlsx.legend"));
        table.finish(0, last, 12);
    }

    /**
     * Red where more is used than the cluster has (whatever its capacity, zero included), green from 60% (when a
     * cluster may expand) to 100%.
     */
    private static void colourUse(XSSFSheet sheet, int useColumn, int usedColumn, int capacityColumn, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String used = "$" + CellReference.convertNumToColString(usedColumn) + "2";
        String capacity = "$" + CellReference.convertNumToColString(capacityColumn) + "2";
        ConditionalFormattingRule over = formatting.createConditionalFormattingRule(used + ">" + capacity);
        over.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        over.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        ConditionalFormattingRule busy = formatting.createConditionalFormattingRule(ComparisonOperator.BETWEEN,
                EXPANSION_SHARE, "1");
        busy.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        formatting.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(1, lastRow, useColumn, useColumn)}, over, busy);
    }

    private void constraints(PlanReport report) {
        Table table = new Table(texts.get("xlsx.sheet.constraints"));
        table.headers(headers("report.col.constraint", "report.col.level", "report.col.matches", "report.col.impact"));
        for (ConstraintTotal total : report.constraints()) {
            table.newRow().text(texts.constraint(total.name())).text(texts.level(total.level()))
                    .number(total.matches(), whole).number(total.levelImpact(), whole);
        }
        int last = table.lastRow();
        if (!report.unavoidableViolations().isEmpty()) {
            table.newRow();
            table.newRow().styled(texts.get("xlsx.unavoidable"), header);
            ExplanationWords words = new ExplanationWords(texts);
            report.unavoidableViolations().forEach(violation -> table.newRow().text(words.unavoidable(violation)));
        }
        table.finish(0, last, 4);
        table.sheet.setColumnWidth(0, 40 * 256);
    }

    /** The unplaced projects, each with why, in the words of {@code ccnplan explain}'s summary sentence. */
    private void unplaced(AllocationPlan plan, PlanReport report) {
        Table table = new Table(texts.get("xlsx.sheet.unplaced"));
        table.headers(headers("report.col.project", "report.col.name", "report.col.sector", "report.col.landHa",
                "report.col.window", "report.col.valueLost", "xlsx.col.reason"));
        ExplanationWords words = new ExplanationWords(texts);
        List<UnplacedProject> reasons = report.unplaced().isEmpty() ? List.of() : PlanExplanation.unplacedProjects(plan);
        for (UnplacedProject unplaced : reasons) {
            Project project = unplaced.project();
            table.newRow().text(project.getId()).text(words.name(project)).text(project.getSector().getId())
                    .number(Units.hectares(project.getLand()).doubleValue(), hectares)
                    .text(words.window(project))
                    .number(project.getValue(), whole).text(words.unplacedSummary(unplaced));
        }
        table.finish(0, table.lastRow(), 7);
        table.sheet.setColumnWidth(6, 100 * 256);
    }

    private String[] headers(String... keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            names.add(texts.get(key));
        }
        return names.toArray(String[]::new);
    }
}
