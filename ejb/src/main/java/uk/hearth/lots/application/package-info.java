/** Reading the lots (open to everyone: the public home page lists them) and editing their descriptions (administrators). */
package uk.hearth.lots.application;
