package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every model in bpmn/ passes npm's bpmnlint 11 (pinned in package.json and package-lock.json) with the recommended
 * rules (.bpmnlintrc) and no warning. Skipped, saying so, only where npm is not installed; .ci/run installs the
 * linter with npm ci, and this test does too when it is missing.
 */
class BpmnLintTest {

    @Test
    void everyModelPassesTheRecommendedRulesWithoutWarnings() throws Exception {
        assumeTrue(onPath("npm"), "npm is not installed here, so bpmnlint cannot run: install Node.js 18+ with npm");
        File linter = new File("node_modules/.bin/bpmnlint");
        if (!linter.canExecute()) {
            Result install = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
            assertThat(install.exit).as("npm ci failed:%n%s", install.output).isZero();
        }
        List<String> command = new ArrayList<>(List.of(linter.getPath()));
        File[] models = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(models).isNotEmpty();
        Arrays.stream(models).map(File::getPath).sorted().forEach(command::add);
        Result lint = run(command);
        assertThat(lint.output).as("bpmnlint found problems").doesNotContain("warning").doesNotContain("error");
        assertThat(lint.exit).as("bpmnlint exit code; output:%n%s", lint.output).isZero();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> new File(dir, program).canExecute());
    }
}
