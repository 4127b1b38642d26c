package org.ccnplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClusterTest {

    private static final Phase P2025 = new Phase("2025", "to 2025", 2025, 0);

    @Test
    void sectorDistancesByIndexAgreeWithTheMapAndNeverTrustAStaleIndex() {
        Sector agro = sector("AGRO");
        Sector textile = sector("TEXTILE");
        Sector elsewhere = sector("ELSEWHERE"); // indexed by another plan, at textile's index
        Cluster cluster = new Cluster("CCN-01", "Cụm công nghiệp Tân Lập", null, BigDecimal.ONE, BigDecimal.ONE, 3,
                Set.of(), List.of(new Stage(P2025, BigDecimal.TEN, BigDecimal.ONE)), Map.of(), 1);
        cluster.setSectorDistanceMetres(Map.of(agro, 12_000L, textile, 48_500L));
        agro.setIndex(0);
        textile.setIndex(1);
        elsewhere.setIndex(1);
        cluster.indexSectorDistances(List.of(agro, textile));

        assertThat(cluster.getSectorDistanceMetres(agro)).isEqualTo(12_000L);
        assertThat(cluster.getSectorDistanceMetres(textile)).isEqualTo(48_500L);
        assertThat(cluster.getSectorDistanceMetres(elsewhere)).isZero();

        cluster.setSectorDistanceMetres(Map.of(agro, 7_000L)); // new distances: the index is dropped, not stale
        assertThat(cluster.getSectorDistanceMetres(agro)).isEqualTo(7_000L);
        assertThat(cluster.getSectorDistanceMetres(textile)).isZero();
    }

    private static Sector sector(String id) {
        return new Sector(id, id, 1, 1, BigDecimal.ZERO, BigDecimal.ZERO, Set.of(), null);
    }
}
