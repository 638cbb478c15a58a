package dev.handbook.site;

import java.util.Map;

/**
 * One HTML page of the handbook, ready for a template.
 *
 * @param url the address relative to the site root, ending in {@code /}; empty for the home page
 * @param template the theme template that draws it, without extension ({@code note}, {@code home})
 * @param title the page title
 * @param source the file the page comes from, for diagnostics; empty for generated pages
 * @param model extra values the template reads, by name
 */
public record Page(String url, String template, String title, String source, Map<String, Object> model) {

    /** The output file of the page, relative to the output folder. */
    public String outputPath() {
        return url.isEmpty() ? "index.html" : url.endsWith(".html") ? url : url + "index.html";
    }

    /** The relative way from this page back to the site root: {@code ./}, {@code ../}, {@code ../../}. */
    public String root() {
        int depth = (int) outputPath().chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
