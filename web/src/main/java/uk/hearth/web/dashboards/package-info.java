/**
 * Where a signed-in user lands: {@code dashboard.xhtml} sends each person on to the dashboard of their role, and
 * the provider's dashboard gathers what its organisation has in Hearth. The council dashboards use the beans of the
 * capabilities they summarise.
 */
package uk.hearth.web.dashboards;
