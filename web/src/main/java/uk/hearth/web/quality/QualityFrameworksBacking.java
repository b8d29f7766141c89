package uk.hearth.web.quality;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import uk.hearth.quality.application.FrameworkVersions;
import uk.hearth.quality.application.QualityFrameworks;
import uk.hearth.quality.domain.QualityFramework;
import uk.hearth.quality.domain.QualityStandard;
import uk.hearth.quality.domain.SettingKind;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * admin/quality-frameworks.xhtml: the frameworks of standards visits are rated against, every version, and a new
 * version of one, started from the current one's standards.
 */
@Named
@ViewScoped
public class QualityFrameworksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QualityFrameworks frameworks;

    private transient FrameworkVersions versions;
    private SettingKind kind;
    private String name;
    private String basis;
    private String standards;

    public void load() {
        versions = frameworks.versions();
    }

    /** Fills the form with the kind's current version, so a new version starts from what is there. */
    public void startFrom(QualityFramework framework) {
        kind = framework.getSettingKind();
        name = framework.getName();
        basis = framework.getBasis();
        standards = framework.getStandards().stream().map(QualityStandard::asLine).collect(Collectors.joining("\n"));
    }

    public void add() {
        ServiceCalls.attempt(() -> frameworks.addVersion(kind, name, basis, standards)).ifPresent(added -> {
            FacesMessages.info(added.getSettingKind().label() + ": version " + added.getFrameworkVersion() + " with "
                    + added.getStandards().size() + " standards is the one new visits use. Earlier versions are kept.");
            kind = null;
            name = null;
            basis = null;
            standards = null;
            load();
        });
    }

    public List<QualityFramework> getCurrent() {
        return versions().current();
    }

    /** The versions before the current ones, kept for the visits recorded against them. */
    public List<QualityFramework> getEarlier() {
        return versions().earlier();
    }

    private FrameworkVersions versions() {
        if (versions == null) {
            load();
        }
        return versions;
    }

    public SettingKind[] getKinds() {
        return SettingKind.values();
    }

    public SettingKind getKind() {
        return kind;
    }

    public void setKind(SettingKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getStandards() {
        return standards;
    }

    public void setStandards(String standards) {
        this.standards = standards;
    }
}
