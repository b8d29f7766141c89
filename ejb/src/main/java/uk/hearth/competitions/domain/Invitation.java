package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.hearth.organisations.domain.Organisation;

/** A provider invited to bid, decided once at publication: every admitted, unsuspended member of the lot. */
@Entity
@Table(name = "competition_invitation")
@NamedQuery(name = Invitation.OF_ORGANISATION,
        query = "select i from Invitation i where i.organisation.id = :organisationId order by i.invitedAt desc")
@NamedEntityGraph(name = Invitation.WITH_COMPETITION,
        attributeNodes = @NamedAttributeNode(value = "competition", subgraph = "competition"),
        subgraphs = @NamedSubgraph(name = "competition", attributeNodes = @NamedAttributeNode("lot")))
@NamedQuery(name = Invitation.FOR_COMPETITION_AND_ORGANISATION, query = "select i from Invitation i join fetch i.competition"
        + " where i.competition.id = :competitionId and i.organisation.id = :organisationId")
@NamedQuery(name = Invitation.OF_COMPETITION,
        query = "select i from Invitation i join fetch i.organisation where i.competition.id = :competitionId"
                + " order by i.organisation.legalName")
public class Invitation extends CompetitionPart {

    public static final String OF_ORGANISATION = "Invitation.ofOrganisation";
    /** Fetch plan: the provider's list of invitations shows each competition with its lot. */
    public static final String WITH_COMPETITION = "Invitation.withCompetition";
    public static final String FOR_COMPETITION_AND_ORGANISATION = "Invitation.forCompetitionAndOrganisation";
    public static final String OF_COMPETITION = "Invitation.ofCompetition";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    protected Invitation() {
    }

    public Invitation(MiniCompetition competition, Organisation organisation, Instant invitedAt) {
        super(competition);
        this.organisation = organisation;
        this.invitedAt = invitedAt;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
