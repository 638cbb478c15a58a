package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import dev.handbook.interview.InterviewFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes a PDF from the output folder when everything it was made from is unchanged, and renders it
 * otherwise. To tell a PDF taken again from one rendered again, a test plants a marked PDF in the output folder
 * and records it as the PDF of its inputs: a rebuild that takes it keeps the mark, one that renders drops it.
 */
class PdfReuseTest {

    private static final String ROLE = ScorecardPdfTest.ROLE;
    private static final String SCREEN = ScorecardPdfTest.SCREEN;
    private static final String YARD_WALK = ScorecardPdfTest.YARD_WALK;
    private static final String PACKET = ScorecardPdfTest.PACKET;
    private static final List<String> ALL = ScorecardPdfTest.ALL;

    @TempDir
    Path dir;

    @Test
    void aRebuildTakesEveryUnchangedPdfFromTheOutputFolderAndMatchesABuildFromScratch() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        Map<String, byte[]> scratch = TestSites.tree(out);
        assertTrue(scratch.containsKey(PdfReuse.FILE), "the list of what the PDFs were made from is written");
        InterviewFixtures.build(site, out);
        Map<String, byte[]> rebuilt = TestSites.tree(out);
        assertEquals(scratch.keySet(), rebuilt.keySet());
        scratch.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), path));

        List<String> sheets = List.of(ROLE, SCREEN, YARD_WALK);
        sheets.forEach(path -> plant(out, path));
        InterviewFixtures.build(site, out);
        for (String path : sheets) {
            assertTrue(planted(out, path), path + " was rendered again, not taken from the output folder");
        }
        assertFalse(planted(out, PACKET), "the packet is made again from the sheets as they are now");
        plant(out, PACKET);
        InterviewFixtures.build(site, out);
        assertTrue(planted(out, PACKET), "the packet of unchanged sheets is taken again");
    }

    @Test
    void aPdfChangedInTheOutputFolderIsRenderedAgain() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        byte[] role = Files.readAllBytes(out.resolve(ROLE));
        // One byte changed, so only the digest tells: the size is the same.
        byte[] changed = role.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(out.resolve(ROLE), changed);

        InterviewFixtures.build(site, out);
        assertArrayEquals(role, Files.readAllBytes(out.resolve(ROLE)));
    }

    @Test
    void anEditedStageRendersItsSheetTheWholeLoopSheetAndThePacketAgainButNotTheOtherStage() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = builtWithEveryPdfPlanted(site);
        Path yardWalk = site.resolve("content/stages/Yard Walk.md");
        Files.writeString(yardWalk, Files.readString(yardWalk)
                + "- Where do you stand while a reach stacker turns?\n");
        String before = TestSites.html(out.resolve("scorecards/dock-planner/yard-walk/index.html")).text();

        InterviewFixtures.build(site, out);
        String after = TestSites.html(out.resolve("scorecards/dock-planner/yard-walk/index.html")).text();
        assertFalse(before.equals(after), "the edit does not change the Yard Walk sheet; pick another edit");
        assertTrue(planted(out, SCREEN), "the Screen sheet is unchanged and taken again");
        for (String path : List.of(YARD_WALK, PACKET)) {
            assertFalse(planted(out, path), path + " was taken again though its sheet changed");
        }
    }

    @Test
    void aChangedStylesheetRendersEverySheetAgain() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = builtWithEveryPdfPlanted(site);
        Path css = site.resolve("themes/acme/assets/scorecard.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, Files.readString(Path.of("themes/default/assets/scorecard.css"))
                + "\nh1 { letter-spacing: 0.02em; }\n");
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "theme: acme\n");
        assertEveryPdfRenderedAgain(site, out, "its stylesheet changed");
    }

    @Test
    void anotherPaperSizeRendersEverySheetAgain() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = builtWithEveryPdfPlanted(site);
        InterviewFixtures.edit(site.resolve("site.yml"), "scorecard:\n", "scorecard:\n  paper: Letter\n");
        assertEveryPdfRenderedAgain(site, out, "the paper changed");
    }

    private Path builtWithEveryPdfPlanted(Path site) {
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        ALL.forEach(path -> plant(out, path));
        return out;
    }

    // Builds the site, marks the yard walk's PDF as taken from a previous build, and returns the stage's page.
    private static byte[] buildAndPlantYardWalk(Path site, Path out) throws IOException {
        InterviewFixtures.build(site, out);
        byte[] page = Files.readAllBytes(out.resolve("scorecards/dock-planner/yard-walk/index.html"));
        plant(out, YARD_WALK);
        return page;
    }

    private static void assertEveryPdfRenderedAgain(Path site, Path out, String why) {
        InterviewFixtures.build(site, out);
        for (String path : ALL) {
            assertFalse(planted(out, path), path + " was taken again though " + why);
        }
    }

    @Test
    void aStageSheetDrawnDenserIsTakenAgainWithItsDenserPage() throws IOException {
        Path site = ScorecardPdfTest.crowdedYardWalk(dir, 12);
        Path out = dir.resolve("out");
        byte[] page = buildAndPlantYardWalk(site, out);
        assertTrue(new String(page, StandardCharsets.UTF_8).contains("dense"), "the stage was not drawn denser");

        InterviewFixtures.build(site, out);
        assertTrue(planted(out, YARD_WALK));
        assertArrayEquals(page, Files.readAllBytes(out.resolve("scorecards/dock-planner/yard-walk/index.html")),
                "the page a browser prints stays the denser one the PDF was made from");
    }

    @Test
    void aShortStageSheetThatSpillsIsTakenAgainAtTheNormalDensity() throws IOException {
        // A sheet first drawn roomy and then at the normal density recorded that density as an empty field,
        // read back as none, so the sheet was rendered twice on every build.
        Path site = ScorecardPdfTest.crowdedYardWalk(dir, 4, 3);
        Path out = dir.resolve("out");
        byte[] page = buildAndPlantYardWalk(site, out);
        assertTrue(new String(page, StandardCharsets.UTF_8).contains("class=\"sheet normal\""),
                "the short stage was not drawn again from roomy at the normal density");

        InterviewFixtures.build(site, out);
        assertTrue(planted(out, YARD_WALK), "the sheet was rendered again");
    }

    @Test
    void aListWithDensitiesOutOfOrderRendersTheSheetAsABuildFromScratch() throws IOException {
        Path site = ScorecardPdfTest.crowdedYardWalk(dir, 12);
        Path out = dir.resolve("out");
        byte[] page = buildAndPlantYardWalk(site, out);
        // The list is read from the output folder, so it may say anything: the sheet is then rendered as a build
        // from scratch renders it. (Densities out of order or unknown are not even drawn; nothing here sees that.)
        edit(out, YARD_WALK, 5, "terse,compact");

        TestSites.Run run = InterviewFixtures.build(site, out);
        assertFalse(planted(out, YARD_WALK), run.transcript());
        assertArrayEquals(page, Files.readAllBytes(out.resolve("scorecards/dock-planner/yard-walk/index.html")));
    }

    @Test
    void aLinkInPlaceOfAPdfIsNotFollowed() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        InterviewFixtures.build(site, out);
        plant(out, ROLE);
        Path elsewhere = dir.resolve("elsewhere.pdf");
        Files.move(out.resolve(ROLE), elsewhere);
        Files.createSymbolicLink(out.resolve(ROLE), elsewhere);

        InterviewFixtures.build(site, out);
        assertFalse(Files.isSymbolicLink(out.resolve(ROLE)));
        assertFalse(planted(out, ROLE), "the PDF behind the link was taken");
    }

    @Test
    void aSheetThatWarnedIsRenderedAgainAndWarnsOnEveryBuild() throws IOException {
        Path site = ScorecardPdfTest.crowdedYardWalk(dir, 24);
        Path out = dir.resolve("out");
        String warning = "needs 2 pages even at its densest";
        assertTrue(InterviewFixtures.build(site, out).err().contains(warning));
        assertFalse(Files.readString(out.resolve(PdfReuse.FILE)).contains("yard-walk"), "a sheet that warned is not listed");
        TestSites.Run again = InterviewFixtures.build(site, out);
        assertTrue(again.err().contains(warning), again.transcript());
    }

    @Test
    void theListSurvivesAnyCharacterInAPath() {
        String path = "scorecards/a,b%2C\tc\nd%/scorecard.pdf";
        PdfReuse reuse = PdfReuse.of(null, "test", "A4");
        reuse.record(path, "first", "key", new byte[] {1}, List.of("compact", "dense"), List.of("handbook:/x,y.css"));
        String list = new String(reuse.file().bytes(), StandardCharsets.UTF_8);
        PdfReuse.Entry entry = PdfReuse.parse(list).get(path);
        assertEquals(List.of("compact", "dense"), entry.densities(), list);
        assertEquals(List.of("handbook:/x,y.css"), entry.read(), list);
        assertEquals("first", entry.first());
        assertEquals("key", entry.key());
        assertEquals(1, entry.size());
    }

    @Test
    void aFilledSheetIsTakenAgainWithTheFilledPageItWasMadeFrom() throws IOException {
        Path site = InterviewFixtures.copy("harbour", dir);
        Path out = dir.resolve("out");
        String screenPage = "scorecards/dock-planner/screen/index.html";
        InterviewFixtures.build(site, out);
        String list = Files.readString(out.resolve(PdfReuse.FILE));
        assertTrue(list.matches("(?s).*screen/scorecard.pdf\t[^\n]*lines=\\d+ evidence=\\d+.*"), list);
        byte[] page = Files.readAllBytes(out.resolve(screenPage));
        plant(out, SCREEN);

        InterviewFixtures.build(site, out);
        assertTrue(planted(out, SCREEN), "the filled sheet was rendered again");
        assertArrayEquals(page, Files.readAllBytes(out.resolve(screenPage)));
    }

    @Test
    void aDrawingsTokenReadsBackAsTheSameDrawing() {
        SheetDrawing drawing = new SheetDrawing("compact", false, 4, 123);
        assertEquals("compact -rubric lines=4 evidence=123", drawing.token());
        assertEquals(drawing, SheetDrawing.parse(drawing.token()));
        assertEquals(SheetDrawing.at("dense"), SheetDrawing.parse("dense"));
        for (String odd : List.of("", "normal lines=0", "normal evidence=12 evidence=13", "normal rubric", " normal")) {
            assertEquals(null, SheetDrawing.parse(odd), odd);
        }
    }

    // Marks the PDF at path and records the marked bytes as the PDF its inputs made.
    private static void plant(Path out, String path) {
        try {
            byte[] marked = (new String(Files.readAllBytes(out.resolve(path)), StandardCharsets.ISO_8859_1)
                    + "%planted\n").getBytes(StandardCharsets.ISO_8859_1);
            Files.write(out.resolve(path), marked);
            edit(out, path, 3, HexFormat.of().formatHex(PdfReuse.digest(marked)));
            edit(out, path, 4, Integer.toString(marked.length));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // Sets one field of a PDF's line in the list: 3 is the PDF's digest, 4 its size, 5 its densities.
    private static void edit(Path out, String path, int field, String value) {
        try {
            List<String> lines = new ArrayList<>();
            boolean found = false;
            for (String line : Files.readAllLines(out.resolve(PdfReuse.FILE))) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 7 && fields[0].equals(path)) {
                    fields[field] = value;
                    line = String.join("\t", fields);
                    found = true;
                }
                lines.add(line);
            }
            assertTrue(found, path + " is not in the list");
            Files.write(out.resolve(PdfReuse.FILE), lines);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean planted(Path out, String path) {
        try {
            return new String(Files.readAllBytes(out.resolve(path)), StandardCharsets.ISO_8859_1).endsWith("%planted\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
