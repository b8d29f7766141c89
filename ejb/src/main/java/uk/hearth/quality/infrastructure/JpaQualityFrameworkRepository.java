package uk.hearth.quality.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.hearth.quality.domain.QualityFramework;
import uk.hearth.quality.domain.QualityFrameworkRepository;
import uk.hearth.quality.domain.SettingKind;

@ApplicationScoped
public class JpaQualityFrameworkRepository implements QualityFrameworkRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<QualityFramework> all() {
        return em.createNamedQuery(QualityFramework.ALL, QualityFramework.class).getResultList();
    }

    @Override
    public int latestVersion(SettingKind kind) {
        Integer latest = em.createNamedQuery(QualityFramework.LATEST_VERSION, Integer.class).setParameter("kind", kind)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Override
    public void add(QualityFramework framework) {
        em.persist(framework);
    }
}
