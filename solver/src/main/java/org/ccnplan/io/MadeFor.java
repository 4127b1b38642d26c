package org.ccnplan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a plan file says it was made for: the SHA-256 of its (base) dataset and the scenario, if any. A hand-written
 * plan usually says nothing, and is then never said to be made for something else.
 *
 * @param datasetSha256 null when the plan does not say
 * @param scenario null when the plan was made for a plain dataset, or does not say
 */
public record MadeFor(String datasetSha256, PlanFile.ScenarioEntry scenario) {

    /**
     * How the dataset (or scenario) now loaded differs from what the plan was made for, each as the end of a
     * sentence that starts with the plan's name: "was made for another version of the dataset (...)". Empty when
     * nothing differs or the plan does not say.
     */
    public List<String> differencesFrom(DatasetReader.Dataset loaded) {
        List<String> differences = new ArrayList<>();
        AppliedScenario loadedScenario = loaded.scenario();
        if (datasetSha256 != null && !datasetSha256.equals(loaded.sha256())) {
            differences.add("was made for another version of the " + (loadedScenario == null ? "" : "base ")
                    + "dataset (SHA-256 " + abbreviated(datasetSha256) + ", this one is "
                    + abbreviated(loaded.sha256()) + ")");
        }
        // A plan that records its dataset records its scenario too: a plain dataset's plan has none.
        boolean saysScenario = datasetSha256 != null || scenario != null;
        String recordedSha = scenario == null ? null : scenario.sha256();
        String loadedSha = loadedScenario == null ? null : loadedScenario.sha256();
        if (saysScenario && !Objects.equals(recordedSha, loadedSha)) {
            if (loadedScenario == null) {
                differences.add("was made for scenario \"" + scenario.name() + "\" (SHA-256 "
                        + abbreviated(recordedSha) + "), not for the dataset without it");
            } else if (scenario == null) {
                differences.add("was made for the dataset without a scenario, not for scenario \""
                        + loadedScenario.name() + "\"");
            } else {
                differences.add("was made for another scenario or another version of it (\"" + scenario.name()
                        + "\", SHA-256 " + abbreviated(recordedSha) + "; this one is \"" + loadedScenario.name()
                        + "\", " + abbreviated(loadedSha) + ")");
            }
        }
        return differences;
    }

    private static String abbreviated(String sha256) {
        return sha256 == null ? "none" : sha256.substring(0, Math.min(12, sha256.length())) + "...";
    }
}
