package uk.hearth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.application.MembershipAdministration;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.BadInput;
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
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * Every text and number a form or the API sends a service, tried with the project's corpus of hostile and careless
 * input ({@code bad-input/}): each value is either refused with a message meant for people, or stored. Never a
 * database error, never an exception that would reach a page as "something went wrong", never a message that
 * names a Java class. Pages show stored values escaped (Faces does by default; the browser tests check a page).
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class BadInputIT {

    /** Bean Validation's own wording, which says nothing a user could act on. */
    private static final Pattern DEFAULT_MESSAGE = Pattern.compile(
            "^(must not be (null|blank|empty)|size must be between.*|must be (greater|less) than.*|must match.*"
                    + "|numeric value out of bounds.*)$");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|jakarta|org|uk)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*");

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create(BadInput.class).addAsResource("bad-input/text.txt")
                .addAsResource("bad-input/numbers.txt");
    }

    @Inject
    private PlacementRequests requests;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private ProviderHomes homes;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionBids bids;

    @Inject
    private LotCatalogue lots;

    @Inject
    private MembershipAdministration memberships;

    @Inject
    private LotApplications applications;

    @Inject
    private FeeReviews reviews;

    @Inject
    private ProviderUplifts uplifts;

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
    private AsProvider asProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsAdmin asAdmin;

    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, Integer> stored = new LinkedHashMap<>();

    @Test
    void everyTextAndNumberOfAPlacementRequestAndAnOffer() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        Home home = admittedProviders.withHomeAt("Corpus Care", asProvider, RequestSamples.NEAR).home();
        RequestDetails request = RequestSamples.request(Urgency.STANDARD);

        eachComponent("request", request, details -> asCommissioner.call(() -> requests.draft(details)));
        eachComponent("request.profile", request.profile(), profile -> asCommissioner.call(() -> requests.draft(
                with(request, "profile", profile))));

        PlacementRequest draft = asCommissioner.call(() -> requests.draft(request));
        long id = asCommissioner.call(() -> requests.publish(draft.getId(), draft.getVersion())).getRequest().getId();
        eachComponent("offer", RequestSamples.offer(home.getId()), offer -> {
            Offer made = asProvider.call(() -> providerRequests.offer(id, offer));
            // Withdrawn again, so the next value is not refused only because the home was offered already.
            asProvider.call(() -> {
                providerRequests.withdraw(made.getId());
                return made;
            });
            return made;
        });
        BadInput.texts().forEach(text -> attempt("decline.detail", text, () -> asProvider.call(() -> {
            providerRequests.decline(id, DeclineReason.OTHER, text);
            return text;
        })));
        assertEquals(Map.of(), failures);
    }

    @Test
    void everyTextAndNumberOfAHomeACompetitionAndABid() throws Exception {
        clock.fixAt(CompetitionSamples.PUBLISHED);
        admittedProviders.withFosteringHome("Corpus Homes", asProvider);
        // A new URN each time, so a value is not refused only because the last one took the URN.
        eachFreshComponent("home", () -> Samples.fosteringHome(organisations.unusedOfstedUrn()),
                home -> asProvider.call(() -> homes.addHome(home)));

        CompetitionDetails details = CompetitionSamples.details();
        eachComponent("competition", details, changed -> asCommissioner.call(() -> competitions.draft(changed)));
        eachComponent("competition.contract", details.contract(), contract -> asCommissioner.call(() ->
                competitions.draft(with(details, "contract", contract))));
        eachComponent("competition.question", details.questions().get(0), question -> asCommissioner.call(() ->
                competitions.draft(with(details, "questions", List.of(question)))));

        MiniCompetition draft = asCommissioner.call(() -> competitions.draft(details));
        MiniCompetition competition = asCommissioner.call(() -> competitions.publish(draft.getId(), draft.getVersion()))
                .competition();
        long id = competition.getId();
        BidDraft bid = CompetitionSamples.bid(competition, "corpus", new BigDecimal("1000.00"));
        BadInput.texts().forEach(text -> attempt("bid.answer", text, () -> asProvider.call(() -> bids.saveDraft(id,
                new BidDraft(Map.of(competition.getQuestions().get(0).getId(), text), bid.price(), bid.breakdown())))));
        BadInput.texts().forEach(text -> attempt("bid.line", text, () -> asProvider.call(() -> bids.saveDraft(id,
                new BidDraft(bid.answers(), bid.price(), List.of(new BidDraft.Line(text, BigDecimal.TEN)))))));
        BadInput.numbers().forEach(number -> attempt("bid.price", number, () -> asProvider.call(() -> bids.saveDraft(id,
                new BidDraft(bid.answers(), number, List.of(new BidDraft.Line("All", number)))))));
        BadInput.texts().forEach(text -> attempt("clarification.question", text, () -> asProvider.call(() -> {
            bids.ask(id, text);
            return text;
        })));
        BadInput.texts().forEach(text -> attempt("lot.summary", text, () -> asAdmin.call(() -> lots.describeLot(
                Samples.FOSTERING, lots.findLot(Samples.FOSTERING).orElseThrow().getVersion(), text))));
        BadInput.texts().forEach(text -> attempt("membership.reason", text, () -> {
            LotMembership current = asProvider.call(applications::myMemberships).get(0);
            LotMembership suspended = asCommissioner.call(() -> memberships.suspend(current.getId(), current.getVersion(), text));
            return asCommissioner.call(() -> memberships.reinstate(suspended.getId(), suspended.getVersion(), "Back."));
        }));
        assertEquals(Map.of(), failures);
        assertStoredSome("home.name", "competition.title", "competition.question.text", "bid.answer", "bid.line",
                "clarification.question", "lot.summary", "membership.reason");
    }

    @Test
    void everyTextAndNumberOfAFeeReviewAndAnUpliftRequest() throws Exception {
        clock.fixAt(RequestSamples.MONDAY_MORNING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Corpus Fostering", asProvider, RequestSamples.NEAR);
        Placement placed = placedChildren.with(provider, asProvider);
        LocalDate today = clock.today();
        Supplier<WindowDetails> windows = () -> new WindowDetails("Corpus review " + Samples.unique(), today,
                today.plusDays(20), today.plusDays(30), WindowDetails.DEFAULT_DECISION_DAYS, "Accounts", "Criteria",
                List.of(new WindowDetails.StandardUplift(Samples.FOSTERING, new BigDecimal("3.00"))));
        eachFreshComponent("window", windows, window -> asContractManager.call(() -> reviews.open(window)));
        eachFreshComponent("window.standardUplift", () -> windows.get().standardUplifts().get(0), uplift ->
                asContractManager.call(() -> reviews.open(with(windows.get(), "standardUplifts", List.of(uplift)))));

        FeeReviewWindow window = asContractManager.call(() -> reviews.open(windows.get()));
        long id = asProvider.call(() -> uplifts.askForMore(window.getId(), placed.getId())).getId();
        AboveStandardDetails sample = new AboveStandardDetails(new BigDecimal("1300.00"), false, "Our case.",
                new BigDecimal("40"), new BigDecimal("12.21"), new BigDecimal("12.71"), new BigDecimal("20"),
                BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
        eachComponent("uplift", sample, details -> asProvider.call(() -> uplifts.saveDraft(id,
                uplifts.request(id).request().getVersion(), details)));
        assertEquals(Map.of(), failures);
        // Names must be unique, so only a first run stores them; the other texts are stored every time.
        assertStoredSome("window.evidenceAsked", "window.criteria", "uplift.caseForUplift");
    }

    /** The corpus reached these inputs: most of its values are fine text, which must be taken as typed. */
    private void assertStoredSome(String... inputs) {
        for (String input : inputs) {
            assertTrue(stored.getOrDefault(input, 0) >= 10, input + " stored only " + stored.get(input) + " values");
        }
    }

    /** Each text component tried with every text, each number component with every number that fits its type. */
    private <R extends Record> void eachComponent(String what, R sample, Change<R> call) {
        eachFreshComponent(what, () -> sample, call);
    }

    private <R extends Record> void eachFreshComponent(String what, Supplier<R> samples, Change<R> call) {
        R sample = samples.get();
        for (RecordComponent component : sample.getClass().getRecordComponents()) {
            String name = what + "." + component.getName();
            Class<?> type = component.getType();
            List<?> values = type == String.class ? BadInput.texts()
                    : type == BigDecimal.class ? BadInput.numbers()
                    : type == int.class || type == Integer.class ? ints()
                    : List.of();
            for (Object value : values) {
                attempt(name, value, () -> call.apply(with(samples.get(), component.getName(), value)));
            }
        }
    }

    /** The int components take what a page's converter lets through: anything an int holds. */
    private static List<Integer> ints() {
        return List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    private void attempt(String input, Object value, Callable<?> call) {
        String shown = String.valueOf(value);
        String key = input + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
        try {
            call.call();
            stored.merge(input, 1, Integer::sum);
        } catch (BusinessException refused) {
            checkWording(key, refused.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                        .forEach(message -> checkWording(key, message));
            } else {
                failures.put(key, "failed: " + e.getCause());
            }
        } catch (IllegalArgumentException impossibleRecord) {
            // A value the record itself refuses never reaches a service from a page: the page could not build it.
            failures.put(key, "the input record refused it: " + impossibleRecord.getMessage());
        } catch (Exception e) {
            failures.put(key, "failed: " + e);
        }
    }

    private void checkWording(String key, String message) {
        if (message == null || DEFAULT_MESSAGE.matcher(message).matches() || CLASS_NAME.matcher(message).find()) {
            failures.put(key, "refused in words meant for nobody: " + message);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (R) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Change<R> {
        Object apply(R changed) throws Exception;
    }
}
