package uk.hearth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.application.MyBid;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.onboarding.application.DocumentCompliance;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.application.ProviderRegistration;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.CompetitionSamples;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PlacedChildren;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * A provider reaches only its own organisation's records, on every service method a provider may call. The methods
 * are found by reflection over the deployed enterprise beans, so a new one that nobody has listed here fails the
 * test until someone says how it is tried with another organisation's ids. Each is called with the ids of an
 * organisation that has a home, documents, an application, an offer on a request and a bid with a file in a
 * competition; each must be refused without naming that organisation or its home.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class TenantIsolationIT {

    /** Methods that take none of another organisation's ids: each works on the caller's own organisation only. */
    private static final Set<String> OWN_ONLY = Set.of(
            "CompetitionBids.invitations()", "ProviderRequests.inbox()", "DocumentCompliance.myCertificates()",
            "LotApplications.myApplications()", "LotApplications.myMemberships()", "LotApplications.start(long)",
            "ProviderHomes.myHomes()", "ProviderHomes.addHome(HomeDetails)", "ProviderRegistration.myColleagues()",
            "ProviderRegistration.mayInviteColleagues()", "ProviderRegistration.inviteColleague(Invitation)",
            "ProviderDocuments.upload(String,byte[],DocumentCategory,String,LocalDate)", "ProviderDocuments.myDocuments()",
            "ProviderUplifts.windows()", "ProviderUplifts.myRequests()", "ProviderUplifts.myPlacements()",
            // Anonymous shares and averages of closed reviews, and the Living Wage rates: the same for everyone.
            "FeeReviewOutcomes.published()", "LivingWage.rates()");

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private BeanManager beans;

    @Inject
    private CompetitionBids bids;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private PlacementRequests requests;

    @Inject
    private DocumentCompliance compliance;

    @Inject
    private LotApplications applications;

    @Inject
    private ProviderHomes homes;

    @Inject
    private ProviderRegistration registration;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private ProviderUplifts uplifts;

    @Inject
    private FeeReviews feeReviews;

    @Inject
    private PlacedChildren placedChildren;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private HearthClock clock;

    @Inject
    private AsProvider theirUser;

    @Inject
    private AsOtherProvider me;

    @Inject
    private AsCommissioner asCommissioner;

    @Test
    void everyMethodAProviderMayCallIsTriedHere() {
        Set<String> unlisted = new TreeSet<>(providerMethods());
        unlisted.removeAll(OWN_ONLY);
        unlisted.removeAll(attempts(new Theirs(0, 0, 0, 0, 0, 0, 0, "", null, "", "", 0, 0, 0)).keySet());
        assertEquals(Set.of(), unlisted, "say how each new provider method is tried with another organisation's ids");
    }

    @Test
    void anotherOrganisationsIdsAreRefusedEverywhereAndNothingOfItIsNamed() throws Exception {
        Theirs theirs = theirRecords();
        Organisation mine = organisations.provider("Curious Care", AsOtherProvider.USERNAME);

        Map<String, String> failures = new HashMap<>();
        attempts(theirs).forEach((method, attempt) -> {
            try {
                Object answer = me.call(attempt);
                failures.put(method, "answered " + answer);
            } catch (Exception e) {
                Throwable refusal = e instanceof RuntimeException && e.getCause() != null ? e.getCause() : e;
                if (!(refusal instanceof BusinessException)) {
                    failures.put(method, "failed with " + refusal);
                } else if (refusal.getMessage().contains(theirs.legalName()) || refusal.getMessage().contains(theirs.homeName())) {
                    failures.put(method, "named them: " + refusal.getMessage());
                }
            }
        });
        assertEquals(Map.of(), failures);

        // What lists only the caller's own shows none of theirs.
        assertTrue(me.call(bids::invitations).stream().noneMatch(i -> i.getCompetition().getId() == theirs.competitionId()));
        assertTrue(me.call(providerRequests::inbox).stream().noneMatch(r -> r.getRequest().getId() == theirs.requestId()));
        assertTrue(me.call(homes::myHomes).isEmpty());
        assertTrue(me.call(documents::myDocuments).isEmpty());
        assertTrue(me.call(compliance::myCertificates).isEmpty());
        assertTrue(me.call(applications::myApplications).isEmpty());
        assertTrue(me.call(applications::myMemberships).isEmpty());
        assertTrue(me.call(uplifts::windows).isEmpty());
        assertTrue(me.call(uplifts::myRequests).isEmpty());
        assertTrue(me.call(uplifts::myPlacements).isEmpty());
        assertTrue(me.call(registration::myColleagues).stream().allMatch(m -> m.getOrganisation().getId().equals(mine.getId())));
    }

    /** How each provider method is called by someone else with {@code theirs}. */
    private Map<String, Callable<Object>> attempts(Theirs theirs) {
        long competition = theirs.competitionId();
        long request = theirs.requestId();
        long application = theirs.applicationId();
        byte[] pdf = Samples.pdf("probe");
        Map<String, Callable<Object>> attempts = new HashMap<>();
        attempts.put("CompetitionBids.competition(long)", () -> bids.competition(competition));
        attempts.put("CompetitionBids.specification(long,long)", () -> bids.specification(competition, theirs.documentId()));
        attempts.put("CompetitionBids.ask(long,String)", () -> done(() -> bids.ask(competition, "What is the budget?")));
        attempts.put("CompetitionBids.clarifications(long)", () -> bids.clarifications(competition));
        attempts.put("CompetitionBids.saveDraft(long,BidDraft)",
                () -> bids.saveDraft(competition, new BidDraft(Map.of(), BigDecimal.ONE, List.of())));
        attempts.put("CompetitionBids.attach(long,String,byte[])", () -> bids.attach(competition, "probe.pdf", pdf));
        attempts.put("CompetitionBids.detach(long,String)", () -> bids.detach(competition, theirs.fileKey()));
        attempts.put("CompetitionBids.attachment(long,String)", () -> bids.attachment(competition, theirs.fileKey()));
        attempts.put("CompetitionBids.submit(long)", () -> bids.submit(competition));
        attempts.put("CompetitionBids.withdraw(long)", () -> bids.withdraw(competition));
        attempts.put("CompetitionBids.myBid(long)", () -> bids.myBid(competition).orElseThrow(() -> new BusinessException("none")));
        attempts.put("ProviderRequests.request(long)", () -> providerRequests.request(request));
        attempts.put("ProviderRequests.confirm(long)", () -> providerRequests.confirm(request));
        attempts.put("ProviderRequests.offer(long,OfferDetails)",
                () -> providerRequests.offer(request, RequestSamples.offer(theirs.homeId())));
        attempts.put("ProviderRequests.withdraw(long)", () -> done(() -> providerRequests.withdraw(theirs.offerId())));
        attempts.put("ProviderRequests.decline(long,DeclineReason,String)",
                () -> done(() -> providerRequests.decline(request, DeclineReason.NO_VACANCY, null)));
        attempts.put("DocumentCompliance.replace(String,String,byte[],LocalDate)",
                () -> compliance.replace(theirs.requirement(), "renewed.pdf", pdf, clock.today().plusYears(1)));
        attempts.put("LotApplications.myApplication(long)", () -> applications.myApplication(application));
        attempts.put("LotApplications.saveDraft(long,long,Map,Set)",
                () -> applications.saveDraft(application, 0, Map.of(), Set.of(theirs.homeId())));
        attempts.put("LotApplications.attach(long,long,String,byte[],LocalDate)",
                () -> applications.attach(application, theirs.questionId(), "probe.pdf", pdf, null));
        attempts.put("LotApplications.submit(long,long)", () -> applications.submit(application, 0));
        attempts.put("LotApplications.answerClarification(long,long,String)",
                () -> applications.answerClarification(application, 1, "An answer"));
        attempts.put("ProviderHomes.myHome(long)", () -> homes.myHome(theirs.homeId()));
        attempts.put("ProviderHomes.updateHome(long,long,HomeDetails)", () -> homes.updateHome(theirs.homeId(), 0,
                RequestSamples.home(organisations.unusedOfstedUrn(), RequestSamples.NEAR)));
        attempts.put("ProviderHomes.closeHome(long,long)", () -> done(() -> homes.closeHome(theirs.homeId(), 0)));
        attempts.put("ProviderDocuments.fileGenerated(Organisation,DocumentCategory,String,byte[])",
                () -> documents.fileGenerated(theirs.organisation(), DocumentCategory.POLICY, "probe.pdf", pdf));
        attempts.put("ProviderDocuments.download(long)", () -> documents.download(theirs.documentId()));
        long window = theirs.windowId();
        long uplift = theirs.upliftId();
        attempts.put("ProviderUplifts.review(long)", () -> uplifts.review(window));
        attempts.put("ProviderUplifts.acceptStandard(long,List)",
                () -> uplifts.acceptStandard(window, List.of(theirs.placementId())));
        attempts.put("ProviderUplifts.askForMore(long,long)", () -> uplifts.askForMore(window, theirs.placementId()));
        attempts.put("ProviderUplifts.saveDraft(long,long,AboveStandardDetails)", () -> uplifts.saveDraft(uplift, 0,
                new AboveStandardDetails(BigDecimal.TEN, false, null, null, null, null, null, null, null, null, null, null, null)));
        attempts.put("ProviderUplifts.addEvidence(long,String,byte[])", () -> uplifts.addEvidence(uplift, "probe.pdf", pdf));
        attempts.put("ProviderUplifts.removeEvidence(long,long)", () -> uplifts.removeEvidence(uplift, theirs.documentId()));
        attempts.put("ProviderUplifts.submit(long,long)", () -> uplifts.submit(uplift, 0));
        attempts.put("ProviderUplifts.discard(long,long)", () -> done(() -> uplifts.discard(uplift, 0)));
        attempts.put("ProviderUplifts.request(long)", () -> uplifts.request(uplift));
        attempts.put("ProviderUplifts.answerClarification(long,long,String)",
                () -> uplifts.answerClarification(uplift, 0, "An answer"));
        attempts.put("ProviderUplifts.askForReview(long,long,String)", () -> uplifts.askForReview(uplift, 0, "Look again"));
        attempts.put("ProviderUplifts.placement(long)", () -> uplifts.placement(theirs.placementId()));
        return attempts;
    }

    /**
     * Another organisation with something of every kind: admitted with a home and its documents, sent a request it
     * offered on, invited to a competition it bid in with a file.
     */
    private Theirs theirRecords() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        AdmittedProvider admitted = admittedProviders.withHomeAt("Private Homes", theirUser, RequestSamples.NEAR);
        Organisation organisation = admitted.organisation();
        Home home = admitted.home();
        long applicationId = theirUser.call(applications::myApplications).get(0).getId();
        LotApplication application = theirUser.call(() -> applications.myApplication(applicationId));
        ProviderDocument document = theirUser.call(documents::myDocuments).stream()
                .filter(d -> d.getRequirement() != null).findFirst().orElseThrow();

        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        long request = asCommissioner.call(() -> requests.publish(draft.getId(), draft.getVersion())).getRequest().getId();
        Offer offer = theirUser.call(() -> providerRequests.offer(request, RequestSamples.offer(home.getId())));

        MiniCompetition competitionDraft = asCommissioner.call(() -> competitions.draft(CompetitionSamples.details()));
        MiniCompetition competition = asCommissioner.call(() -> competitions.publish(competitionDraft.getId(),
                competitionDraft.getVersion())).competition();
        theirUser.call(() -> bids.saveDraft(competition.getId(), CompetitionSamples.bid(competition, "theirs",
                new BigDecimal("1000.00"))));
        MyBid bid = theirUser.call(() -> bids.attach(competition.getId(), "their-plan.pdf", Samples.pdf("their plan")));

        Placement placement = placedChildren.with(admitted, theirUser);
        LocalDate today = clock.today();
        FeeReviewWindow window = asContractManager.call(() -> feeReviews.open(new WindowDetails("Their review " + Samples.unique(),
                today, today.plusDays(30), today.plusDays(31), WindowDetails.DEFAULT_DECISION_DAYS, "Accounts", "Criteria",
                List.of(new WindowDetails.StandardUplift(Samples.FOSTERING, new BigDecimal("3.00"))))));
        UpliftRequest uplift = theirUser.call(() -> uplifts.askForMore(window.getId(), placement.getId()));

        long question = application.getQuestionnaire().questions().findFirst().orElseThrow().getId();
        return new Theirs(competition.getId(), request, application.getId(), home.getId(), offer.getId(),
                document.getId(), question, bid.contents().attachments().get(0).key(), organisation, home.getName(),
                document.getRequirement(), placement.getId(), window.getId(), uplift.getId());
    }

    private Set<String> providerMethods() {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass).distinct()
                .filter(type -> type.getName().startsWith("uk.hearth.") && !type.getName().startsWith("uk.hearth.testing."))
                .filter(type -> type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && mayBeCalledByAProvider(m)))
                .map(TenantIsolationIT::signature).collect(Collectors.toSet());
    }

    private static boolean mayBeCalledByAProvider(Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(Roles.PROVIDER);
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private static Object done(Runnable call) {
        call.run();
        return "done";
    }

    private record Theirs(long competitionId, long requestId, long applicationId, long homeId, long offerId,
            long documentId, long questionId, String fileKey, Organisation organisation, String homeName,
            String requirement, long placementId, long windowId, long upliftId) {

        String legalName() {
            return organisation.getLegalName();
        }
    }
}
