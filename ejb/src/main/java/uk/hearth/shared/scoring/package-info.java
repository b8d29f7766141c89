/**
 * How a price becomes points, the one rule both offer comparison (placement requests) and mini-competitions score
 * by, in {@code BigDecimal} and stated in plain English for invitations and letters.
 */
package uk.hearth.shared.scoring;
