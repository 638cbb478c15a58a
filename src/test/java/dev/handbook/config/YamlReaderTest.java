package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML reader shared by site.yml and front matter: plain values and the position of every key. */
class YamlReaderTest {

    @Test
    void scalarsKeepTheirWrittenFormWhereYamlWouldReinterpretThem() throws Exception {
        Map<String, Object> map = YamlReader.read("""
                date: 2024-06-24
                stamp: 2024-06-24T10:00:00+02:00
                duration: 1:30
                count: 12
                ratio: 0.5
                flag: yes
                label: No
                truth: True
                version: 2026.10
                padded: 007
                nothing: ~
                """).asMap();
        assertEquals("2024-06-24", map.get("date"));
        assertEquals("2024-06-24T10:00:00+02:00", map.get("stamp"));
        assertEquals("1:30", map.get("duration"));
        assertEquals(12L, map.get("count"));
        assertEquals("0.5", map.get("ratio"));
        assertEquals("yes", map.get("flag"), "YAML 1.1's yes/no/on/off are words; a flag reads them itself");
        assertEquals("No", map.get("label"));
        assertEquals(Boolean.TRUE, map.get("truth"));
        assertEquals("2026.10", map.get("version"));
        assertEquals("007", map.get("padded"));
        assertNull(map.get("nothing"));
    }

    @Test
    void positionsOfNestedKeysAndListEntries() throws Exception {
        YamlReader.Document document = YamlReader.read("""
                title: T
                scorecard:
                  paper: A4
                list:
                  - name: first
                  - name: second
                """);
        assertEquals(new YamlReader.Position(1, 1), document.position("title"));
        assertEquals(new YamlReader.Position(3, 3), document.position("scorecard.paper"));
        assertEquals(new YamlReader.Position(6, 5), document.position("list[1].name"));
        assertEquals(new YamlReader.Position(1, 1), document.position("absent"), "unknown keys point at the start");
    }

    @Test
    void duplicateKeysAreListed() throws Exception {
        YamlReader.Document document = YamlReader.read("a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("a"), document.duplicateKeys());
        assertEquals(3L, document.asMap().get("a"));
    }

    @Test
    void emptyDocumentIsAnEmptyMap() throws Exception {
        YamlReader.Document document = YamlReader.read("");
        assertNull(document.value());
        assertEquals(Map.of(), document.asMap());
    }

    @Test
    void syntaxErrorCarriesLineAndColumn() {
        YamlReader.SyntaxError error = assertThrows(YamlReader.SyntaxError.class,
                () -> YamlReader.read("ok: 1\nbad: a: b\n"));
        assertEquals(2, error.line());
        assertEquals(7, error.column());
        assertTrue(error.getMessage().contains("mapping values are not allowed"), error.getMessage());
    }

    @Test
    void selfReferencingAliasIsAnErrorNotACrash() {
        assertThrows(YamlReader.SyntaxError.class, () -> YamlReader.read("a: &loop [*loop]\n"));
    }

    @Test
    void aliasBombIsAnErrorNotAHang() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThrows(YamlReader.SyntaxError.class, () -> YamlReader.read(yaml.toString()));
    }

    @Test
    void aliasBombWithinSnakeYamlsAliasLimitIsStoppedToo() {
        // 24 levels of two aliases each: few aliases, but 2^24 values once expanded.
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i < 25; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
                    .append(", *l").append(i - 1).append("]\n");
        }
        YamlReader.SyntaxError error = assertThrows(YamlReader.SyntaxError.class,
                () -> YamlReader.read(yaml.toString()));
        assertTrue(error.getMessage().contains("too many values"), error.getMessage());
    }
}
