package uk.hearth.competitions.application;

import uk.hearth.competitions.domain.ContractUnit;

/** What a block contract buys in bulk: a number of beds held for the council, or hours of support a week. */
public enum BlockContractType {

    BLOCK_BEDS("Block beds", "bed", "beds"),
    BLOCK_HOURS("Block hours", "hour a week", "hours a week");

    private final String label;
    private final String unit;
    private final String units;

    BlockContractType(String label, String unit, String units) {
        this.label = label;
        this.unit = unit;
        this.units = units;
    }

    /** The type of a competition's contract, from what it buys. */
    public static BlockContractType of(ContractUnit unit) {
        return switch (unit) {
            case BEDS -> BLOCK_BEDS;
            case HOURS -> BLOCK_HOURS;
        };
    }

    /** Such as "Block beds". */
    public String label() {
        return label;
    }

    /** What one of the quantity is, such as "bed". */
    public String unit() {
        return unit;
    }

    /** What several are, such as "beds". */
    public String units() {
        return units;
    }
}
