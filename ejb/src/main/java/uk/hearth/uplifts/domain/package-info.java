/**
 * Fee uplifts: the council's fee review windows (the lots they cover, the standard uplift of each, the dates and the
 * decision time in working days) and providers' uplift requests, one per placement in scope: the standard accepted,
 * or more asked for with a cost breakdown, a written case and evidence, then decided on by the council. The money
 * arithmetic (breakdown, change, back pay, market reference) needs no database and lives here.
 */
package uk.hearth.uplifts.domain;
