package uk.hearth.onboarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import uk.hearth.lots.domain.Lot;

/**
 * The selection questionnaire of a lot. Versions are never edited once published: an application keeps the
 * version it was started on, so the council evaluates exactly what the provider was asked.
 */
@Entity
@Table(name = "questionnaire")
@NamedQuery(name = Questionnaire.LATEST_FOR_LOT,
        query = "select q from Questionnaire q where q.lot.id = :lotId order by q.version desc")
public class Questionnaire {

    public static final String LATEST_FOR_LOT = "Questionnaire.latestForLot";

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @Column(nullable = false)
    private int version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @OneToMany(mappedBy = "questionnaire")
    @OrderBy("sortOrder")
    private List<QuestionnaireSection> sections;

    protected Questionnaire() {
    }

    public Long getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public int getVersion() {
        return version;
    }

    public List<QuestionnaireSection> getSections() {
        return List.copyOf(sections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.getQuestions().stream());
    }
}
