package uk.hearth.uplifts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;

/** A question the council asked about a request, and the provider's answer, before it asked another. */
@Embeddable
public record EarlierClarification(
        @Column(name = "question", length = Lengths.REASON, nullable = false) String question,
        Act asked,
        @Column(name = "clock_paused", nullable = false) boolean clockPaused,
        @Column(name = "answer", length = Lengths.TEXT) String answer,
        Act answered) {
}
