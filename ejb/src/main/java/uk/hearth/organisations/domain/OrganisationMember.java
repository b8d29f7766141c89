package uk.hearth.organisations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * Links a Keycloak user (by user name) to the one organisation they act for. An organisation's administrator, at
 * first the person who registered it, invites the others.
 */
@Entity
@Table(name = "organisation_member")
@NamedQuery(name = OrganisationMember.BY_USERNAME,
        query = "select m from OrganisationMember m join fetch m.organisation where m.username = :username")
@NamedQuery(name = OrganisationMember.OF_ORGANISATION,
        query = "select m from OrganisationMember m where m.organisation.id = :organisationId"
                + " order by m.organisationAdmin desc, m.username")
public class OrganisationMember {

    public static final String BY_USERNAME = "OrganisationMember.byUsername";
    public static final String OF_ORGANISATION = "OrganisationMember.ofOrganisation";
    public static final int USERNAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "organisation_admin", nullable = false)
    private boolean organisationAdmin;

    @Version
    private long version;

    protected OrganisationMember() {
    }

    public OrganisationMember(String username, Organisation organisation) {
        this(username, organisation, false);
    }

    public OrganisationMember(String username, Organisation organisation, boolean organisationAdmin) {
        this.username = Objects.requireNonNull(username);
        this.organisation = Objects.requireNonNull(organisation);
        this.organisationAdmin = organisationAdmin;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** Whether this user administers the organisation's Hearth accounts, and so may invite colleagues. */
    public boolean isOrganisationAdmin() {
        return organisationAdmin;
    }
}
