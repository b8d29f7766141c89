package uk.hearth.shared;

/** The name every letter and agreement gives the dynamic purchasing system it is issued under. */
public final class DynamicPurchasingSystem {

    public static final String NAME = "Hearth dynamic purchasing system for children's placements";
    /** Its identifier in open data, the root of its Open Contracting ID that each competition names as its framework. */
    public static final String ID = "hearth-dps";

    private DynamicPurchasingSystem() {
    }
}
