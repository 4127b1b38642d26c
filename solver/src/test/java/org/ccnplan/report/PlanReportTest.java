package org.ccnplan.report;

import static org.ccnplan.TestDatasets.project;
import static org.ccnplan.TestDatasets.cluster;
import static org.ccnplan.TestDatasets.phase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.ccnplan.TestDatasets;
import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Project;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.junit.jupiter.api.Test;

class PlanReportTest {

    /** The small province with INV-002 placed by hand in CCN-01 in 2025 beside the pinned INV-001. */
    private static AllocationPlan twoProjectsInTanLap() {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        project(plan, "INV-002").setCluster(cluster(plan, "CCN-01"));
        project(plan, "INV-002").setPhase(phase(plan, "2025"));
        return plan;
    }

    @Test
    void headlineFiguresCountPlacedProjectsCapitalJobsAndLand() {
        PlanReport.Headline headline = PlanReport.of(twoProjectsInTanLap()).headline();

        assertThat(headline.projectsPlaced()).isEqualTo(2);
        assertThat(headline.projectsTotal()).isEqualTo(12);
        assertThat(headline.reserveBlocksPlaced()).isZero();
        assertThat(headline.reserveBlocksTotal()).isEqualTo(3);
        assertThat(headline.capitalPlacedBillionVnd()).isEqualByComparingTo("530");
        assertThat(headline.capitalTotalBillionVnd()).isEqualByComparingTo("3366");
        assertThat(headline.jobsPlaced()).isEqualTo(1650);
        assertThat(headline.jobsTotal()).isEqualTo(5720);
        assertThat(headline.landUse()).extracting(land -> land.landUsed() + "/" + land.landCapacity() + " "
                + land.percent() + "%").containsExactly("750/1800 41%", "750/4300 17%", "750/5900 12%");
        assertThat(headline.targets()).singleElement().satisfies(result -> {
            assertThat(result.clustersMeeting()).isEqualTo(1); // CCN-01 at 75%; CCN-03 empty
            assertThat(result.met()).isFalse();
        });
    }

    @Test
    void clusterPhasesShowUseAgainstCapacityAndTheSectorsPresent() {
        PlanReport report = PlanReport.of(twoProjectsInTanLap());

        ClusterPhaseUse tanLap2025 = report.clusterPhases().get(0);
        assertThat(tanLap2025.cluster().getId()).isEqualTo("CCN-01");
        assertThat(tanLap2025.phase().getId()).isEqualTo("2025");
        assertThat(tanLap2025.landUsed()).isEqualTo(750);
        assertThat(tanLap2025.landCapacity()).isEqualTo(1000);
        assertThat(tanLap2025.powerUsed()).isEqualTo(1700);
        assertThat(tanLap2025.powerCapacity()).isEqualTo(2500);
        assertThat(tanLap2025.projects()).isEqualTo(2);
        assertThat(tanLap2025.sectors()).extracting(sector -> sector.getId()).containsExactly("AGRO", "TEXTILE");
        assertThat(report.clusterPhases()).hasSize(4 * 3);
        assertThat(report.unplaced()).hasSize(15 - 2);
    }

    @Test
    void aPinnedProjectBeyondItsSectorsDistanceLimitIsAnUnavoidableViolation() {
        PlanReport report = PlanReport.of(TestDatasets.load(TestDatasets.SMALL).plan());

        assertThat(inWords(report)).containsExactly("Logistics distance limit: INV-001 (Nhà máy chế biến hạt điều"
                + " Tân Lập) in CCN-01: nearest raw-material area (RAW-1) 56.844 km > 40 km");
    }

    @Test
    void pinnedProjectsOverfillingAClusterAreNamedWithTheirLand() {
        AllocationPlan plan = TestDatasets.load(TestDatasets.SMALL).plan();
        project(plan, "INV-006").pin(cluster(plan, "CCN-01"), phase(plan, "2025")); // 7.5 ha, earliest 2030

        PlanReport report = PlanReport.of(plan);

        assertThat(inWords(report)).containsExactly(
                "Land capacity: CCN-01 in 2025: land 11.00 ha used of 10.00 ha (1.00 ha over) (pinned: INV-001,"
                        + " INV-006)",
                "Power capacity: CCN-01 in 2025: power 2.600 MW used of 2.500 MW (0.100 MW over) (pinned: INV-001,"
                        + " INV-006)",
                "Logistics distance limit: INV-001 (Nhà máy chế biến hạt điều Tân Lập) in CCN-01: nearest"
                        + " raw-material area (RAW-1) 56.844 km > 40 km",
                "Project time window: INV-006 (Nhà máy giày da Thành Công) in CCN-01: starts in 2025, outside its"
                        + " window 2030–2035");
        assertThat(ExplanationWords.of(Lang.VI).unavoidable(report.unavoidableViolations().get(0)))
                .startsWith("Quỹ đất: CCN-01").endsWith("(dự án đã cố định: INV-001, INV-006)");
        // 1.00 ha and 100 kW over, the time window, the distance limit.
        assertThat(report.score().hardScore()).isEqualTo(-(100 + 100 + 1 + 1));
    }

    private static List<String> inWords(PlanReport report) {
        return report.unavoidableViolations().stream().map(ExplanationWords.of(Lang.EN)::unavoidable).toList();
    }

    @Test
    void theReportsScoreIsTheSumOfItsConstraints() {
        PlanReport report = PlanReport.of(twoProjectsInTanLap());

        assertThat(report.constraints()).hasSize(13);
        assertThat(report.score().softScore()).isEqualTo(report.constraints().stream()
                .mapToLong(total -> total.impact().softScore()).sum());
        assertThat(report.headline().capitalPlacedBillionVnd()).isInstanceOf(BigDecimal.class);
    }

}
