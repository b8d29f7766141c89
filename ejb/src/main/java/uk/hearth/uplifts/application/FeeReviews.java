package uk.hearth.uplifts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementsInLots;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.PlainText;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.export.Csv;
import uk.hearth.shared.export.Spreadsheet;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.WindowOverview;
import uk.hearth.uplifts.domain.FeeChange;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.FeeReviewWindowRepository;
import uk.hearth.uplifts.domain.LivingWageRate;
import uk.hearth.uplifts.domain.LivingWageRates;
import uk.hearth.uplifts.domain.MarketReference;
import uk.hearth.uplifts.domain.QueueEntry;
import uk.hearth.uplifts.domain.UpliftDecision;
import uk.hearth.uplifts.domain.UpliftOutcome;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftRequestRepository;
import uk.hearth.uplifts.domain.UpliftStatus;
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * The council's side of fee reviews: opening a window tells every provider with a placement in its lots; every
 * placement of those lots is in scope and listed; requests are decided within the window's working days, and an
 * approved fee takes effect from the window's effective date as a new entry of the placement's fee history, with a
 * decision letter filed for the provider and emailed.
 */
@Stateless
@RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
public class FeeReviews {

    static final List<String> DECISIONS_HEADER = List.of("window", "reference", "provider", "placement", "home", "lot",
            "kind", "status", "current_fee", "asked_fee", "approved_fee", "change_percent", "effective_from", "submitted_on",
            "decision_due", "decided_on", "decided_by", "back_pay", "reasons");

    @Inject
    private FeeReviewWindowRepository windows;

    @Inject
    private UpliftRequestRepository requests;

    @Inject
    private PlacementRepository placements;

    @Inject
    private LotRepository lots;

    @Inject
    private LivingWageRates livingWage;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private UpliftLetterRenderer letters;

    @Inject
    private CallerProfiles callers;

    @Inject
    private ProviderNotices notices;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    /** Opens the window and tells each provider with a placement in its lots, once, after the window is stored. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public FeeReviewWindow open(@NotNull @Valid WindowDetails details) {
        String name = PlainText.of(details.name()).strip();
        if (windows.findByName(name).isPresent()) {
            throw new BusinessException("name", "There is already a fee review called ‘" + name + "’.");
        }
        if (details.standardUplifts().stream().map(WindowDetails.StandardUplift::lotId).distinct().count()
                < details.standardUplifts().size()) {
            throw new BusinessException("standardUplifts", "Give each lot's standard uplift once.");
        }
        List<Lot> covered = details.standardUplifts().stream().map(u -> lots.get(u.lotId())).toList();
        FeeReviewWindow window = new FeeReviewWindow(details, covered, callers.act());
        windows.add(window);
        Map<Organisation, Long> holders = placements.holdersInLots(window.lotIds());
        long inScope = holders.values().stream().mapToLong(Long::longValue).sum();
        audit.record("fee-review.opened", "FeeReviewWindow", window.getId(), window.getName() + " opened for "
                + window.lotNames() + ", " + window.getOpensOn() + " to " + window.getClosesOn() + ": " + inScope
                + " placements of " + holders.size() + " providers in scope");
        holders.forEach((provider, theirs) -> notices.tell(provider, window.getName() + " is open", "The council has opened "
                + window.getName() + " for " + window.lotNames() + ". " + theirs
                + (theirs == 1 ? " of your placements is" : " of your placements are")
                + " in scope. Accept the standard uplift or ask for more, with a cost breakdown and evidence, from "
                + DeadlineWords.day(window.getOpensOn()) + " to " + DeadlineWords.day(window.getClosesOn()) + ". Approved fees"
                + " take effect from " + DeadlineWords.day(window.getEffectiveFrom()) + ".\n\nEvidence asked for above the"
                + " standard: " + window.getEvidenceAsked() + "\n\nCriteria: " + window.getCriteria()));
        return window;
    }

    /** Extends the window once, with a reason every provider in scope is told. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public FeeReviewWindow extend(long windowId, long versionSeen, @NotNull(message = "Enter the new closing date") LocalDate newClosesOn,
            @NotBlank(message = "Give the reason for the extension") @Size(max = Lengths.REASON, message = "Keep the reason to 2,000 characters") String reason) {
        FeeReviewWindow window = windows.getForChange(windowId, versionSeen);
        window.extend(newClosesOn, reason);
        windows.checkCurrent(window);
        audit.record("fee-review.extended", "FeeReviewWindow", window.getId(), window.getName() + " extended to "
                + newClosesOn + ": " + reason.strip());
        placements.holdersInLots(window.lotIds()).keySet()
                .forEach(provider -> notices.tell(provider, window.getName() + " is extended", window.getName()
                        + " now closes on " + DeadlineWords.day(newClosesOn) + ". The council's reason: " + reason.strip()));
        return window;
    }

    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public List<FeeReviewWindow> windows() {
        return windows.all();
    }

    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public WindowOverview overview(long windowId) {
        FeeReviewWindow window = windows.getWithLots(windowId);
        PlacementsInLots inScope = placements.countInLots(window.lotIds(), window.getOpensOn());
        return new WindowOverview(window, inScope, requests.countByStatus(windowId), requests.standardWaiting(windowId).size(),
                window.isOpenOn(clock.today()));
    }

    /** Every placement of the window's lots, by provider, with the answer given for it so far. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public List<AgreementInScope> scope(long windowId) {
        FeeReviewWindow window = windows.getWithLots(windowId);
        List<UpliftRequest> answered = requests.ofWindow(windowId);
        return FeeReviewScope.of(window, placements.inLots(window.lotIds()), answered);
    }

    /** One page of the decision queue: requests waiting first, the soonest due first; drafts are not the council's. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public List<QueueEntry> queue(long windowId, int first, int pageSize) {
        return requests.queue(windowId, first, pageSize);
    }

    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public long countQueue(long windowId) {
        return requests.countQueue(windowId);
    }

    /** A submitted request with what the decision weighs; a draft is the provider's own and "not found" here. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public UpliftCase request(long requestId) {
        UpliftRequest request = requests.findWhole(requestId).filter(r -> r.getStatus() != UpliftStatus.DRAFT)
                .orElseThrow(() -> new RecordNotFoundException("The uplift request"));
        return caseOf(request, placements, livingWage, clock.today());
    }

    /** The case of any request, for either side: market reference from Hearth's own placements of the same kind. */
    static UpliftCase caseOf(UpliftRequest request, PlacementRepository placements, LivingWageRates livingWage, LocalDate today) {
        Placement placement = request.getPlacement();
        var lot = placement.getRequest().getLot();
        var kind = placement.getRequest().getSubCategory();
        LocalDate opens = request.getWindow().getOpensOn();
        List<Money> fees = placements.ofKind(lot.getId(), kind == null ? null : kind.getId()).stream()
                .map(p -> p.weeklyFeeOn(opens)).toList();
        // The rise in force by the effective date: the latest rate then, against the one before it.
        Optional<LivingWageRate> latest = livingWage.inForceOn(request.getWindow().getEffectiveFrom());
        Optional<Money> after = latest.map(LivingWageRate::getHourlyRate);
        Optional<Money> before = latest.flatMap(livingWage::before).map(LivingWageRate::getHourlyRate);
        Optional<Money> effect = before.flatMap(b -> after.flatMap(a -> request.getBreakdown().livingWageEffect(b, a)));
        return new UpliftCase(request, lot.rateBandWords(), MarketReference.of(fees), effect, before, after,
                request.isOverdueOn(today));
    }

    /**
     * Decides a submitted request. An approved or part-approved fee becomes the placement's fee from the effective
     * date; the letter (old and new fee, effective date, back pay, reasons) is filed for the provider and emailed.
     */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public UpliftRequest decide(long requestId, long versionSeen, @NotNull @Valid UpliftDecision decision) {
        UpliftRequest request = submitted(requestId, versionSeen);
        decideOne(request, decision);
        requests.checkCurrent(request);
        return request;
    }

    /**
     * Asks the provider a question about a request; with {@code pauseClock} the decision date moves on by the working
     * days the answer takes, and the reason for pausing is recorded.
     */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public UpliftRequest askClarification(long requestId, long versionSeen,
            @NotBlank(message = "Write the question for the provider") @Size(max = Lengths.REASON, message = "Keep the question to 2,000 characters") String question,
            boolean pauseClock) {
        UpliftRequest request = submitted(requestId, versionSeen);
        request.askClarification(question, pauseClock, callers.act());
        requests.checkCurrent(request);
        audit.record("uplift.clarification-asked", "UpliftRequest", request.getId(), request.getReference()
                + ": clarification asked" + (pauseClock ? ", decision clock paused" : ", decision clock running"));
        notices.tell(request.getOrganisation(), "question about fee uplift request " + request.getReference(),
                "The council asks about your request " + request.getReference() + ":\n\n" + request.getClarificationQuestion()
                        + "\n\nAnswer it on the request's page in Hearth."
                        + (pauseClock ? " The decision date moves on by the working days your answer takes." : ""));
        return request;
    }

    /**
     * The review a provider asked for, decided by an officer other than the one who decided first; the outcome is
     * final, sets the fee from the effective date again where it changes, and is lettered.
     */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public UpliftRequest review(long requestId, long versionSeen, @NotNull @Valid UpliftDecision decision) {
        UpliftRequest request = submitted(requestId, versionSeen);
        Money before = request.getFirstApprovedFee() == null ? request.getCurrentFee() : request.getFirstApprovedFee();
        var decided = callers.act();
        request.decideReview(decision, decided, clock.today());
        Money after = request.getApprovedFee() == null ? request.getCurrentFee() : request.getApprovedFee();
        Placement placement = placements.findWithTerms(request.getPlacement().getId()).orElseThrow();
        if (!after.equals(before)) {
            placement.changeFee(after, request.getWindow().getEffectiveFrom(), request.getWindow().getName() + " review ("
                    + request.getReference() + ")", decided.at());
        }
        letter(request, placement, decided, "review");
        requests.checkCurrent(request);
        return request;
    }

    /** Approves every standard acceptance of the window waiting for a decision, each with its own letter. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public int approveStandardAcceptances(long windowId) {
        List<UpliftRequest> waiting = requests.standardWaiting(windowId);
        UpliftDecision approve = new UpliftDecision(UpliftOutcome.APPROVE, null, "The council's standard uplift.");
        waiting.forEach(r -> decideOne(r, approve));
        audit.record("fee-review.standard-approved", "FeeReviewWindow", windowId, waiting.size()
                + " standard uplift acceptances approved together");
        return waiting.size();
    }

    /** A request the council may act on: a draft is the provider's own and "not found" here. */
    private UpliftRequest submitted(long requestId, long versionSeen) {
        UpliftRequest request = requests.getForChange(requestId, versionSeen);
        if (request.getStatus() == UpliftStatus.DRAFT) {
            throw new RecordNotFoundException("The uplift request");
        }
        return request;
    }

    private void decideOne(UpliftRequest request, UpliftDecision decision) {
        FeeReviewWindow window = request.getWindow();
        var decided = callers.act();
        request.decide(decision, decided, clock.today());
        Placement placement = placements.findWithTerms(request.getPlacement().getId()).orElseThrow();
        if (request.getApprovedFee() != null) {
            placement.changeFee(request.getApprovedFee(), window.getEffectiveFrom(), window.getName() + " ("
                    + request.getReference() + ")", decided.at());
        }
        letter(request, placement, decided, "decision");
    }

    /** The letter of a decision or a review's outcome, filed for the provider, emailed, and the act audited. */
    private void letter(UpliftRequest request, Placement placement, Act decided, String what) {
        FeeReviewWindow window = request.getWindow();
        LocalDate decidedOn = decided.at().atZone(HearthClock.LONDON).toLocalDate();
        Organisation provider = request.getOrganisation();
        byte[] pdf = letters.render(new UpliftLetter(request.getReference(), councilName(decided.username()),
                provider.getLegalName(), window.getName(), placement.getReference(), placement.getHome().getName(),
                request.getStatus().label(), request.getCurrentFee(), request.askedFee(), request.getApprovedFee(),
                window.getEffectiveFrom(), request.getBackPay(), request.getDecisionReasons(), decidedOn,
                decided.username(), request.isReviewed(), DynamicPurchasingSystem.NAME));
        ProviderDocument letter = documents.fileGenerated(provider, DocumentCategory.FEE_UPLIFT_DECISION,
                "fee-uplift-" + what + "-" + request.getReference() + ".pdf", pdf);
        request.fileLetter(letter);
        audit.record(request.isReviewed() ? "uplift.reviewed" : "uplift.decided", "UpliftRequest", request.getId(),
                request.getReference() + (request.isReviewed() ? " reviewed" : "") + " for "
                + placement.getReference() + ": " + request.getStatus().label().toLowerCase()
                + (request.getApprovedFee() == null ? "" : ", " + request.getApprovedFee() + " a week from "
                + window.getEffectiveFrom() + ", back pay " + request.getBackPay()));
        notices.tell(provider, what + " on fee uplift request " + request.getReference(), "The council has decided "
                + (request.isReviewed() ? "the review of " : "") + "your request " + request.getReference() + " for placement " + placement.getReference() + ": "
                + request.getStatus().label().toLowerCase() + ". The decision letter is attached and kept with your documents"
                + " in Hearth.", Notification.Attachment.of(letter.getFile(), pdf));
    }

    private String councilName(String username) {
        return organisations.findMember(username).map(OrganisationMember::getOrganisation).map(Organisation::getLegalName)
                .orElse("The council");
    }

    /** Every decided and waiting request of the window as CSV, for finance. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public String decisionsCsv(long windowId) {
        return Csv.of(Stream.concat(Stream.of(DECISIONS_HEADER), decisionRows(windowId).stream().map(Spreadsheet::asText)));
    }

    /** The same as an XLSX workbook, amounts as numbers and days as dates. */
    @RolesAllowed({Roles.CONTRACT_MANAGER, Roles.COMMISSIONER})
    public byte[] decisionsWorkbook(long windowId) {
        return Spreadsheet.of("Decisions", DECISIONS_HEADER, decisionRows(windowId));
    }

    private List<List<Object>> decisionRows(long windowId) {
        FeeReviewWindow window = windows.getWithLots(windowId);
        return requests.ofWindow(windowId).stream().map(r -> Arrays.<Object>asList(
                window.getName(), r.getReference(), r.getOrganisation().getLegalName(), r.getPlacement().getReference(),
                r.getPlacement().getHome().getName(), r.getPlacement().getRequest().getLot().getName(), r.getKind().label(),
                r.getStatus().label(), amount(r.getCurrentFee()), amount(r.askedFee()), amount(r.getApprovedFee()),
                r.getApprovedFee() == null ? null : new FeeChange(r.getCurrentFee(), r.getApprovedFee()).percent(),
                window.getEffectiveFrom(), day(r.getSubmitted()), r.getDecisionDue(), day(r.getDecided()),
                r.getDecided() == null ? null : r.getDecided().username(), amount(r.getBackPay()), r.getDecisionReasons()))
                .toList();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static LocalDate day(Act act) {
        return act == null ? null : act.at().atZone(HearthClock.LONDON).toLocalDate();
    }
}
