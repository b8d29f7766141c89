package uk.hearth.competitions.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.hearth.shared.money.Money;

/**
 * Everything a bid says, which is sealed as a whole: answers by question id, the price, its breakdown and the
 * attached files. Only its owner reads it before the tender deadline; the council only after it.
 */
public record BidContents(Map<Long, String> answers, Money price, List<PriceLine> breakdown,
        List<SealedAttachment> attachments) {

    public static final int ANSWER_LENGTH = 40_000;

    public BidContents {
        answers = Map.copyOf(answers);
        breakdown = List.copyOf(breakdown);
        attachments = List.copyOf(attachments);
    }

    public static BidContents empty() {
        return new BidContents(Map.of(), null, List.of(), List.of());
    }

    /** The typed parts replaced by {@code draft}; the attachments stay. */
    public BidContents with(BidDraft draft) {
        return new BidContents(stripped(draft.answers()), Money.ofNullable(draft.price()),
                draft.breakdown().stream().map(BidDraft.Line::priced).toList(), attachments);
    }

    public BidContents withAttachment(SealedAttachment attachment) {
        return new BidContents(answers, price, breakdown,
                Stream.concat(attachments.stream(), Stream.of(attachment)).toList());
    }

    public BidContents withoutAttachment(String key) {
        return new BidContents(answers, price, breakdown, attachments.stream().filter(a -> !a.key().equals(key)).toList());
    }

    public Optional<SealedAttachment> attachment(String key) {
        return attachments.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** Words as a reader counts them: runs of characters between white space. */
    public static int wordsIn(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static Map<Long, String> stripped(Map<Long, String> answers) {
        return answers.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
    }
}
