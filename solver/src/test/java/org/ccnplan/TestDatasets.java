package org.ccnplan;

import java.nio.file.Path;

import org.ccnplan.io.DatasetReader;
import org.ccnplan.io.InvalidInputException;

/** The datasets the tests solve and score: the shipped sample and a small hand-made province. */
public final class TestDatasets {

    public static final Path SAMPLE = Path.of("../datasets/sample-province/dataset.json");
    public static final Path SMALL = Path.of("src/test/resources/datasets/small-province.json");

    private TestDatasets() {
    }

    public static DatasetReader.Dataset load(Path path) {
        try {
            return DatasetReader.read(path);
        } catch (InvalidInputException e) {
            throw new AssertionError("Test dataset " + path + " is invalid:\n" + e.getMessage(), e);
        }
    }
}
