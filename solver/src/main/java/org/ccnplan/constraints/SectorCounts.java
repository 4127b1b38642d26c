package org.ccnplan.constraints;

import java.util.Arrays;
import java.util.List;

import org.ccnplan.domain.Sector;

/**
 * Projects by sector in one cluster, in an array by sector index (cheaper than a map on the solver's hot path).
 * Two sectors with the same index would be counted together: that fails fast.
 */
final class SectorCounts {

    private int[] counts = new int[0];
    private Sector[] sectorAt = new Sector[0];
    private int distinct;

    void add(Sector sector) {
        int index = indexOf(sector);
        if (counts[index]++ == 0) {
            distinct++;
        }
    }

    void remove(Sector sector) {
        if (--counts[sector.getIndex()] == 0) {
            distinct--;
        }
    }

    int distinct() {
        return distinct;
    }

    /** Projects counted whose sector is one of the given ones. */
    int countOf(List<Sector> sectors) {
        int found = 0;
        for (int i = 0; i < sectors.size(); i++) {
            Sector sector = sectors.get(i);
            int index = sector.getIndex();
            if (index >= 0 && index < counts.length && sectorAt[index] == sector) {
                found += counts[index];
            }
        }
        return found;
    }

    /** The sector's index, with room for it; fails when another sector has the same index. */
    private int indexOf(Sector sector) {
        int index = sector.getIndex();
        if (index < 0) {
            throw new IllegalStateException("The sector (" + sector + ") has no index: it is not part of a plan.");
        }
        if (index >= counts.length) {
            int length = Math.max(index + 1, 2 * counts.length);
            counts = Arrays.copyOf(counts, length);
            sectorAt = Arrays.copyOf(sectorAt, length);
        }
        if (sectorAt[index] == null) {
            sectorAt[index] = sector;
        } else if (sectorAt[index] != sector) {
            throw new IllegalStateException("The sectors (" + sectorAt[index] + ") and (" + sector
                    + ") have the same index (" + index + ").");
        }
        return index;
    }
}
