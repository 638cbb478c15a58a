package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.interview.InterviewFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering the sheets and packets prints nothing of the PDF library's own on the console. */
class PdfConsoleTest {

    @TempDir
    Path dir;

    @Test
    void pdfBoxLogsNothingDuringABuild() {
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.apache.pdfbox")) {
                    logged.add(record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            InterviewFixtures.build(InterviewFixtures.copy("harbour", dir), dir.resolve("out"));
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), logged, "PDFBox's notes reached the console of a team's CI");
    }
}
