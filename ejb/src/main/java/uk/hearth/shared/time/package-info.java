/**
 * Time for Hearth: the service clock that deadlines are read from, and the England
 * and Wales calendar behind them. Bank holidays are worked out by rule, with the
 * announced one-off changes listed explicitly, so working-day clocks such as "within
 * 10 working days" can be computed for any date without a network call or data file.
 */
package uk.hearth.shared.time;
