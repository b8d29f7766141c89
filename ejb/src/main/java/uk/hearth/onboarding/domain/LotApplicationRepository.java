package uk.hearth.onboarding.domain;

import java.util.List;
import uk.hearth.shared.domain.VersionedRepository;

/** Providers' applications to join lots. */
public interface LotApplicationRepository extends VersionedRepository<LotApplication> {

    /**
     * The application with everything its page shows: organisation, lot, questionnaire with its sections and
     * questions, answers with their documents, offered homes with their lots, evaluations and clarifications.
     */
    LotApplication getWhole(long applicationId);

    /** The organisation's applications with their lots, newest first. */
    List<LotApplication> ofOrganisation(long organisationId);

    /** Whether the organisation has an application to the lot that was not rejected. */
    boolean hasOpenApplication(long organisationId, long lotId);

    /**
     * Counts a change to the application's parts (a section's evaluation) as a change to the application itself,
     * which its own columns would not show, so a commissioner working from a stale view is refused.
     */
    void countAsChanged(LotApplication application);

    /** Applications awaiting a decision, with organisation and lot, the soonest due first. */
    List<LotApplication> awaitingDecision();
}
