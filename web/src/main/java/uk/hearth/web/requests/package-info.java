/**
 * Placement requests in the pages: commissioners draft and send a child's request, compare the offers, choose one or
 * close the search, and read what searches say about the market ({@code commissioner/request*.xhtml},
 * {@code council/sufficiency.xhtml}); providers read the requests sent to them, offer a home or decline, and confirm a
 * chosen offer ({@code provider/request*.xhtml}). A servlet exports agreed placements in the Placements Data
 * Standard's shape.
 */
package uk.hearth.web.requests;
