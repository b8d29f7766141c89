package uk.hearth.quality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;

/** One standard of a framework: what a visit rates, in the framework's own words. */
@Embeddable
public record QualityStandard(
        @Column(name = "title", length = QualityStandard.TITLE, nullable = false) String title,
        @Column(name = "summary", length = Lengths.REASON) String summary) {

    public static final int TITLE = 200;

    /**
     * The standards written one a line, as the administrator types them: a title, then optionally a colon and what it
     * covers ("Education: children make progress…"). Blank lines are left out; at least one standard is needed.
     */
    public static List<QualityStandard> fromLines(String text) {
        List<QualityStandard> standards = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String title = (colon < 0 ? trimmed : trimmed.substring(0, colon)).strip();
            String summary = colon < 0 ? null : trimmed.substring(colon + 1).strip();
            int number = standards.size() + 1;
            if (title.isEmpty()) {
                throw new BusinessException("standards", "Standard " + number + " has no title before its colon.");
            }
            if (title.length() > TITLE) {
                throw new BusinessException("standards", "Keep the title of standard " + number + " to " + TITLE + " characters.");
            }
            if (summary != null && summary.length() > Lengths.REASON) {
                throw new BusinessException("standards", "Keep what standard " + number + " covers to 2,000 characters.");
            }
            standards.add(new QualityStandard(title, summary == null || summary.isEmpty() ? null : summary));
        }
        if (standards.isEmpty()) {
            throw new BusinessException("standards", "Write the standards, one a line.");
        }
        return standards;
    }

    /** The line {@link #fromLines} reads back to this standard. */
    public String asLine() {
        return summary == null ? title : title + ": " + summary;
    }
}
