package uk.hearth.onboarding.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the letter telling a provider it has been admitted to a lot says.
 *
 * @param reference               the admission's reference, such as {@code ADM-2026-0007}
 * @param councilName             the contracting authority, which signs the letter
 * @param organisationLegalName   the admitted organisation as registered
 * @param organisationTradingName the name it trades under, or null
 * @param organisationAddress     its postal address, one line per line, or null
 * @param lotName                 the lot it is admitted to
 * @param admittedOn              the day admission takes effect, which is also the letter's date
 * @param conditions              any conditions attached to the admission, in order; may be empty
 * @param signedBy                the commissioner who decided the admission
 * @param dpsName                 the dynamic purchasing system, named in every page's footer
 */
public record AdmissionLetter(String reference, String councilName, String organisationLegalName,
        String organisationTradingName, String organisationAddress, String lotName, LocalDate admittedOn,
        List<String> conditions, String signedBy, String dpsName) {

    public AdmissionLetter {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(organisationLegalName, "organisationLegalName");
        Objects.requireNonNull(lotName, "lotName");
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(dpsName, "dpsName");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
