package dev.handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WCAG 2 contrast ratios against known values. */
class ContrastTest {

    @Test
    void ratiosMatchWcagsKnownValues() {
        assertEquals(21.0, Contrast.ratio("#000000", "#FFFFFF"), 0.001);
        assertEquals(1.0, Contrast.ratio("#C8102E", "#C8102E"), 0.001);
        assertEquals(4.54, Contrast.ratio("#767676", "#FFFFFF"), 0.01);
        assertEquals(Contrast.ratio("#FFFFFF", "#0B5CAD"), Contrast.ratio("#0B5CAD", "#FFFFFF"), 0.0);
    }
}
