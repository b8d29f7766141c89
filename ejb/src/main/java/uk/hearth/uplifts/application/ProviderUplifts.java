package uk.hearth.uplifts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.AgreementInScope;
import uk.hearth.uplifts.application.ProviderFeeReview;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.FeeReviewWindowRepository;
import uk.hearth.uplifts.domain.LivingWageRates;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftRequestRepository;
import uk.hearth.uplifts.domain.UpliftStatus;

/**
 * The provider's side of fee reviews: its own placements in an open window, answered in bulk (the standard uplift)
 * or one by one (more asked for, with a breakdown and evidence). Another organisation's placement or request is
 * "not found", whatever its id; nothing is taken before a window opens or after it closes, by the server's clock.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderUplifts {

    @Inject
    private FeeReviewWindowRepository windows;

    @Inject
    private UpliftRequestRepository requests;

    @Inject
    private PlacementRepository placements;

    @Inject
    private LivingWageRates livingWage;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    /** The windows that cover at least one of the organisation's placements, the latest first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<FeeReviewWindow> windows() {
        Set<Long> myLots = new HashSet<>();
        placements.ofOrganisation(callers.requireOrganisation().getId())
                .forEach(p -> myLots.add(p.getRequest().getLot().getId()));
        return windows.all().stream().filter(w -> w.lotIds().stream().anyMatch(myLots::contains)).toList();
    }

    /** The organisation's placements the window covers, with its answer for each so far. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderFeeReview review(long windowId) {
        FeeReviewWindow window = windows.getWithLots(windowId);
        long mine = callers.requireOrganisation().getId();
        List<AgreementInScope> scope = FeeReviewScope.of(window, placements.ofOrganisationInLots(mine, window.lotIds()),
                requests.ofOrganisation(windowId, mine));
        if (scope.isEmpty()) {
            throw new RecordNotFoundException("The fee review");
        }
        return new ProviderFeeReview(window, scope);
    }

    /** Accepts the standard uplift for each placement named, in one action; each must be unanswered. */
    @RolesAllowed(Roles.PROVIDER)
    public List<UpliftRequest> acceptStandard(long windowId, @NotEmpty(message = "Choose the placements to accept the standard uplift for") List<@NotNull Long> placementIds) {
        FeeReviewWindow window = openWindow(windowId);
        List<UpliftRequest> accepted = new ArrayList<>();
        for (long placementId : Set.copyOf(placementIds)) {
            Placement placement = unanswered(window, placementId);
            UpliftRequest request = UpliftRequest.acceptingStandard(requests.nextReference(Year.from(clock.today())), window,
                    placement, placement.weeklyFeeOn(window.getOpensOn()), callers.act());
            requests.add(request);
            audit.record("uplift.standard-accepted", "UpliftRequest", request.getId(), request.getReference() + ": "
                    + placement.getOrganisation().getLegalName() + " accepted the standard uplift for " + placement.getReference()
                    + " in " + window.getName());
            accepted.add(request);
        }
        return accepted;
    }

    /** Starts a draft asking for more than the standard uplift for one placement. */
    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest askForMore(long windowId, long placementId) {
        FeeReviewWindow window = openWindow(windowId);
        Placement placement = unanswered(window, placementId);
        UpliftRequest request = UpliftRequest.askingMore(requests.nextReference(Year.from(clock.today())), window, placement,
                placement.weeklyFeeOn(window.getOpensOn()), callers.act());
        requests.add(request);
        audit.record("uplift.drafted", "UpliftRequest", request.getId(), request.getReference() + " drafted for "
                + placement.getReference() + " in " + window.getName());
        return request;
    }

    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest saveDraft(long requestId, long versionSeen, @NotNull @Valid AboveStandardDetails details) {
        UpliftRequest request = mineForChange(requestId, versionSeen);
        request.getWindow().requireOpenOn(clock.today());
        request.saveDraft(details);
        requests.checkCurrent(request);
        audit.record("uplift.draft-saved", "UpliftRequest", request.getId(), request.getReference() + " draft saved");
        return request;
    }

    /** Adds evidence (accounts, payroll summary, rota): checked and filed as the organisation's documents are. */
    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest addEvidence(long requestId, String fileName, @NotNull byte[] content) {
        UpliftRequest request = mine(requestId);
        request.getWindow().requireOpenOn(clock.today());
        if (request.getStatus() != UpliftStatus.DRAFT) {
            throw new WrongStateException(request.getReference() + " has been submitted: it can no longer be changed.");
        }
        ProviderDocument document = documents.upload(fileName, content, DocumentCategory.FEE_UPLIFT_EVIDENCE,
                request.getReference(), null);
        request.addEvidence(document);
        audit.record("uplift.evidence-added", "UpliftRequest", request.getId(), request.getReference() + ": ‘"
                + document.getFile().fileName() + "’ added as evidence");
        return request;
    }

    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest removeEvidence(long requestId, long documentId) {
        UpliftRequest request = mine(requestId);
        request.removeEvidence(documentId);
        audit.record("uplift.evidence-removed", "UpliftRequest", request.getId(), request.getReference()
                + ": a piece of evidence removed");
        return request;
    }

    /** Submits the draft, complete, while the window is open: the decision clock starts today. */
    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest submit(long requestId, long versionSeen) {
        UpliftRequest request = mineForChange(requestId, versionSeen);
        request.getWindow().requireOpenOn(clock.today());
        request.submit(callers.act());
        requests.checkCurrent(request);
        audit.record("uplift.submitted", "UpliftRequest", request.getId(), request.getReference() + " submitted, "
                + request.getProposedFee() + " a week asked for " + request.getPlacement().getReference()
                + "; decision due " + request.getDecisionDue());
        return request;
    }

    /** A draft not wanted any more: gone, so the placement can be answered afresh. */
    @RolesAllowed(Roles.PROVIDER)
    public void discard(long requestId, long versionSeen) {
        UpliftRequest request = mineForChange(requestId, versionSeen);
        if (request.getStatus() != UpliftStatus.DRAFT) {
            throw new WrongStateException(request.getReference() + " has been submitted: it can no longer be discarded.");
        }
        audit.record("uplift.discarded", "UpliftRequest", request.getId(), request.getReference() + " draft discarded");
        requests.remove(request);
    }

    /** Answers the council's question on one of the organisation's requests. */
    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest answerClarification(long requestId, long versionSeen,
            @NotBlank(message = "Write your answer to the council's question") @Size(max = Lengths.TEXT, message = "Keep the answer to 4,000 characters") String answer) {
        UpliftRequest request = mineForChange(requestId, versionSeen);
        request.answerClarification(answer, callers.act());
        requests.checkCurrent(request);
        audit.record("uplift.clarification-answered", "UpliftRequest", request.getId(), request.getReference()
                + ": the provider answered the council's question; decision due " + request.getDecisionDue());
        return request;
    }

    /** Asks once, with reasons, within 10 working days of the decision, for another officer to review it. */
    @RolesAllowed(Roles.PROVIDER)
    public UpliftRequest askForReview(long requestId, long versionSeen,
            @NotBlank(message = "Say why the decision should be reviewed") @Size(max = Lengths.TEXT, message = "Keep the reasons to 4,000 characters") String reasons) {
        UpliftRequest request = mineForChange(requestId, versionSeen);
        request.askForReview(reasons, callers.act(), clock.today());
        requests.checkCurrent(request);
        audit.record("uplift.review-asked", "UpliftRequest", request.getId(), request.getReference()
                + ": review of the decision asked for; due " + request.getDecisionDue());
        return request;
    }

    @RolesAllowed(Roles.PROVIDER)
    public UpliftCase request(long requestId) {
        UpliftRequest request = requests.findWhole(requestId).filter(this::isMine)
                .orElseThrow(() -> new RecordNotFoundException("The uplift request"));
        return FeeReviews.caseOf(request, placements, livingWage, clock.today());
    }

    @RolesAllowed(Roles.PROVIDER)
    public List<UpliftRequest> myRequests() {
        return requests.ofOrganisation(callers.requireOrganisation().getId());
    }

    /** The organisation's placements, the latest first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<Placement> myPlacements() {
        return placements.ofOrganisation(callers.requireOrganisation().getId());
    }

    /** One of the organisation's placements with its fee history. */
    @RolesAllowed(Roles.PROVIDER)
    public Placement placement(long placementId) {
        Organisation mine = callers.requireOrganisation();
        return placements.findWithTerms(placementId).filter(p -> p.getOrganisation().getId().equals(mine.getId()))
                .orElseThrow(() -> new RecordNotFoundException("The placement"));
    }

    private FeeReviewWindow openWindow(long windowId) {
        FeeReviewWindow window = windows.getWithLots(windowId);
        window.requireOpenOn(clock.today());
        return window;
    }

    /** One of the caller's placements in the window's lots with no answer yet. */
    private Placement unanswered(FeeReviewWindow window, long placementId) {
        Organisation mine = callers.requireOrganisation();
        Placement placement = placements.findWithTerms(placementId)
                .filter(p -> p.getOrganisation().getId().equals(mine.getId())
                        && window.lotIds().contains(p.getRequest().getLot().getId()))
                .orElseThrow(() -> new RecordNotFoundException("The placement"));
        requests.findForPlacement(window.getId(), placementId).ifPresent(r -> {
            throw new BusinessException("placementIds", placement.getReference() + " is already answered in "
                    + window.getName() + " (" + r.getReference() + ").");
        });
        return placement;
    }

    private UpliftRequest mine(long requestId) {
        return requests.find(requestId).filter(this::isMine)
                .orElseThrow(() -> new RecordNotFoundException("The uplift request"));
    }

    private UpliftRequest mineForChange(long requestId, long versionSeen) {
        mine(requestId);
        return requests.getForChange(requestId, versionSeen);
    }

    private boolean isMine(UpliftRequest request) {
        return request.getOrganisation().getId().equals(callers.requireOrganisation().getId());
    }
}
