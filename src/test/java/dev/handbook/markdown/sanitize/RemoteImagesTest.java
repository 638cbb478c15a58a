package dev.handbook.markdown.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.config.RemoteResources;
import dev.handbook.interview.InterviewFixtures;
import dev.handbook.markdown.InMemoryVault;
import dev.handbook.markdown.MarkdownEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's remoteResources: images loaded from other servers warn, are shown as links, or stay silently. */
class RemoteImagesTest {

    // Line numbers as the warnings place them. The embed takes only the first section: embedding a note that
    // uses a reference image breaks in flexmark whatever the policy (the reference is looked up in the page).
    private static final String ONBOARDING = String.join("\n",
            "# Onboarding",                                                                      // 1
            "",
            "## Photos",
            "",
            "![Team photo|300](https://cdn.example.com/team.png)",                               // 5
            "",
            "<p>Tracked <img src=\"http://tracker.example/pixel.gif\" alt=\"pixel\"></p>",      // 7
            "",
            "## Badges",
            "",
            "<div>",
            "<img src=\"//pixel.example/p.gif\">",                                              // 12
            "</div>",
            "",
            "[![build status](https://img.example.com/badge.svg)](https://ci.example.com/)",     // 15
            "",
            "Again ![Team photo](https://cdn.example.com/team.png) and [the docs](https://docs.example.com/).",
            "",
            "![inline dot](data:image/png;base64,iVBORw0KGgo=)",                                  // 19
            "",
            "![logo][logo]",                                                                     // 21
            "",
            "[logo]: HTTPS://cdn.example.com/logo.svg",
            "");

    @TempDir
    Path dir;

    private TestSites.Run build(String policy) {
        Path site = TestSites.newSite(dir, "Remote");
        if (policy != null) {
            TestSites.write(site.resolve("site.yml"), "title: Remote\nremoteResources: " + policy + "\n");
        }
        TestSites.write(site.resolve("content/Onboarding.md"), ONBOARDING);
        TestSites.write(site.resolve("content/Welcome.md"), "# Welcome\n\n![[Onboarding#Photos]]\n");
        TestSites.Run run = TestSites.build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run::transcript);
        return run;
    }

    private Document page(String slug) {
        return TestSites.html(dir.resolve("out").resolve(slug).resolve("index.html"));
    }

    private static List<String> remoteWarnings(TestSites.Run run) {
        return run.err().lines().filter(line -> line.contains("loaded from another server")).toList();
    }

    // Every address in the built site that a browser would load by itself (not a link it may follow).
    private List<String> loadedAddresses() {
        return loadedAddresses(dir.resolve("out"));
    }

    private static List<String> loadedAddresses(Path out) {
        List<String> found = new ArrayList<>();
        for (String file : TestSites.htmlFiles(out)) {
            found.addAll(loadedAddresses(file, TestSites.html(out.resolve(file))));
        }
        return found;
    }

    private static List<String> loadedAddresses(String file, Element html) {
        List<String> found = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                boolean link = attribute.getKey().equals("href") && !element.normalName().equals("link");
                boolean loads = !link && !attribute.getKey().equals("title");
                // srcset and CSS name addresses inside a longer value.
                if (loads && (RemoteImages.isRemote(attribute.getValue()) || attribute.getValue().contains("//"))) {
                    found.add(file + ": <" + element.normalName() + " " + attribute.html() + ">");
                }
            }
        }
        return found;
    }

    @Test
    void byDefaultEachRemoteAddressWarnsOncePerNoteAtItsFileLineAndColumn() {
        TestSites.Run run = build(null);
        String why = " is loaded from another server, which learns who reads this page; put the image in the vault,"
                + " or set 'remoteResources' in site.yml to block (show a link) or allow";
        assertEquals(List.of(
                "content/Onboarding.md:5:1: warning: the image https://cdn.example.com/team.png" + why,
                "content/Onboarding.md:7:12: warning: the image http://tracker.example/pixel.gif" + why,
                "content/Onboarding.md:12:1: warning: the image //pixel.example/p.gif" + why,
                "content/Onboarding.md:15:2: warning: the image https://img.example.com/badge.svg" + why,
                "content/Onboarding.md:21:1: warning: the image HTTPS://cdn.example.com/logo.svg" + why),
                remoteWarnings(run), run::transcript);
        // Warned, not changed: the images still load.
        Document onboarding = page("onboarding");
        assertEquals(2, onboarding.select("img[src=https://cdn.example.com/team.png]").size());
        assertNotNull(onboarding.selectFirst("img[src=http://tracker.example/pixel.gif]"));
        assertTrue(onboarding.select(".remote-image").isEmpty());
    }

    @Test
    void blockShowsEachRemoteImageAsItsAltTextLinkingToItsAddress() {
        TestSites.Run run = build("block");
        assertEquals(List.of(), remoteWarnings(run), run::transcript);
        assertEquals(List.of(), loadedAddresses(), "the embedding page too");

        Document onboarding = page("onboarding");
        List<Element> team = onboarding.select("a.remote-image[href=https://cdn.example.com/team.png]");
        assertEquals(2, team.size(), onboarding.body()::html);
        assertEquals("Team photo", team.get(0).text(), "the alt text, less Obsidian's size");
        assertEquals("noreferrer", team.get(0).attr("rel"));
        assertEquals("pixel", onboarding.selectFirst("a.remote-image[href=http://tracker.example/pixel.gif]").text());
        assertEquals("//pixel.example/p.gif",
                onboarding.selectFirst("a.remote-image[href=//pixel.example/p.gif]").text(), "no alt: the address");
        assertEquals("logo", onboarding.selectFirst("a.remote-image[href=HTTPS://cdn.example.com/logo.svg]").text());
        // An image inside a link becomes its text: a link may not hold another.
        Element badge = onboarding.selectFirst("a[href=https://ci.example.com/]");
        assertEquals("build status", badge.text());
        assertTrue(badge.select("a.remote-image").isEmpty() && badge.selectFirst("span.remote-image") != null);
        // Links are not resources, and inline data is no other server.
        assertEquals("the docs", onboarding.selectFirst("a[href=https://docs.example.com/]").text());
        assertNotNull(onboarding.selectFirst("img[src^=data:image/png]"));

        Document welcome = page("welcome");
        assertEquals(1, welcome.select("a.remote-image[href=https://cdn.example.com/team.png]").size(),
                "an embedded section's images are blocked where it is embedded");
        assertNotNull(welcome.selectFirst("a.remote-image[href=http://tracker.example/pixel.gif]"));
    }

    @Test
    void allowKeepsRemoteImagesWithoutAWord() {
        TestSites.Run run = build("allow");
        assertFalse(run.err().contains("warning"), run::transcript);
        Document onboarding = page("onboarding");
        assertEquals(2, onboarding.select("img[src=https://cdn.example.com/team.png]").size());
        assertNotNull(onboarding.selectFirst("img[src=//pixel.example/p.gif]"));
        assertTrue(onboarding.select(".remote-image").isEmpty());
    }

    @Test
    void addressesThatReachAnotherServerAreToldFromOnesThatStayInTheHandbook() {
        for (String remote : List.of("https://x.example/a.png", "HTTP://x.example/a.png", "//x.example/a.png",
                "\\\\x.example/a.png", "/\\x.example/a.png", " \thttps://x.example", "ht\ntp://x.example",
                "http:x.example/a.png")) {
            assertTrue(RemoteImages.isRemote(remote), remote);
        }
        for (String local : List.of("images/a.png", "/images/a.png", "../a.png", "data:image/png;base64,AA",
                "#top", "", MarkdownEngine.ROOT_TOKEN + "a.png", "https.png")) {
            assertFalse(RemoteImages.isRemote(local), local);
        }
    }

    @Test
    void theAllowlistLetsNoResourceThroughButImagesAndBlockTakesThoseToo() {
        String html = "<iframe src=\"https://x.example/f\"></iframe><video src=\"https://x.example/v.mp4\""
                + " poster=\"https://x.example/p.png\"><source src=\"https://x.example/s.mp4\"><track"
                + " src=\"https://x.example/t.vtt\"></video><audio src=\"https://x.example/a.mp3\"></audio>"
                + "<picture><source srcset=\"https://x.example/s.png\"><img src=\"https://x.example/i.png\""
                + " srcset=\"https://x.example/i2.png 2x\" alt=\"i\"></picture><object data=\"https://x.example/o\">"
                + "</object><embed src=\"https://x.example/e\"><input type=\"image\" src=\"https://x.example/b.png\">"
                + "<table background=\"https://x.example/bg.png\"><tr><td>x</td></tr></table>"
                + "<p style=\"background: url(https://x.example/s.png)\">styled</p>"
                + "<mark style=\"background: url(https://x.example/m.png)\">marked</mark>"
                + "<svg><image href=\"https://x.example/svg.png\"></image></svg>"
                + "<link rel=\"stylesheet\" href=\"https://x.example/l.css\"><a href=\"https://x.example/\">link</a>";
        String allowed = new HtmlSanitizer(InMemoryVault.config().highlights(), RemoteResources.ALLOW).clean(html);
        assertEquals(List.of("allow: <img src=\"https://x.example/i.png\">"),
                loadedAddresses("allow", Jsoup.parseBodyFragment(allowed)), allowed);
        String blocked = new HtmlSanitizer(InMemoryVault.config().highlights(), RemoteResources.BLOCK).clean(html);
        assertEquals(List.of(), loadedAddresses("block", Jsoup.parseBodyFragment(blocked)), blocked);
        assertTrue(blocked.contains("<a href=\"https://x.example/\">link</a>"), "a link is no resource: " + blocked);
    }

    @Test
    void underBlockNoPageLoadsFromAnotherServerAndTheDefaultThemeNeverDoes() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Files.writeString(site.resolve("site.yml"), "\nremoteResources: block\n", java.nio.file.StandardOpenOption.APPEND);
        // A question and its guidance with images: the stage's kit shows them; indexes and sheets show their text.
        InterviewFixtures.edit(site.resolve("content/stages/Yard Walk.md"),
                "- How do you check a manifest before the crane starts? #accuracy\n*Look for: A routine,",
                "- How do you check this manifest ![manifest](https://docs.example/manifest.png) before the crane"
                        + " starts? #accuracy\n*Look for: ![good](//docs.example/good.png) A routine,");
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        // The 404 page loads the theme from the site's own baseUrl: the handbook's server, not another.
        assertEquals(List.of(), loadedAddresses(out).stream()
                .filter(found -> !found.contains("\"https://hiring.harbour.example/handbook/")).toList());
        Document stage = TestSites.html(out.resolve("stages/yard-walk/index.html"));
        assertNotNull(stage.selectFirst("a.remote-image[href=https://docs.example/manifest.png]"), "the kit");
        assertNotNull(stage.selectFirst("a.remote-image[href=//docs.example/good.png]"), "the guidance");
        // The theme's own files name no other server: no remote url() or @import, no address in the script.
        Pattern remote = Pattern.compile("(?i)(url\\(|@import)\\s*['\"]?\\s*(https?:)?//|https?://");
        for (String asset : List.of("handbook.css", "scorecard.css", "handbook.js")) {
            String text = Files.readString(out.resolve("theme").resolve(asset));
            assertFalse(remote.matcher(text).find(), asset + " names another server");
        }
    }
}
