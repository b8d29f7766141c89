package uk.hearth.lots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.List;

/** A category of the dynamic purchasing system that providers apply to join. */
@Entity
@Table(name = "lot")
@NamedQuery(name = Lot.ALL_WITH_SUB_CATEGORIES,
        query = "select distinct l from Lot l left join fetch l.subCategories order by l.sortOrder")
public class Lot {

    public static final String ALL_WITH_SUB_CATEGORIES = "Lot.allWithSubCategories";
    public static final int SUMMARY_LENGTH = 1000;

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "lot")
    @OrderBy("sortOrder")
    private List<LotSubCategory> subCategories;

    @Version
    private long version;

    protected Lot() {
    }

    public void describe(String newSummary) {
        this.summary = newSummary.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public List<LotSubCategory> getSubCategories() {
        return Collections.unmodifiableList(subCategories);
    }

    public long getVersion() {
        return version;
    }
}
