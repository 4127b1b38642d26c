package org.ccnplan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccnplan.domain.Sector;

/**
 * A colour per sector, given in the dataset's order of sectors: the same dataset colours its sectors the same way in
 * every report, whatever the plan. Past twelve sectors the colours repeat.
 */
final class SectorColours {

    /** Tableau 10, then two more: distinct on screen and in print, readable by most colour-blind readers. */
    private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#2f4b7c", "#8cd17d");

    private final Map<String, String> bySectorId = new LinkedHashMap<>();

    SectorColours(List<Sector> sectors) {
        for (int i = 0; i < sectors.size(); i++) {
            bySectorId.put(sectors.get(i).getId(), PALETTE.get(i % PALETTE.size()));
        }
    }

    /** The sector's colour as {@code #rrggbb}. */
    String of(String sectorId) {
        String colour = bySectorId.get(sectorId);
        if (colour == null) {
            throw new IllegalArgumentException("No sector " + sectorId + " in the dataset");
        }
        return colour;
    }
}
