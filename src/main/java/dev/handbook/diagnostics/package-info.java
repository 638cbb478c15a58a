/**
 * The one sink every stage reports content problems into, printed as compilers print them
 * ({@code file:line:col: warning: …}). It records; the build decides from it whether the site is written, and no
 * stage throws for a problem in the content.
 */
package dev.handbook.diagnostics;
