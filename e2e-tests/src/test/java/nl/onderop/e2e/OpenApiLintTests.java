package nl.onderop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every native API document passes the Dutch API Design Rules linter (Spectral) with no errors. */
class OpenApiLintTests {

    private static final Path ROOT = Path.of(System.getProperty("onderop.repo.root", ".."));
    private static final Path RULESET = Path.of(System.getProperty("onderop.shared.dir", "../../shared"))
            .resolve("standards/nl-api-design-rules.spectral.yaml");

    @ParameterizedTest
    @ValueSource(strings = {
            "directory-service/src/main/resources/openapi/directory-v1.json",
            "volunteer-service/src/main/resources/openapi/volunteers-v1.json",
            "matching-service/src/main/resources/openapi/matching-v1.json",
            "reporting-service/src/main/resources/openapi/reports-v1.json"})
    void documentHasNoAdrErrors(String document) throws IOException, InterruptedException {
        assertThat(RULESET).as("the ADR ruleset from shared/standards").exists();
        Path file = ROOT.resolve(document);
        assertThat(file).exists();
        Path output = Files.createTempFile("spectral", ".txt");
        Process process = new ProcessBuilder(List.of("npx", "--yes", "@stoplight/spectral-cli@6.16.3", "lint",
                "--fail-severity", "error", "-r", RULESET.toString(), file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String report = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("spectral finished in time").isTrue();
        assertThat(process.exitValue()).as("spectral report:%n%s", report).isZero();
        assertThat(report).doesNotContain(" error ");
    }
}
