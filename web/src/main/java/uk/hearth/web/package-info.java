/**
 * The Faces portal. Sub-packages mirror the capabilities of the EJB module and the folders of the views; backing
 * beans ask application services and show their answers, they never decide a rule themselves.
 */
package uk.hearth.web;
