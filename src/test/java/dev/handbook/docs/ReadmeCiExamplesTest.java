package dev.handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The README's CI examples are valid YAML and do what the README says, so a team can copy them as they are. */
class ReadmeCiExamplesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private static List<Map<String, Object>> ciExamples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Publishing from CI");
        int next = readme.indexOf("\n## ", start + 5);
        String section = readme.substring(start, next < 0 ? readme.length() : next);
        List<Map<String, Object>> examples = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(section);
        while (block.find()) {
            examples.add(new Yaml().load(block.group(1)));
        }
        return examples;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitHubWorkflowBuildsOnceCachesMavenAndDeploysWithItsUrl() throws IOException {
        Map<String, Object> workflow = ciExamples().get(0);
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        assertEquals(1, build.stream().filter(step -> String.valueOf(step.get("run")).startsWith("mvn")).count(),
                "one Maven run");
        assertTrue(build.stream().anyMatch(step -> String.valueOf(step.get("with")).contains("cache=maven")));
        assertTrue(build.stream().anyMatch(step -> String.valueOf(step.get("run")).contains("-Dhandbook.strict=true")));
        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        Map<String, Object> environment = (Map<String, Object>) deploy.get("environment");
        assertEquals("${{ steps.deployment.outputs.page_url }}", environment.get("url"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) deploy.get("steps");
        assertEquals("deployment", steps.get(0).get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitLabJobCachesMavenAndPublishesPublic() throws IOException {
        Map<String, Object> pages = (Map<String, Object>) ciExamples().get(1).get("pages");
        assertTrue(String.valueOf(pages.get("cache")).contains(".m2/repository"));
        assertTrue(String.valueOf(((Map<String, Object>) pages.get("variables")).get("MAVEN_OPTS"))
                .contains(".m2/repository"));
        assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));
        assertTrue(String.valueOf(pages.get("script")).contains("mvn -B generate -Dhandbook.strict=true"));
    }
}
