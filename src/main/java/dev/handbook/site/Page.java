package dev.handbook.site;

/**
 * One HTML page of the handbook, ready for a template. Two equal pages draw the same bytes: the model holds
 * everything the template reads, and compares by value.
 *
 * @param url the address relative to the site root, ending in {@code /}; empty for the home page
 * @param title the page title
 * @param source the file the page comes from, for diagnostics; empty for generated pages
 * @param model what the template reads; its kind says which template draws the page
 */
public record Page(String url, String title, String source, PageModel model) {

    /** The theme template that draws the page, without extension ({@code note}, {@code home}). */
    public String template() {
        return model.template();
    }

    /** The same page drawn from another model. */
    public Page withModel(PageModel other) {
        return new Page(url, title, source, other);
    }

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
