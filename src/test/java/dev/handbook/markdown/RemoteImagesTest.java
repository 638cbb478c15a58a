package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> found = new ArrayList<>();
        for (String file : TestSites.htmlFiles(dir.resolve("out"))) {
            for (Element element : TestSites.html(dir.resolve("out").resolve(file)).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    boolean link = attribute.getKey().equals("href") && !element.normalName().equals("link");
                    if (!link && RemoteImages.isRemote(attribute.getValue())
                            && !attribute.getKey().equals("title")) {
                        found.add(file + ": <" + element.normalName() + " " + attribute.html() + ">");
                    }
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
}
