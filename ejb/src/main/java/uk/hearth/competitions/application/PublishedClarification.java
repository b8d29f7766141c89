package uk.hearth.competitions.application;

import java.time.Instant;

/** A clarification as every invited provider sees it: the question and the answer, never who asked. */
public record PublishedClarification(long id, String question, String answer, Instant answeredAt) {
}
