package uk.hearth.competitions.domain;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/**
 * Mini-competitions, with what hangs off each: the invitations sent at publication, the specification documents and
 * the clarification questions. Parts are reached through their competition, so an id from another competition is
 * "not found".
 */
public interface MiniCompetitionRepository extends VersionedRepository<MiniCompetition> {

    /** The next reference of the {@link MiniCompetition#REFERENCE_SERIES series}, such as MC-2026-00042. */
    String nextReference(Year year);

    /** Every competition, newest first, with its lot. */
    List<MiniCompetition> allWithLots();

    /** The competition with its lot, questions and panel: what the council's pages show. */
    MiniCompetition getForOverview(long competitionId);

    /**
     * The competition with its lot and questions, and its winning bid and contract once there are: what an invited
     * provider's page shows.
     */
    MiniCompetition getForBidders(long competitionId);

    /** Who was invited, with their organisations, by name. */
    List<Invitation> invitationsOf(long competitionId);

    /** The organisation's invitations, newest first, with each competition and its lot. */
    List<Invitation> invitationsOfOrganisation(long organisationId);

    /** The organisation's invitation to the competition, with the competition. */
    Optional<Invitation> findInvitation(long competitionId, long organisationId);

    void addInvitation(Invitation invitation);

    /** The specification documents, in the order they were added. */
    List<CompetitionDocument> documentsOf(long competitionId);

    /** @throws uk.hearth.shared.RecordNotFoundException if the competition has no such document */
    CompetitionDocument getDocument(long competitionId, long documentId);

    void addDocument(CompetitionDocument document);

    /** Every clarification question, with who asked, in the order they were asked. */
    List<Clarification> clarificationsOf(long competitionId);

    /** The answered questions, in the order they were answered. */
    List<Clarification> publishedClarificationsOf(long competitionId);

    /** @throws uk.hearth.shared.RecordNotFoundException if the competition has no such question */
    Clarification getClarification(long competitionId, long clarificationId);

    void addClarification(Clarification clarification);
}
