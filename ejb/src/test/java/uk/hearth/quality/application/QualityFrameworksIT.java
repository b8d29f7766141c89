package uk.hearth.quality.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.quality.domain.QualityFramework;
import uk.hearth.quality.domain.QualityStandard;
import uk.hearth.quality.domain.SettingKind;
import uk.hearth.shared.BusinessException;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.Samples;

/**
 * The quality frameworks as reference data: the regulations' standards are there from the first start, and an
 * administrator adds a version without a change of code, the versions before it kept.
 */
@ExtendWith(ArquillianExtension.class)
class QualityFrameworksIT {

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private QualityFrameworks frameworks;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsProvider asProvider;

    @Test
    void theRegulationsStandardsAreThereFromTheStart() throws Exception {
        List<QualityFramework> all = asContractManager.call(frameworks::all);
        QualityFramework homes = first(all, SettingKind.CHILDRENS_HOME, 1);
        assertEquals(9, homes.getStandards().size());
        assertEquals("The quality and purpose of care", homes.getStandards().get(0).title());
        assertEquals("Care planning", homes.getStandards().get(8).title());
        assertEquals(List.of("Leadership and management", "Accommodation", "Protection", "Support"),
                first(all, SettingKind.SUPPORTED_ACCOMMODATION, 1).getStandards().stream().map(QualityStandard::title).toList());
        assertTrue(first(all, SettingKind.FOSTERING, 1).getStandards().size() >= 3);
    }

    @Test
    void anAdministratorAddsAVersionAndTheOneBeforeIsKept() throws Exception {
        String name = "Fostering framework " + Samples.unique();
        QualityFramework added = asAdmin.call(() -> frameworks.addVersion(SettingKind.FOSTERING, name,
                "The Fostering Services National Minimum Standards (2011), standards 1 to 6.",
                "Safeguarding: children are kept safe\n\n  Matching and stability  \nSupport for carers: supervision monthly"));

        assertTrue(added.getFrameworkVersion() >= 2);
        assertEquals(List.of(new QualityStandard("Safeguarding", "children are kept safe"),
                new QualityStandard("Matching and stability", null),
                new QualityStandard("Support for carers", "supervision monthly")), added.getStandards());
        FrameworkVersions versions = asContractManager.call(frameworks::versions);
        List<QualityFramework> current = versions.current().stream().filter(f -> f.getSettingKind() == SettingKind.FOSTERING).toList();
        assertEquals(List.of(name), current.stream().map(QualityFramework::getName).toList());
        assertTrue(versions.earlier().stream().noneMatch(f -> f.getId().equals(added.getId())));
        assertTrue(versions.earlier().stream().anyMatch(f -> f.getSettingKind() == SettingKind.FOSTERING && f.getFrameworkVersion() == 1));
        // The first version stays as it was, for the visits recorded against it.
        assertEquals(5, first(asContractManager.call(frameworks::all), SettingKind.FOSTERING, 1).getStandards().size());
    }

    @Test
    void aVersionNeedsStandardsAndOnlyAnAdministratorAddsOne() {
        BusinessException none = assertThrows(BusinessException.class, () -> asAdmin.call(() -> frameworks.addVersion(
                SettingKind.CHILDRENS_HOME, "Empty " + Samples.unique(), "None.", " \n ")));
        assertEquals("standards", none.field().orElseThrow());
        assertThrows(EJBAccessException.class, () -> asContractManager.call(() -> frameworks.addVersion(
                SettingKind.CHILDRENS_HOME, "Not mine", "None.", "Education")));
        assertThrows(EJBAccessException.class, () -> asProvider.call(frameworks::all));
    }

    private static QualityFramework first(List<QualityFramework> all, SettingKind kind, int version) {
        return all.stream().filter(f -> f.getSettingKind() == kind && f.getFrameworkVersion() == version).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " version " + version));
    }
}
