/**
 * The web module: Faces pages and the JSON API, which ask the EJB module's application services and show their
 * answers; they never decide a rule themselves. The code is grouped by capability, as in the EJB module, but the
 * views under {@code webapp} are grouped by who uses them ({@code provider/}, {@code commissioner/},
 * {@code council/} for all council staff, {@code admin/}, {@code contract-manager/}, and the public pages at the
 * top), so a capability's beans back views in several folders and each bean names its view in its first line.
 */
package uk.hearth.web;
