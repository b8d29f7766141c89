/** Money in pounds sterling, to the penny, and how it is stored: one type for fees, prices and budgets. */
package uk.hearth.shared.money;
