/**
 * The Placements Data Standard v2 (Department for Education, draft of 18 July 2025): its categorical options as
 * enums with the standard's spelling, and the profile of a child's needs a placement request keeps in them.
 */
package uk.hearth.requests.domain.standard;
