package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft, in any spelling, reaches no file of the built site: pages, search, exports, sitemap or PDFs. */
class DraftSecrecyTest {

    @TempDir
    Path dir;

    @Test
    void noDraftSpellingLeaksIntoAnyOutputFile() throws IOException {
        Path site = dir.resolve("site");
        TestSites.write(site.resolve("site.yml"), "title: Secrets\nbaseUrl: https://hiring.example.com/\n");
        TestSites.write(site.resolve("content/competencies/Craft.md"), "# Craft\n");
        TestSites.write(site.resolve("content/stages/Screen.md"), "---\ncompetencies: [\"[[Craft]]\"]\n---\n# Screen\n\n"
                + "- What did you build last?\n");
        TestSites.write(site.resolve("content/roles/Maker.md"), "---\ncompetencies: [\"[[Craft]]\"]\nloop:\n"
                + "  - stage: \"[[Screen]]\"\n---\n# Maker\n");
        Map<String, String> drafts = Map.of("Empty", "draft:", "Tilde", "draft: ~", "Capital", "Draft: true",
                "Shout", "DRAFT: true", "Quoted", "draft: \"yes\"", "Unpublished", "published: false",
                "Maybe", "draft: maybe", "Toml", "");
        List<String> secrets = new ArrayList<>();
        drafts.forEach((name, flag) -> {
            String secret = "SECRET" + name.toUpperCase() + "7731";
            secrets.add(secret);
            String body = "# " + secret + " title\n\n- What is " + secret + " asking you?\n\n" + secret + " text.\n";
            String text = name.equals("Toml") ? "+++\ndraft = true\n+++\n" + body
                    : "---\n" + flag + "\ntags: [" + secret.toLowerCase() + "]\n---\n" + body;
            // In a questions folder, where a published note's questions would be asked.
            TestSites.write(site.resolve("content/questions/" + name + ".md"), text);
        });

        TestSites.Run run = TestSites.build(site, dir.resolve("out"));

        assertEquals(0, run.exitCode(), run::transcript);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : TestSites.tree(dir.resolve("out")).entrySet()) {
            String text = file.getKey().endsWith(".pdf") ? pdfText(file.getValue())
                    : new String(file.getValue(), StandardCharsets.UTF_8);
            String lower = (file.getKey() + "\n" + text).toLowerCase();
            secrets.stream().filter(secret -> lower.contains(secret.toLowerCase()))
                    .forEach(secret -> leaks.add(secret + " in " + file.getKey()));
        }
        assertEquals(List.of(), leaks);
        assertTrue(TestSites.tree(dir.resolve("out")).keySet().stream().anyMatch(path -> path.endsWith(".pdf")),
                "the PDFs were searched too");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
