package uk.hearth.requests.domain.standard;

/**
 * An option of a categorical field of the Placements Data Standard v2. {@link #standardValue()} is the standard's
 * own spelling, used in exports; {@link #label()} is the plain English the pages show.
 */
public interface StandardOption {

    String standardValue();

    default String label() {
        return standardValue();
    }
}
