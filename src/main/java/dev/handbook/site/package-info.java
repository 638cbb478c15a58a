/**
 * The site stage: the model the templates see, namely every page, the navigation, tag and question indexes and
 * the search index. It decides which pages exist and what they hold; how they look is render's, where they
 * are written is output's.
 */
package dev.handbook.site;
