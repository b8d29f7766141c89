package uk.hearth.quality.application;

import java.util.List;
import uk.hearth.quality.domain.QualityFramework;

/**
 * The frameworks split as visits use them: the newest version of each kind of setting, and the versions before,
 * kept for the visits recorded against them.
 */
public record FrameworkVersions(List<QualityFramework> current, List<QualityFramework> earlier) {
}
