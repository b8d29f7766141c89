package uk.hearth.competitions.application;

/** Turns the particulars of a block contract into the contract document the council and the provider keep. */
public interface BlockContractRenderer {

    /** The contract as a PDF. */
    byte[] render(ContractParticulars contract);
}
