/**
 * What every capability's domain shares: the repository contracts its repositories extend, so each aggregate is
 * reached the same way. Plain Java; no JPA here beyond what entities already carry.
 */
package uk.hearth.shared.domain;
