package uk.hearth.quality.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.quality.domain.QualityFramework;
import uk.hearth.quality.domain.QualityFrameworkRepository;
import uk.hearth.quality.domain.QualityStandard;
import uk.hearth.quality.domain.SettingKind;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.security.Roles;

/**
 * The quality frameworks visits are recorded against: the Quality Standards of the Children's Homes (England)
 * Regulations 2015, the national standards of the Supported Accommodation (England) Regulations 2023, and the
 * council's own framework for fostering agencies. The administrator adds a new version without changing code; the
 * versions before it are kept, as visits recorded against them keep them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
public class QualityFrameworks {

    @Inject
    private QualityFrameworkRepository frameworks;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    /** Every version of every framework, by kind of setting, the newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public List<QualityFramework> all() {
        return frameworks.all();
    }

    /** From one read, the newest version of each kind of setting's framework (the one new visits use) and the rest. */
    @RolesAllowed({Roles.ADMIN, Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public FrameworkVersions versions() {
        List<QualityFramework> all = frameworks.all();
        Map<SettingKind, Integer> newest = all.stream().collect(Collectors.toMap(QualityFramework::getSettingKind,
                QualityFramework::getFrameworkVersion, Math::max));
        Map<Boolean, List<QualityFramework>> split = all.stream()
                .collect(Collectors.partitioningBy(f -> f.getFrameworkVersion() == newest.get(f.getSettingKind())));
        return new FrameworkVersions(split.get(true), split.get(false));
    }

    /** A new version of a kind of setting's framework, its standards written one a line ("Title: what it covers"). */
    @RolesAllowed(Roles.ADMIN)
    public QualityFramework addVersion(@NotNull(message = "Choose the kind of setting") SettingKind kind,
            @NotBlank(message = "Give the framework a name")
            @Size(max = QualityFramework.NAME, message = "Keep the name to 200 characters") String name,
            @NotBlank(message = "Say which regulations or guidance the standards come from")
            @Size(max = Lengths.REASON, message = "Keep the basis to 2,000 characters") String basis,
            String standards) {
        List<QualityStandard> parsed = QualityStandard.fromLines(standards);
        QualityFramework framework = new QualityFramework(kind, frameworks.latestVersion(kind) + 1, name.strip(),
                basis.strip(), parsed, callers.act());
        frameworks.add(framework);
        audit.record("quality-framework.added", "QualityFramework", framework.getId(), kind.label() + ": version "
                + framework.getFrameworkVersion() + ", ‘" + framework.getName() + "’, " + parsed.size() + " standards");
        return framework;
    }
}
