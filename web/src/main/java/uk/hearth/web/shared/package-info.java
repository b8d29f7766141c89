/**
 * What every capability's pages use: calling a service and showing its refusals beside the field they are about
 * ({@link uk.hearth.web.shared.ServiceCalls}, {@link uk.hearth.web.shared.FacesMessages}), the handler behind the
 * field tag's hint, the base of every download servlet, reading uploads, and how dates and certificate expiries
 * read on a page.
 */
package uk.hearth.web.shared;
