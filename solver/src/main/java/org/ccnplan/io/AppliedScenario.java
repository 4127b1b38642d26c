package org.ccnplan.io;

import java.util.List;

/**
 * The scenario a dataset was made from: its file, name and SHA-256 (what plans record), the base dataset's name,
 * and what it changed, in words, in the order it was applied.
 */
public record AppliedScenario(String file, String name, String description, String sha256, String baseDatasetName,
        List<String> changes) {

    public AppliedScenario {
        changes = List.copyOf(changes);
    }
}
