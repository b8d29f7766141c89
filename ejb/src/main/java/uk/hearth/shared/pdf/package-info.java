/** PDF writing shared by every letter and agreement Hearth issues. */
package uk.hearth.shared.pdf;
