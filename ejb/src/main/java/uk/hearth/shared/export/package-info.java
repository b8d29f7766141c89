/** Exports for people's own tools: CSV written one way for every capability. */
package uk.hearth.shared.export;
