/**
 * The public home page ({@code index.xhtml}), open to anyone: what the dynamic purchasing system is and the lots it
 * buys under.
 */
package uk.hearth.web.home;
