/** The renderer of {@link dev.handbook.markdown.callout.CalloutExtension}; nothing outside it uses it. */
package dev.handbook.markdown.callout.internal;
