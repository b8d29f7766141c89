package uk.hearth.quality.domain;

import java.util.List;

/** The quality frameworks, every version of each, with their standards. */
public interface QualityFrameworkRepository {

    /** Every version with its standards: by kind of setting, the newest version first. */
    List<QualityFramework> all();

    /** The highest version number of a kind of setting, 0 when it has none. */
    int latestVersion(SettingKind kind);

    void add(QualityFramework framework);
}
