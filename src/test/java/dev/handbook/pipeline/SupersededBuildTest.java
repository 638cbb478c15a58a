package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.TestSites;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diagnostics.Diagnostics;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A preview build that a newer edit supersedes stops at its next stage, and the next build is whole. */
class SupersededBuildTest {

    @Test
    void aSupersededPreviewStopsAtTheNextStageAndTheNextBuildIsWhole() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = new ConfigLoader(diagnostics).load(TestSites.fixture("larkspur").resolve("site.yml"));
        Pipeline first = new Pipeline(config, diagnostics, null);
        Pipeline.BuiltSite built = first.run(BuildRequest.preview(Set.of()));
        AtomicInteger asked = new AtomicInteger();
        // Superseded once the load and parse stages are done: the build goes no further than the links.
        BuildRequest request = BuildRequest.preview(Set.of()).supersededWhen(() -> asked.incrementAndGet() >= 2);
        Pipeline stopped = new Pipeline(config, new Diagnostics(), built.cache());
        assertThrows(Pipeline.Superseded.class, () -> stopped.run(request));
        assertEquals(2, asked.get(), "asked after each stage, and stopped at the first that said so");
        Pipeline.BuiltSite again = new Pipeline(config, new Diagnostics(), built.cache()).run(BuildRequest.preview(Set.of()));
        assertNotNull(again.cache());
        assertEquals(built.files().size(), again.files().size());
        for (int i = 0; i < built.files().size(); i++) {
            assertEquals(built.files().get(i).path(), again.files().get(i).path());
        }
    }
}
