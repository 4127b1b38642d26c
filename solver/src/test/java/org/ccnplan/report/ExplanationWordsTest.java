package org.ccnplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.OPERATIONAL_TARGET;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.SECTOR_FRAGMENTATION;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.util.List;

import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.report.PlanExplanation.RuleExplanation;
import org.junit.jupiter.api.Test;

/**
 * One test per rule and case: the words of a match, with its score impact, in English and in Vietnamese. The plans are
 * built by hand on {@code explain-cases.json} (four clusters with round numbers); every line comes from a full
 * {@link PlanExplanation}, so it is also checked against the engine's score.
 * <p>
 * The clusters: CCN-01 (class 2; 10 ha and 2.5 MW from 2025, 20 ha and 5 MW from 2030; raw material 52.3 km away),
 * CCN-02 (class 3; 15 ha from 2030), CCN-03 (class 2, excludes TEXTILE and BUILD; 8 ha from 2025), CCN-04 (from 2035).
 * The projects: INV-001 AGRO (3.5 ha, 0.7 MW, 2025-2030, prefers CCN-01), INV-002 TEXTILE (4 ha, 1 MW, capital 210),
 * INV-003 BUILD (from 2030), INV-014 TEXTILE (4.5 ha, 1.2 MW, capital 600: V = 1,200).
 */
class ExplanationWordsTest {

    private static final ExplanationWords EN = ExplanationWords.of(Lang.EN);
    private static final ExplanationWords VI = ExplanationWords.of(Lang.VI);

    static AllocationPlan planWith(String... placements) {
        return Plans.explainCases(placements);
    }

    /** The lines of a rule's matches in the given words. */
    private static List<String> lines(AllocationPlan plan, String rule, ExplanationWords words) {
        RuleExplanation explained = PlanExplanation.of(plan).rules().stream()
                .filter(candidate -> candidate.name().equals(rule)).findFirst().orElseThrow();
        return explained.matches().stream()
                .map((RuleMatch match) -> words.matchWithImpact(match, explained.weight())).toList();
    }

    private static void assertSays(AllocationPlan plan, String rule, String english, String vietnamese) {
        assertThat(lines(plan, rule, EN)).contains(english);
        assertThat(lines(plan, rule, VI)).contains(vietnamese);
    }

    // Hard rules

    @Test
    void landCapacity() {
        AllocationPlan plan = planWith("INV-001 CCN-01 2025", "INV-002 CCN-01 2025", "INV-014 CCN-01 2025");

        assertThat(lines(plan, LAND_CAPACITY, EN)).containsExactly(
                "CCN-01 in 2025: land 12.00 ha used of 10.00 ha (2.00 ha over) → -200");
        assertThat(lines(plan, LAND_CAPACITY, VI)).containsExactly(
                "CCN-01, giai đoạn 2025: đã dùng 12,00 ha đất trên 10,00 ha (vượt 2,00 ha) → -200");
    }

    @Test
    void powerCapacity() {
        AllocationPlan plan = planWith("INV-001 CCN-01 2025", "INV-002 CCN-01 2025", "INV-014 CCN-01 2025");

        assertThat(lines(plan, POWER_CAPACITY, EN)).containsExactly(
                "CCN-01 in 2025: power 2.900 MW used of 2.500 MW (0.400 MW over) → -400");
        assertThat(lines(plan, POWER_CAPACITY, VI)).containsExactly(
                "CCN-01, giai đoạn 2025: đã dùng 2,900 MW điện trên 2,500 MW (vượt 0,400 MW) → -400");
    }

    @Test
    void clusterNotReady() {
        assertSays(planWith("INV-002 CCN-02 2025"), CLUSTER_NOT_READY,
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) in CCN-02: starts in 2025, but the cluster is ready only"
                        + " from 2030 → -1",
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) tại CCN-02: khởi công giai đoạn 2025, nhưng cụm chỉ sẵn"
                        + " sàng từ giai đoạn 2030 → -1");
    }

    @Test
    void projectTimeWindow() {
        assertSays(planWith("INV-001 CCN-01 2035"), PROJECT_TIME_WINDOW,
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-01: starts in 2035, outside its window"
                        + " 2025–2030 → -1",
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) tại CCN-01: khởi công giai đoạn 2035, ngoài khung thời"
                        + " gian 2025–2030 của dự án → -1");
    }

    @Test
    void environmentalZoningByClass() {
        assertSays(planWith("INV-003 CCN-01 2030"), ENVIRONMENTAL_ZONING,
                "INV-003 (Nhà máy gạch không nung Đồng Tiến) in CCN-01: environmental class 3 > cluster's 2 → -1",
                "INV-003 (Nhà máy gạch không nung Đồng Tiến) tại CCN-01: cấp môi trường 3 > mức tối đa 2 của cụm"
                        + " → -1");
    }

    @Test
    void environmentalZoningByExcludedSector() {
        assertSays(planWith("INV-002 CCN-03 2025"), ENVIRONMENTAL_ZONING,
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) in CCN-03: sector TEXTILE excluded by the cluster → -1",
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) tại CCN-03: cụm không nhận ngành TEXTILE → -1");
    }

    @Test
    void environmentalZoningByBothCountsOnce() {
        assertSays(planWith("INV-003 CCN-03 2030"), ENVIRONMENTAL_ZONING,
                "INV-003 (Nhà máy gạch không nung Đồng Tiến) in CCN-03: environmental class 3 > cluster's 2; sector"
                        + " BUILD excluded by the cluster → -1",
                "INV-003 (Nhà máy gạch không nung Đồng Tiến) tại CCN-03: cấp môi trường 3 > mức tối đa 2 của cụm;"
                        + " cụm không nhận ngành BUILD → -1");
    }

    @Test
    void incompatibleSectors() {
        assertSays(planWith("INV-001 CCN-02 2030", "INV-003 CCN-02 2030"), INCOMPATIBLE_SECTORS,
                "CCN-02: INV-001 (AGRO) and INV-003 (BUILD) are of incompatible sectors → -1",
                "CCN-02: INV-001 (AGRO) và INV-003 (BUILD) thuộc các ngành không tương thích → -1");
    }

    @Test
    void logisticsDistanceLimit() {
        assertSays(planWith("INV-001 CCN-01 2025"), LOGISTICS_DISTANCE_LIMIT,
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-01: nearest raw-material area (RAW-1) 52.3 km"
                        + " > 40 km → -1",
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) tại CCN-01: vùng nguyên liệu gần nhất (RAW-1) cách"
                        + " 52,3 km > 40 km → -1");
    }

    // Medium rule

    @Test
    void unplacedProject() {
        assertSays(planWith(), UNPLACED_PROJECT,
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) not placed: 210 billion VND × priority 2 = 420 → -420",
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) chưa được bố trí: 210 tỷ đồng × hệ số ưu tiên 2 = 420"
                        + " → -420");
    }

    @Test
    void unplacedReserveBlock() {
        assertSays(planWith(), UNPLACED_PROJECT,
                "RES-CRAFT-2035-3 (Reserve block for Tiểu thủ công nghiệp) not placed: 1.00 ha worth 10 billion VND"
                        + " × priority 2 = 20 → -20",
                "RES-CRAFT-2035-3 (Lô đất dự trữ cho ngành Tiểu thủ công nghiệp) chưa được bố trí: 1,00 ha, trị giá"
                        + " 10 tỷ đồng × hệ số ưu tiên 2 = 20 → -20");
    }

    // Soft rules

    @Test
    void logisticsCost() {
        assertSays(planWith("INV-002 CCN-01 2025"), LOGISTICS_COST,
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) in CCN-01: 2,400 t a year × 30 km to seaport (PORT-1)"
                        + " = 72 thousand tonne-km a year → -72",
                "INV-002 (Nhà máy may xuất khẩu Hưng Phát) tại CCN-01: 2.400 tấn/năm × 30 km đến cảng biển (PORT-1)"
                        + " = 72 nghìn tấn-km mỗi năm → -72");
    }

    @Test
    void logisticsCostRoundsToWholeThousandTonneKm() {
        // 5,250 t x 12.3 km = 64,575 tonne-km: 65 thousand, rounded half up.
        assertSays(planWith("INV-001 CCN-02 2030"), LOGISTICS_COST,
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-02: 5,250 t a year × 12.3 km to raw-material"
                        + " area (RAW-1) = 65 thousand tonne-km a year → -65",
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) tại CCN-02: 5.250 tấn/năm × 12,3 km đến vùng nguyên"
                        + " liệu (RAW-1) = 65 nghìn tấn-km mỗi năm → -65");
    }

    @Test
    void startDelayOfOnePhase() {
        assertSays(planWith("INV-014 CCN-01 2030"), START_DELAY,
                "INV-014 (Dệt may Hòa Bình) in CCN-01: starts in 2030, 1 phase after its earliest (2025):"
                        + " 1,200 × 1 = 1,200 → -1,200",
                "INV-014 (Dệt may Hòa Bình) tại CCN-01: khởi công giai đoạn 2030, chậm 1 giai đoạn so với giai đoạn"
                        + " sớm nhất (2025): 1.200 × 1 = 1.200 → -1.200");
    }

    @Test
    void startDelayOfTwoPhases() {
        assertSays(planWith("INV-014 CCN-01 2035"), START_DELAY,
                "INV-014 (Dệt may Hòa Bình) in CCN-01: starts in 2035, 2 phases after its earliest (2025):"
                        + " 1,200 × 2 = 2,400 → -2,400",
                "INV-014 (Dệt may Hòa Bình) tại CCN-01: khởi công giai đoạn 2035, chậm 2 giai đoạn so với giai đoạn"
                        + " sớm nhất (2025): 1.200 × 2 = 2.400 → -2.400");
    }

    @Test
    void sectorFragmentation() {
        assertSays(planWith("INV-001 CCN-02 2030", "INV-002 CCN-02 2030", "INV-003 CCN-02 2030"),
                SECTOR_FRAGMENTATION,
                "CCN-02: 3 sectors (AGRO, TEXTILE, BUILD) for at most 2: 1 over → 1 × weight 500 = -500",
                "CCN-02: 3 ngành (AGRO, TEXTILE, BUILD), tối đa 2: vượt 1 → 1 × trọng số 500 = -500");
    }

    @Test
    void operationalTargetPartlyMet() {
        // 7.5 of CCN-01's 10 ha are used by 2025; CCN-03 is empty; CCN-02 and CCN-04 have no land yet.
        assertSays(planWith("INV-001 CCN-01 2025", "INV-002 CCN-01 2025"), OPERATIONAL_TARGET,
                "by 2025: 1 cluster at ≥ 50% land use (CCN-01), 2 wanted: 1 missing → 1 × weight 5,000 = -5,000",
                "đến 2025: 1 cụm đã sử dụng ≥ 50% đất (CCN-01), mục tiêu 2: thiếu 1 → 1 × trọng số 5.000"
                        + " = -5.000");
    }

    @Test
    void operationalTargetWithNoClusterMeetingIt() {
        assertSays(planWith(), OPERATIONAL_TARGET,
                "by 2025: 0 clusters at ≥ 50% land use (none), 2 wanted: 2 missing → 2 × weight 5,000 = -10,000",
                "đến 2025: 0 cụm đã sử dụng ≥ 50% đất (không có), mục tiêu 2: thiếu 2 → 2 × trọng số 5.000"
                        + " = -10.000");
    }

    @Test
    void preferredCluster() {
        assertSays(planWith("INV-001 CCN-03 2025"), PREFERRED_CLUSTER,
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-03, not among its preferred clusters (CCN-01)"
                        + " → 1 × weight 50 = -50",
                "INV-001 (Nhà máy chế biến hạt điều Tân Lập) tại CCN-03, không thuộc các cụm nhà đầu tư mong muốn"
                        + " (CCN-01) → 1 × trọng số 50 = -50");
    }
}
