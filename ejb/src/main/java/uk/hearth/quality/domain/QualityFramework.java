package uk.hearth.quality.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;

/**
 * A version of the standards one kind of setting is rated against. Versions are added, never changed: a visit
 * keeps the version it was recorded against, and the newest is the one new visits use.
 */
@Entity
@Table(name = "quality_framework")
@NamedQuery(name = QualityFramework.ALL, query = "select distinct f from QualityFramework f left join fetch f.standards"
        + " order by f.settingKind, f.frameworkVersion desc")
@NamedQuery(name = QualityFramework.LATEST_VERSION,
        query = "select max(f.frameworkVersion) from QualityFramework f where f.settingKind = :kind")
public class QualityFramework {

    public static final String ALL = "QualityFramework.all";
    public static final String LATEST_VERSION = "QualityFramework.latestVersion";
    public static final int NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_kind", nullable = false, length = 40)
    private SettingKind settingKind;

    @Column(name = "framework_version", nullable = false)
    private int frameworkVersion;

    @Column(nullable = false, length = NAME)
    private String name;

    /** The regulations or guidance the standards come from. */
    @Column(nullable = false, length = Lengths.REASON)
    private String basis;

    @ElementCollection
    @CollectionTable(name = "quality_standard", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    private List<QualityStandard> standards = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "added_by"))
    @AttributeOverride(name = "at", column = @Column(name = "added_at"))
    private Act added;

    protected QualityFramework() {
    }

    public QualityFramework(SettingKind settingKind, int frameworkVersion, String name, String basis,
            List<QualityStandard> standards, Act added) {
        this.settingKind = settingKind;
        this.frameworkVersion = frameworkVersion;
        this.name = name;
        this.basis = basis;
        this.standards = new ArrayList<>(standards);
        this.added = added;
    }

    public Long getId() {
        return id;
    }

    public SettingKind getSettingKind() {
        return settingKind;
    }

    public int getFrameworkVersion() {
        return frameworkVersion;
    }

    public String getName() {
        return name;
    }

    public String getBasis() {
        return basis;
    }

    public List<QualityStandard> getStandards() {
        return List.copyOf(standards);
    }

    public Act getAdded() {
        return added;
    }
}
