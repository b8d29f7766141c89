/** Security vocabulary shared by every capability: the role names used in {@code @RolesAllowed} and web.xml. */
package uk.hearth.shared.security;
