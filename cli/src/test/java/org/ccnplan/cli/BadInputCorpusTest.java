package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken datasets under {@code bad-inputs/}: each file breaks one thing, and
 * {@code expected-messages.tsv} holds the first problem it must be reported with (JSON path and message). Every case
 * exits with 3, names the file, and prints no stack trace.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    @TempDir
    Path directory;

    static Stream<String[]> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected-messages.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 2));
    }

    @Test
    void theCorpusHoldsEveryFileAndAtLeastFortyCases() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().toList();
        }
        assertThat(cases().map(fields -> fields[0]).sorted().toList()).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenDatasetIsReportedWithItsFileItsPathAndExit3(String file, String expectedProblem) {
        Path dataset = CORPUS.resolve(file);

        CommandLineTest.Run run = CommandLineTest.run("validate", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("ccnplan: invalid input", dataset + ": " + expectedProblem);
        CommandLineTest.assertNoStackTrace(run);
    }

    @Test
    void aDirectoryOrAMissingFileIsInvalidInputToo() throws IOException {
        CommandLineTest.Run folder = CommandLineTest.run("validate", directory.toString());
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(folder.err()).contains(directory + ": (file): is a directory, not a JSON file");

        Path missing = directory.resolve("missing.json");
        CommandLineTest.Run absent = CommandLineTest.run("validate", missing.toString());
        assertThat(absent.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(absent.err()).contains(missing.toString());
        CommandLineTest.assertNoStackTrace(absent);
    }

    @Test
    void aFileTooLargeToReadIsInvalidInputNotOutOfMemory() throws IOException {
        Path huge = directory.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk space
        }

        CommandLineTest.Run run = CommandLineTest.run("validate", huge.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(huge + ": (file): is 3072 MB: larger than a dataset or plan can be (2 GB)");
    }

    @Test
    void brokenPlansAreInvalidInputWithTheirPath() throws IOException {
        Path unknown = directory.resolve("unknown-project.json");
        Files.writeString(unknown, """
                {"assignments": [{"project": "INV-0001", "cluster": "CCN-01", "phase": "2025"}]}""");
        Path phaseOnly = directory.resolve("phase-without-cluster.json");
        Files.writeString(phaseOnly, """
                {"assignments": [{"project": "INV-002", "cluster": null, "phase": "2025"}]}""");

        CommandLineTest.Run first = CommandLineTest.run("score", CommandLineTest.SMALL, unknown.toString());
        CommandLineTest.Run second = CommandLineTest.run("score", CommandLineTest.SMALL, phaseOnly.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(first.err()).contains(unknown + ": assignments[0].project: unknown project \"INV-0001\"");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(second.err()).contains(phaseOnly + ": assignments[0]");
        CommandLineTest.assertNoStackTrace(first);
        CommandLineTest.assertNoStackTrace(second);
    }
}
