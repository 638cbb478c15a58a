package dev.handbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes written by other people for other tools build cleanly: exit 0, no stack trace, no internal link that
 * leads nowhere (the check's own crawl), and no Obsidian or Markdown syntax left raw in a page's text.
 */
class RealCorporaBuildTest {

    // What a reader must never see as text: a wiki-link, a ==mark==, a %% comment, a {#id} block, a ^block id,
    // a callout's [!type]. Code is left out before the text is read.
    private static final Pattern RAW = Pattern.compile("\\[\\[[^\\]\\n]+]]|==[^=\\s][^=\\n]{0,40}==|%%"
            + "|\\{#[\\w-]+}|\\s\\^[A-Za-z0-9-]{4,}$|\\[![a-z]+][+-]?", Pattern.MULTILINE);

    @TempDir
    Path work;

    @Test
    void everyCorpusBuildsWithNoBrokenLinkAndNoRawSyntax() {
        Assumptions.assumeTrue(RealCorpora.present(), "../shared is not beside the project");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> corpus : RealCorpora.contentFolders(work).entrySet()) {
            Path folder = work.resolve(corpus.getKey());
            TestSites.Run build = RealCorpora.build(corpus.getValue(), folder);
            if (build.exitCode() != 0 || build.err().contains("\tat ") || build.err().contains("Exception")) {
                problems.add(corpus.getKey() + ": build failed\n" + build.transcript());
                continue;
            }
            TestSites.Run check = TestSites.cli("check", "--config", folder.resolve("site/site.yml").toString());
            check.err().lines().filter(line -> line.contains("broken link in the built page"))
                    .forEach(line -> problems.add(corpus.getKey() + ": " + line));
            for (String page : TestSites.htmlFiles(folder.resolve("out"))) {
                Document html = TestSites.html(folder.resolve("out").resolve(page));
                Element body = html.selectFirst("main");
                if (body == null) {
                    continue;
                }
                body.select("code, pre, script, style, nav, aside, header, footer").remove();
                Matcher raw = RAW.matcher(body.wholeText());
                while (raw.find()) {
                    problems.add(corpus.getKey() + ": " + page + ": raw '" + raw.group().strip() + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
