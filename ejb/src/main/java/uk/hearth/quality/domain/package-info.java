/** Quality assurance: the frameworks of standards that homes and agencies are rated against, as versioned data. */
package uk.hearth.quality.domain;
