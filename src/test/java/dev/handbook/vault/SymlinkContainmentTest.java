package dev.handbook.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links never publish what lies outside the content and themes folders; unreadable folders are errors. */
class SymlinkContainmentTest {

    private static final String SECRET = "TOKEN=s3cr3t-from-outside";

    @TempDir
    Path dir;

    private Path outsideSecret() {
        return TestSites.write(dir.resolve("outside/secret.txt"), SECRET + "\n");
    }

    private static String everything(Path out) {
        StringBuilder all = new StringBuilder();
        TestSites.tree(out).forEach((path, bytes) -> all.append(path).append('\n')
                .append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n'));
        return all.toString();
    }

    @Test
    void linksOutOfTheVaultAreSkippedWithAWarningAndNothingOfThemIsPublished() throws Exception {
        Path secret = outsideSecret();
        TestSites.write(dir.resolve("outside/notes/Leaked.md"), "# Leaked\n" + SECRET + "\n");
        Path site = TestSites.newSite(dir, "Links");
        Path content = site.resolve("content");
        TestSites.write(content.resolve("index.md"), "# Home\n\nSee [[Real]] and [[Alias]].\n");
        TestSites.write(content.resolve("Real.md"), "# Real\n\nInside text.\n");
        Files.createSymbolicLink(content.resolve("env.txt"), secret);
        Files.createSymbolicLink(content.resolve("passwd.md"), secret);
        Files.createSymbolicLink(content.resolve("shared"), dir.resolve("outside/notes"));
        Files.createSymbolicLink(content.resolve("Alias.md"), content.resolve("Real.md"));
        Files.createSymbolicLink(content.resolve("loop"), content);
        Files.createSymbolicLink(content.resolve("dangling.md"), dir.resolve("nowhere.md"));

        TestSites.Run run = TestSites.build(site, dir.resolve("out"));

        assertEquals(0, run.exitCode(), run::transcript);
        String published = everything(dir.resolve("out"));
        assertFalse(published.contains("s3cr3t"), "a file outside the vault was published:\n" + run.transcript());
        assertFalse(published.contains("env.txt") || published.contains("passwd") || published.contains("leaked"),
                "a page or asset was made from a link out of the vault");
        for (String link : new String[] {"env.txt", "passwd.md", "shared"}) {
            assertTrue(run.err().contains("content/" + link + ": warning: symbolic link out of 'content'"),
                    () -> link + " is named in a warning\n" + run.transcript());
        }
        assertTrue(run.err().contains("content/loop: warning: symbolic link to a folder inside 'content'"),
                run::transcript);
        assertTrue(run.err().contains("content/dangling.md: warning: symbolic link to nothing"), run::transcript);
        // A link to a note inside the vault is an ordinary note.
        assertTrue(Files.readString(dir.resolve("out/alias/index.html")).contains("Inside text."), run::transcript);
    }

    @Test
    void aThemeFileLinkedOutOfTheThemeIsNotRead() throws Exception {
        Path secret = outsideSecret();
        Path site = dir.resolve("site");
        TestSites.write(site.resolve("site.yml"), "title: Themed\ntheme: acme\n");
        TestSites.write(site.resolve("content/index.md"), "# Home\n");
        Path theme = site.resolve("themes/acme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets"));
        Files.createSymbolicLink(theme.resolve("templates/note.peb"), secret);
        Files.createSymbolicLink(theme.resolve("assets/leak.css"), secret);

        TestSites.Run run = TestSites.build(site, dir.resolve("out"));

        assertEquals(0, run.exitCode(), run::transcript);
        assertFalse(everything(dir.resolve("out")).contains("s3cr3t"), run::transcript);
        assertTrue(run.err().contains("themes/acme/templates/note.peb: warning: symbolic link out of 'acme'"),
                run::transcript);
        assertTrue(run.err().contains("themes/acme/assets/leak.css: warning: symbolic link out of 'acme'"),
                run::transcript);
    }

    @Test
    void anUnreadableFolderIsAReadErrorNamingItAndTheSiteIsKept() throws Exception {
        Path site = TestSites.newSite(dir, "Locked");
        TestSites.write(site.resolve("content/index.md"), "# Home\n");
        Path locked = TestSites.write(site.resolve("content/private/Note.md"), "# Note\n").getParent();
        Path out = TestSites.built(site, dir.resolve("out"));
        Map<String, byte[]> before = TestSites.tree(out);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: no folder is unreadable");
            TestSites.Run run = TestSites.build(site, out);
            assertEquals(1, run.exitCode(), run::transcript);
            assertTrue(run.err().contains("content/private: error: cannot be read (permission denied)"),
                    run::transcript);
            assertEquals(before.keySet(), TestSites.tree(out).keySet());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
