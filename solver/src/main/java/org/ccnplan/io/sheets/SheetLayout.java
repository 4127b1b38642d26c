package org.ccnplan.io.sheets;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccnplan.domain.HubType;

/**
 * The workbook layout of a dataset (SPEC section 2), defined once for import, template, export and their docs
 * ({@code docs/spreadsheets.md}): one sheet per list of the dataset, one row per item, one column per field, headed by
 * the field's JSON name, which is the machine key of the column (the notes sheet explains each in Vietnamese and
 * English). A cluster's stages are columns per phase ({@code landHa 2025}, {@code powerMw 2025}, ...), its surveyed
 * road distances rows of their own sheet (cluster, hub, km), and the dataset's name, road factor, policy and weights
 * rows of a settings sheet (setting, value).
 */
public final class SheetLayout {

    private SheetLayout() {
    }

    /** What a cell holds. */
    public enum Kind {
        /** A non-empty identifier, unique in its sheet. */
        ID,
        /** Any text: a name, or the id of something defined in another sheet. */
        TEXT,
        /** A number read as an exact decimal. */
        DECIMAL,
        /** A whole number. */
        INTEGER,
        /** Ids separated by commas or semicolons. */
        LIST
    }

    /** Where a column's drop-down takes its values from (a named range of the workbook), if it has one. */
    public enum Choices {
        NONE(null),
        /** The hub types: an explicit list, no range. */
        HUB_TYPES(null),
        PHASES("PhaseIds"),
        SECTORS("SectorIds"),
        CLUSTERS("ClusterIds"),
        HUBS("HubIds");

        private final String rangeName;

        Choices(String rangeName) {
            this.rangeName = rangeName;
        }

        /** The workbook's named range of the ids; null for {@link #NONE} and {@link #HUB_TYPES}. */
        public String rangeName() {
            return rangeName;
        }
    }

    /**
     * The range of a number, for the template's validations (the import checks ranges through the dataset reader).
     * {@code max} null means the format's largest decimal, or the largest whole number.
     */
    public record NumberRule(String min, boolean minExclusive, String max) {

        static NumberRule atLeast(String min) {
            return new NumberRule(min, false, null);
        }

        static NumberRule above(String min) {
            return new NumberRule(min, true, null);
        }

        static NumberRule between(String min, String max) {
            return new NumberRule(min, false, max);
        }

        /** How a planner reads the range: "at least 0.01", "1 to 3", "above 0". */
        public String text() {
            if (max != null) {
                return min + " to " + max;
            }
            return (minExclusive ? "above " : "at least ") + min;
        }
    }

    /**
     * One column: its header (the machine key), the JSON field it fills (dotted for a nested object, as
     * {@code pinned.cluster}), what it holds, whether it is required, its default, and the notes in both languages.
     */
    public record Column(String header, String field, Kind kind, boolean required, String defaultText,
            NumberRule rule, Choices choices, String english, String vietnamese) {

        public boolean isNumber() {
            return kind == Kind.DECIMAL || kind == Kind.INTEGER;
        }

        /** What a number must be, as said in a problem: "a whole number", "a positive number" or "a number". */
        public String expected() {
            if (kind == Kind.INTEGER) {
                return "a whole number";
            }
            boolean positive = rule != null && rule.max() == null && (rule.minExclusive()
                    ? new BigDecimal(rule.min()).signum() >= 0
                    : new BigDecimal(rule.min()).signum() > 0);
            return positive ? "a positive number" : "a number";
        }
    }

    /** One setting of the settings sheet: a top-level, policy or weight field, by its dotted JSON path. */
    public record Setting(String key, Kind kind, boolean required, String defaultText, NumberRule rule,
            String english, String vietnamese) {

        /** The setting as a column-like description, for values read and checked like any cell. */
        public Column asColumn() {
            return new Column(key, key, kind, required, defaultText, rule, Choices.NONE, english, vietnamese);
        }
    }

    /**
     * One sheet: its name, the dataset list it fills ({@code policy.operationalTargets} for a nested list; null for
     * the settings and the distances, which are read their own way), whether the workbook must have it, its
     * columns in their usual order, and notes in both languages.
     */
    public record Sheet(String name, String list, boolean required, List<Column> columns, String english,
            String vietnamese) {

        public Optional<Column> column(String header) {
            return columns.stream().filter(column -> column.header().equals(header)).findFirst();
        }

        /** The column of the sheet's ids (the first column), or null when the rows have no id. */
        public Column idColumn() {
            return columns.get(0).kind() == Kind.ID ? columns.get(0) : null;
        }

        /** The file that holds this sheet in a folder of CSV files. */
        public String csvFile() {
            return name.toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    private static Column column(String header, Kind kind, boolean required, String defaultText, NumberRule rule,
            Choices choices, String english, String vietnamese) {
        return new Column(header, header, kind, required, defaultText, rule, choices, english, vietnamese);
    }

    private static Column id(String english, String vietnamese) {
        return column("id", Kind.ID, true, null, null, Choices.NONE, english, vietnamese);
    }

    private static Column text(String header, boolean required, String english, String vietnamese) {
        return column(header, Kind.TEXT, required, null, null, Choices.NONE, english, vietnamese);
    }

    private static Column reference(String header, boolean required, String defaultText, Choices choices,
            String english, String vietnamese) {
        return column(header, Kind.TEXT, required, defaultText, null, choices, english, vietnamese);
    }

    private static Column decimal(String header, boolean required, String defaultText, NumberRule rule,
            String english, String vietnamese) {
        return column(header, Kind.DECIMAL, required, defaultText, rule, Choices.NONE, english, vietnamese);
    }

    private static Column integer(String header, boolean required, String defaultText, NumberRule rule,
            String english, String vietnamese) {
        return column(header, Kind.INTEGER, required, defaultText, rule, Choices.NONE, english, vietnamese);
    }

    private static Column list(String header, String english, String vietnamese) {
        return column(header, Kind.LIST, false, "empty", null, Choices.NONE, english, vietnamese);
    }

    // ************************************************************************
    // The sheets
    // ************************************************************************

    public static final String SETTINGS_KEY = "setting";
    public static final String SETTINGS_VALUE = "value";

    public static final Sheet SETTINGS = new Sheet("Settings", null, true, List.of(
            column(SETTINGS_KEY, Kind.TEXT, true, null, null, Choices.NONE,
                    "The setting's name, exactly as listed below.",
                    "Tên thiết lập, đúng như trong danh sách bên dưới."),
            column(SETTINGS_VALUE, Kind.TEXT, true, null, null, Choices.NONE,
                    "Its value; an empty value takes the default.",
                    "Giá trị; để trống thì dùng giá trị mặc định.")),
            "The dataset's name, the road factor, the provincial policy and the weights of the soft rules: one"
                    + " row per setting.",
            "Tên bộ dữ liệu, hệ số đường bộ, chính sách của tỉnh và trọng số của các tiêu chí mềm: mỗi thiết lập"
                    + " một dòng.");

    public static final List<Setting> SETTINGS_ROWS = List.of(
            new Setting("formatVersion", Kind.INTEGER, false, "1", NumberRule.between("1", "1"),
                    "Version of the dataset format: 1.",
                    "Phiên bản định dạng dữ liệu: 1."),
            new Setting("name", Kind.TEXT, true, null, null,
                    "Name of the dataset, copied into every plan. Say in it if the data is illustrative.",
                    "Tên bộ dữ liệu, được ghi vào mọi phương án. Ghi rõ nếu là dữ liệu minh họa."),
            new Setting("roadFactor", Kind.DECIMAL, false, "1.3", NumberRule.atLeast("1"),
                    "Road distance over straight-line distance, for cluster-hub pairs without a surveyed road"
                            + " distance.",
                    "Tỷ lệ quãng đường bộ so với đường chim bay, dùng cho các cặp cụm - đầu mối chưa có khoảng"
                            + " cách đường bộ khảo sát."),
            new Setting("policy.maxSectorsPerCluster", Kind.INTEGER, false, "3", NumberRule.atLeast("1"),
                    "Most distinct sectors a cluster should host (over all phases).",
                    "Số ngành khác nhau tối đa mà một cụm nên có (trong mọi giai đoạn)."),
            new Setting("policy.reserveValuePerHa", Kind.DECIMAL, false, "10", NumberRule.atLeast("0"),
                    "Value of reserved sector land, billion VND per ha, for the unplaced-project rule.",
                    "Giá trị của đất dự trữ theo ngành, tỷ đồng/ha, dùng cho tiêu chí dự án chưa bố trí."),
            new Setting("weights.logisticsCost", Kind.INTEGER, false, "1", NumberRule.atLeast("0"),
                    "Weight of the logistics cost rule (0 switches it off).",
                    "Trọng số của tiêu chí chi phí logistics (0 là tắt)."),
            new Setting("weights.startDelay", Kind.INTEGER, false, "1", NumberRule.atLeast("0"),
                    "Weight of the start delay rule (0 switches it off).",
                    "Trọng số của tiêu chí chậm khởi công (0 là tắt)."),
            new Setting("weights.sectorFragmentation", Kind.INTEGER, false, "500", NumberRule.atLeast("0"),
                    "Weight of the sector fragmentation rule (0 switches it off).",
                    "Trọng số của tiêu chí phân tán ngành (0 là tắt)."),
            new Setting("weights.operationalTarget", Kind.INTEGER, false, "5000", NumberRule.atLeast("0"),
                    "Weight of the operational target rule (0 switches it off).",
                    "Trọng số của tiêu chí mục tiêu cụm đi vào hoạt động (0 là tắt)."),
            new Setting("weights.preferredCluster", Kind.INTEGER, false, "50", NumberRule.atLeast("0"),
                    "Weight of the preferred cluster rule (0 switches it off).",
                    "Trọng số của tiêu chí cụm ưu tiên của nhà đầu tư (0 là tắt)."));

    public static final Sheet PHASES = new Sheet("Phases", "phases", true, List.of(
            id("Phase id, for example 2025. Phases are listed in time order.",
                    "Mã giai đoạn, ví dụ 2025. Các giai đoạn được liệt kê theo thứ tự thời gian."),
            text("label", true, "Readable name, for example 2026-2030.", "Tên dễ đọc, ví dụ 2026-2030."),
            integer("endYear", true, null, null, "Last year of the phase, after the previous phase's.",
                    "Năm cuối của giai đoạn, sau năm cuối của giai đoạn trước.")),
            "The planning phases, one row each, in time order.",
            "Các giai đoạn quy hoạch, mỗi giai đoạn một dòng, theo thứ tự thời gian.");

    public static final Sheet HUBS = new Sheet("Hubs", "hubs", false, List.of(
            id("Hub id, for example PORT-1.", "Mã đầu mối, ví dụ PORT-1."),
            text("name", false, "Readable name.", "Tên đầu mối."),
            reference("type", true, null, Choices.HUB_TYPES, "Kind of hub: " + hubTypeNames() + ".",
                    "Loại đầu mối: SEAPORT (cảng biển), DRY_PORT (cảng cạn), RAIL (ga đường sắt), EXPRESSWAY"
                            + " (nút giao cao tốc), BORDER_GATE (cửa khẩu), AIRPORT (cảng hàng không),"
                            + " RAW_MATERIAL_AREA (vùng nguyên liệu)."),
            decimal("lat", true, null, NumberRule.between("-90", "90"), "Latitude, decimal degrees.",
                    "Vĩ độ, độ thập phân."),
            decimal("lon", true, null, NumberRule.between("-180", "180"), "Longitude, decimal degrees.",
                    "Kinh độ, độ thập phân.")),
            "Logistics hubs: seaports, dry ports, stations, expressway junctions, border gates, airports and"
                    + " raw-material areas.",
            "Các đầu mối logistics: cảng biển, cảng cạn, ga đường sắt, nút giao cao tốc, cửa khẩu, cảng hàng"
                    + " không và vùng nguyên liệu.");

    public static final Sheet SECTORS = new Sheet("Sectors", "sectors", true, List.of(
            id("Sector id, for example AGRO.", "Mã ngành, ví dụ AGRO."),
            text("name", true, "Readable name.", "Tên ngành."),
            integer("environmentalClass", true, null, NumberRule.between("1", "3"),
                    "Environmental impact: 1 low to 3 high.", "Mức tác động môi trường: 1 thấp đến 3 cao."),
            integer("priority", true, null, NumberRule.between("1", "3"),
                    "Provincial priority: 1 to 3 (3 top priority).", "Mức ưu tiên của tỉnh: 1 đến 3 (3 cao nhất)."),
            decimal("powerMwPerHa", false, "0", NumberRule.atLeast("0"),
                    "Power per hectare of reserved land, MW/ha.", "Công suất điện trên mỗi ha đất dự trữ, MW/ha."),
            decimal("freightTonsPerHaYear", false, "0", NumberRule.atLeast("0"),
                    "Freight per hectare, tonnes a year.", "Khối lượng hàng hóa trên mỗi ha, tấn/năm."),
            list("hubTypes", "Kinds of hub the sector ships through, separated by commas (empty: no logistics"
                    + " need).",
                    "Các loại đầu mối mà ngành cần, cách nhau bằng dấu phẩy (để trống: không có nhu cầu logistics)."),
            decimal("maxHubDistanceKm", false, "no limit", NumberRule.above("0"),
                    "Farthest a cluster may be from the nearest hub of those kinds, km; needs hubTypes.",
                    "Khoảng cách tối đa từ cụm đến đầu mối gần nhất thuộc các loại trên, km; cần có hubTypes."),
            list("incompatibleWith", "Sector ids that must not share a cluster with this one (may include its own"
                    + " id).",
                    "Mã các ngành không được ở chung cụm với ngành này (có thể gồm chính nó).")),
            "The industry sectors.",
            "Các ngành công nghiệp.");

    /** A cluster's land by a phase: the header is {@code landHa <phase id>}. */
    public static final Column STAGE_LAND = decimal("landHa", false, "no stage", NumberRule.atLeast("0"),
            "Industrial land of the cluster from this phase on, ha (cumulative; never decreasing). Leave both"
                    + " cells of a phase empty when the cluster has no new stage then.",
            "Tổng diện tích đất công nghiệp của cụm từ giai đoạn này, ha (lũy kế, không giảm). Để trống cả hai ô"
                    + " của một giai đoạn nếu cụm không có giai đoạn mới.");
    /** A cluster's power by a phase: the header is {@code powerMw <phase id>}. */
    public static final Column STAGE_POWER = decimal("powerMw", false, "no stage", NumberRule.atLeast("0"),
            "Grid power of the cluster from this phase on, MW (cumulative; never decreasing).",
            "Tổng công suất điện của cụm từ giai đoạn này, MW (lũy kế, không giảm).");
    public static final List<Column> STAGE_COLUMNS = List.of(STAGE_LAND, STAGE_POWER);

    public static final Sheet CLUSTERS = new Sheet("Clusters", "clusters", true, List.of(
            id("Cluster id, for example CCN-01.", "Mã cụm, ví dụ CCN-01."),
            text("name", true, "Readable name.", "Tên cụm công nghiệp."),
            text("district", false, "District.", "Huyện."),
            decimal("lat", true, null, NumberRule.between("-90", "90"), "Latitude, decimal degrees.",
                    "Vĩ độ, độ thập phân."),
            decimal("lon", true, null, NumberRule.between("-180", "180"), "Longitude, decimal degrees.",
                    "Kinh độ, độ thập phân."),
            integer("maxEnvironmentalClass", false, "3", NumberRule.between("1", "3"),
                    "Highest environmental class of sector the cluster takes.",
                    "Mức tác động môi trường cao nhất của ngành mà cụm được nhận."),
            list("excludedSectors", "Sector ids the cluster never takes, separated by commas.",
                    "Mã các ngành mà cụm không nhận, cách nhau bằng dấu phẩy.")),
            "The industrial clusters, with their land and power by phase: two columns per phase, landHa <phase>"
                    + " and powerMw <phase>; a cluster needs them in at least one phase.",
            "Các cụm công nghiệp, với đất và điện theo giai đoạn: hai cột cho mỗi giai đoạn, landHa <giai đoạn>"
                    + " và powerMw <giai đoạn>; mỗi cụm cần ít nhất một giai đoạn.");

    public static final Sheet HUB_DISTANCES = new Sheet("HubDistances", null, false, List.of(
            reference("cluster", true, null, Choices.CLUSTERS, "Cluster id.", "Mã cụm."),
            reference("hub", true, null, Choices.HUBS, "Hub id.", "Mã đầu mối."),
            decimal("km", true, null, NumberRule.atLeast("0"), "Surveyed road distance, km.",
                    "Khoảng cách đường bộ đã khảo sát, km.")),
            "Surveyed road distances from clusters to hubs, one row per pair; other pairs use the straight-line"
                    + " distance times roadFactor.",
            "Khoảng cách đường bộ đã khảo sát từ cụm đến đầu mối, mỗi cặp một dòng; các cặp khác dùng khoảng"
                    + " cách đường chim bay nhân roadFactor.");

    public static final Sheet PROJECTS = new Sheet("Projects", "projects", false, List.of(
            id("Project id, for example INV-001.", "Mã dự án, ví dụ INV-001."),
            text("name", true, "Readable name.", "Tên dự án."),
            text("investor", false, "Investor.", "Nhà đầu tư."),
            reference("sector", true, null, Choices.SECTORS, "Sector id.", "Mã ngành."),
            decimal("landHa", true, null, NumberRule.atLeast("0.01"), "Land needed, ha.", "Diện tích đất cần, ha."),
            decimal("powerMw", true, null, NumberRule.atLeast("0"), "Power needed, MW.",
                    "Công suất điện cần, MW."),
            reference("earliestPhase", false, "first phase", Choices.PHASES, "Earliest phase it can start in.",
                    "Giai đoạn sớm nhất có thể khởi công."),
            reference("latestPhase", false, "last phase", Choices.PHASES, "Latest phase it can start in.",
                    "Giai đoạn muộn nhất có thể khởi công."),
            decimal("capitalBillionVnd", true, null, NumberRule.atLeast("0"), "Investment capital, billion VND.",
                    "Vốn đầu tư, tỷ đồng."),
            integer("jobs", false, "0", NumberRule.atLeast("0"), "Jobs created.", "Số lao động."),
            list("preferredClusters", "Cluster ids the investor prefers, separated by commas.",
                    "Mã các cụm nhà đầu tư mong muốn, cách nhau bằng dấu phẩy."),
            new Column("pinnedCluster", "pinned.cluster", Kind.TEXT, false, "not pinned", null, Choices.CLUSTERS,
                    "For an already licensed investor: its cluster (with pinnedPhase). The engine never moves"
                            + " it.",
                    "Với nhà đầu tư đã được cấp phép: cụm của dự án (cùng pinnedPhase). Dự án không bị dời."),
            new Column("pinnedPhase", "pinned.phase", Kind.TEXT, false, "not pinned", null, Choices.PHASES,
                    "For an already licensed investor: its phase (with pinnedCluster).",
                    "Với nhà đầu tư đã được cấp phép: giai đoạn của dự án (cùng pinnedCluster).")),
            "Candidate investor projects, one row each.",
            "Các dự án đầu tư dự kiến, mỗi dự án một dòng.");

    public static final Sheet SECTOR_RESERVES = new Sheet("SectorReserves", "sectorReserves", false, List.of(
            reference("sector", true, null, Choices.SECTORS, "Sector id.", "Mã ngành."),
            reference("phase", true, null, Choices.PHASES, "Phase the land is reserved for.",
                    "Giai đoạn dành quỹ đất."),
            decimal("landHa", true, null, NumberRule.atLeast("0.01"), "Land reserved, ha.", "Diện tích dự trữ, ha."),
            decimal("blockHa", false, "= landHa", NumberRule.atLeast("0.01"),
                    "Size of the blocks it is placed in, ha.", "Diện tích mỗi lô khi bố trí, ha.")),
            "Land kept for priority sectors whose investors are not known yet; at most one row per sector and"
                    + " phase.",
            "Quỹ đất dành cho các ngành ưu tiên chưa có nhà đầu tư; mỗi ngành và giai đoạn tối đa một dòng.");

    public static final Sheet OPERATIONAL_TARGETS = new Sheet("OperationalTargets", "policy.operationalTargets",
            false, List.of(
                    reference("phase", true, null, Choices.PHASES, "Phase of the target.", "Giai đoạn của mục tiêu."),
                    integer("minClusters", true, null, NumberRule.atLeast("0"),
                            "Clusters that should be operating by then.",
                            "Số cụm cần đi vào hoạt động vào giai đoạn đó."),
                    integer("minOccupancyPercent", true, null, NumberRule.between("0", "100"),
                            "Share of a cluster's land taken for it to count as operating, percent.",
                            "Tỷ lệ lấp đầy đất tối thiểu để cụm được tính là đang hoạt động, %.")),
            "The province's operational-cluster targets, such as 3 clusters operating by 2025.",
            "Mục tiêu số cụm đi vào hoạt động của tỉnh, ví dụ 3 cụm hoạt động vào năm 2025.");

    /** The sheets in the workbook's order. */
    public static final List<Sheet> SHEETS = List.of(SETTINGS, PHASES, SECTORS, HUBS, CLUSTERS, HUB_DISTANCES,
            PROJECTS, SECTOR_RESERVES, OPERATIONAL_TARGETS);

    /** The sheet of notes that the template and export write; the import skips it. */
    public static final String NOTES = "Notes";

    /** The header of a stage column: {@code landHa 2025}. */
    public static String stageHeader(Column stageColumn, String phaseId) {
        return stageColumn.header() + " " + phaseId;
    }

    static String hubTypeNames() {
        return String.join(", ", Arrays.stream(HubType.values()).map(Enum::name).toList());
    }

    /** Problems and notes use the sheet's position for their order. */
    static int order(Sheet sheet) {
        return SHEETS.indexOf(sheet);
    }
}
