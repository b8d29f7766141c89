/**
 * Quality assurance in the pages: the administrator's quality frameworks (admin/quality-frameworks.xhtml), every
 * version of each kind of setting's standards and a new version started from the current one.
 */
package uk.hearth.web.quality;
