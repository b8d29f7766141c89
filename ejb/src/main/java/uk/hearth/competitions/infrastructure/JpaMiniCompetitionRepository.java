package uk.hearth.competitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.competitions.domain.Clarification;
import uk.hearth.competitions.domain.CompetitionDocument;
import uk.hearth.competitions.domain.Invitation;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaMiniCompetitionRepository extends JpaVersionedRepository<MiniCompetition>
        implements MiniCompetitionRepository {

    private static final String COMPETITION_ID = "competitionId";

    public JpaMiniCompetitionRepository() {
        super(MiniCompetition.class, "The competition");
    }

    @Override
    public String nextReference(Year year) {
        return nextReference(MiniCompetition.REFERENCE_SERIES, year);
    }

    @Override
    public List<MiniCompetition> allWithLots() {
        return list(MiniCompetition.ALL);
    }

    @Override
    public MiniCompetition getForOverview(long competitionId) {
        MiniCompetition competition = getWith(MiniCompetition.WITH_QUESTIONS, competitionId);
        // Fills in the panel of the same instance: the persistence context holds one per id.
        getWith(MiniCompetition.WITH_PANEL, competitionId);
        return competition;
    }

    @Override
    public MiniCompetition getForBidders(long competitionId) {
        return getWith(MiniCompetition.FOR_BIDDERS, competitionId);
    }

    /**
     * By a query, not by id: a query's fetches fill in an instance this transaction has already loaded, where a
     * lookup by id would hand it back as it was.
     */
    private MiniCompetition getWith(String query, long competitionId) {
        return list(query, COMPETITION_ID, competitionId).stream().findFirst().orElseThrow(this::notFound);
    }

    @Override
    public List<Invitation> invitationsOf(long competitionId) {
        return query(Invitation.OF_COMPETITION, Invitation.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public List<Invitation> invitationsOfOrganisation(long organisationId) {
        return query(Invitation.OF_ORGANISATION, Invitation.class, "organisationId", organisationId)
                .setHint(LOAD_GRAPH, em.getEntityGraph(Invitation.WITH_COMPETITION)).getResultList();
    }

    @Override
    public Optional<Invitation> findInvitation(long competitionId, long organisationId) {
        return query(Invitation.FOR_COMPETITION_AND_ORGANISATION, Invitation.class, COMPETITION_ID, competitionId,
                "organisationId", organisationId).getResultStream().findFirst();
    }

    @Override
    public void addInvitation(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public List<CompetitionDocument> documentsOf(long competitionId) {
        return query(CompetitionDocument.OF_COMPETITION, CompetitionDocument.class, COMPETITION_ID, competitionId)
                .getResultList();
    }

    @Override
    public CompetitionDocument getDocument(long competitionId, long documentId) {
        return query(CompetitionDocument.OF_COMPETITION_BY_ID, CompetitionDocument.class, COMPETITION_ID, competitionId,
                "documentId", documentId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The document"));
    }

    @Override
    public void addDocument(CompetitionDocument document) {
        em.persist(document);
    }

    @Override
    public List<Clarification> clarificationsOf(long competitionId) {
        return query(Clarification.OF_COMPETITION, Clarification.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public List<Clarification> publishedClarificationsOf(long competitionId) {
        return query(Clarification.PUBLISHED, Clarification.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public Clarification getClarification(long competitionId, long clarificationId) {
        return query(Clarification.OF_COMPETITION_BY_ID, Clarification.class, COMPETITION_ID, competitionId,
                "clarificationId", clarificationId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The clarification question"));
    }

    @Override
    public void addClarification(Clarification clarification) {
        em.persist(clarification);
    }

    @Override
    protected String nameOf(MiniCompetition competition) {
        return "The competition " + competition.getReference();
    }
}
