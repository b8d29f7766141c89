/** Quality assurance's services: the versioned frameworks of standards (visits, actions and returns come next). */
package uk.hearth.quality.application;
