package uk.hearth.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.onboarding.application.AdmissionLetter;
import uk.hearth.onboarding.application.AdmissionLetterRenderer;
import uk.hearth.onboarding.domain.AnswerInput;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotApplicationRepository;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.Questionnaire;
import uk.hearth.onboarding.domain.QuestionnaireRepository;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionOutcome;
import uk.hearth.onboarding.domain.SuspensionCause;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.organisations.domain.ProviderDocumentRepository;
import uk.hearth.organisations.domain.SettingType;
import uk.hearth.shared.Act;
import uk.hearth.shared.DynamicPurchasingSystem;

/**
 * About twenty demonstration providers across the lots and every stage of admission, built through the domain
 * objects themselves (answers, evaluation, admission, letters), so the directory and the evaluation queue look
 * like a working system when {@code ./hearth run} starts.
 */
@Dependent
class DemoProviders {

    /** How far a demo provider has got with the council. */
    enum Stage {
        ADMITTED, SUSPENDED, REMOVED, SUBMITTED, OVERDUE, CLARIFICATION, DRAFT, REJECTED, NONE,
        /** Admitted, but the public liability certificate lapsed: the document review suspends it. */
        CERTIFICATE_EXPIRED,
        /** Admitted, with a certificate lapsing within 30 days: the document review reminds it. */
        CERTIFICATE_EXPIRING
    }

    record DemoHome(String lot, String name, SettingType setting, String postcode, int capacity, int vacancies,
            int minAge, int maxAge, OfstedJudgement judgement) {
    }

    record DemoProvider(String legalName, String tradingName, String postcode, String lot, Stage stage, List<DemoHome> homes) {
    }

    private static final String COUNCIL = "Leicestershire County Council";

    static List<DemoProvider> providers() {
        List<DemoProvider> providers = new ArrayList<>();
        providers.add(new DemoProvider("Charnwood Children's Homes Ltd", "Charnwood Homes", "LE11 3QF", "residential", Stage.ADMITTED, List.of(
                home("residential", "Beacon House", SettingType.CHILDRENS_HOME, "LE11 2TD", 4, 1, 8, 17, OfstedJudgement.GOOD),
                home("residential", "Outwoods Lodge", SettingType.CHILDRENS_HOME, "LE11 3JA", 2, 0, 12, 17, OfstedJudgement.OUTSTANDING),
                home("residential", "Bradgate View", SettingType.CHILDRENS_HOME, "LE12 7DS", 1, 1, 10, 17, OfstedJudgement.REQUIRES_IMPROVEMENT))));
        providers.add(new DemoProvider("Soar Valley Fostering CIC", "Soar Valley Fostering", "LE12 8TH", "fostering", Stage.NONE, List.of(
                home("fostering", "Soar Valley Fostering, Sileby office", SettingType.FOSTERING_AGENCY_OFFICE, "LE12 7RS", 40, 6, 0, 17, OfstedJudgement.GOOD))));
        String[][] others = {
                // legal name, trading name, postcode, lot, stage, setting, home postcode, judgement
                {"Wreake Valley Care Ltd", "Wreake Valley Care", "LE14 2AB", "residential", "ADMITTED", "CHILDRENS_HOME", "LE14 2QD", "GOOD"},
                {"Foxton Locks Homes Ltd", "Foxton Homes", "LE16 7RA", "residential", "CERTIFICATE_EXPIRING", "CHILDRENS_HOME", "LE16 7RB", "OUTSTANDING"},
                {"Bosworth Fostering Ltd", "Bosworth Fostering", "CV13 0AB", "fostering", "ADMITTED", "FOSTERING_AGENCY_OFFICE", "CV13 0AD", "GOOD"},
                {"Heartlands Family Placements Ltd", "Heartlands Fostering", "LE10 1TN", "fostering", "ADMITTED", "FOSTERING_AGENCY_OFFICE", "LE10 1SU", "OUTSTANDING"},
                {"Newarke Supported Living Ltd", "Newarke Living", "LE2 7BY", "supported-accommodation", "ADMITTED", "SUPPORTED_ACCOMMODATION_SELF_CONTAINED", "LE2 7DR", "GOOD"},
                {"Stepping Stones 16+ Ltd", "Stepping Stones", "LE4 5PH", "supported-accommodation", "CERTIFICATE_EXPIRED", "SUPPORTED_ACCOMMODATION_SHARED", "LE4 5QA", "GOOD"},
                {"Rutland Water Children's Services Ltd", "Rutland Water Care", "LE15 6RB", "residential", "SUSPENDED", "CHILDRENS_HOME", "LE15 6SJ", "GOOD"},
                {"Northgate Residential Ltd", "Northgate Homes", "NG1 5AW", "residential", "REMOVED", "CHILDRENS_HOME", "NG5 1AB", "INADEQUATE"},
                {"Melton Mowbray Family Centre CIC", "Melton Family Centre", "LE13 0UR", "parent-and-child", "ADMITTED", "FAMILY_ASSESSMENT_CENTRE", "LE13 1AA", "GOOD"},
                {"Bluebell Short Breaks Ltd", "Bluebell Short Breaks", "LE18 4YZ", "short-breaks", "ADMITTED", "SHORT_BREAKS_SETTING", "LE18 4PA", "OUTSTANDING"},
                {"Together at Home Ltd", "Together at Home", "LE3 5PT", "support-at-home", "ADMITTED", "COMMUNITY_SERVICE", "LE3 5QD", "NOT_YET_INSPECTED"},
                {"Ashby Woulds Care Ltd", "Ashby Woulds Care", "LE65 1HP", "residential", "SUBMITTED", "CHILDRENS_HOME", "LE65 2AB", "GOOD"},
                {"Market Harborough Fostering Ltd", "Harborough Fostering", "LE16 9AB", "fostering", "SUBMITTED", "FOSTERING_AGENCY_OFFICE", "LE16 9EE", "GOOD"},
                {"Coalville Young People's Housing Ltd", "Coalville Housing 16+", "LE67 3FA", "supported-accommodation", "OVERDUE", "SUPPORTED_ACCOMMODATION_SINGLE", "LE67 3FB", "GOOD"},
                {"Lutterworth Children's Care Ltd", "Lutterworth Care", "LE17 4AB", "residential", "CLARIFICATION", "CHILDRENS_HOME", "LE17 4DY", "OUTSTANDING"},
                {"Wigston Parent and Baby CIC", "Wigston Parent and Baby", "LE18 1AB", "parent-and-child", "SUBMITTED", "FAMILY_ASSESSMENT_CENTRE", "LE18 2AA", "GOOD"},
                {"Hinckley House Ltd", "Hinckley House", "LE10 0AA", "residential", "DRAFT", "CHILDRENS_HOME", "LE10 0BB", "GOOD"},
                {"Birstall Fostering Partnership", "Birstall Fostering", "LE4 4AB", "fostering", "REJECTED", "FOSTERING_AGENCY_OFFICE", "LE4 4DX", "GOOD"},
        };
        for (String[] p : others) {
            SettingType setting = SettingType.valueOf(p[5]);
            boolean fostering = setting == SettingType.FOSTERING_AGENCY_OFFICE;
            providers.add(new DemoProvider(p[0], p[1], p[2], p[3], Stage.valueOf(p[4]), List.of(
                    home(p[3], p[1] + ", " + p[6].substring(0, p[6].indexOf(' ')), setting, p[6],
                            fostering ? 30 : 4, fostering ? 5 : 1, p[3].equals("supported-accommodation") ? 16 : 0,
                            p[3].equals("supported-accommodation") ? 21 : 17, OfstedJudgement.valueOf(p[7])))));
        }
        return providers;
    }

    private static DemoHome home(String lot, String name, SettingType setting, String postcode, int capacity,
            int vacancies, int minAge, int maxAge, OfstedJudgement judgement) {
        return new DemoHome(lot, name, setting, postcode, capacity, vacancies, minAge, maxAge, judgement);
    }

    @Inject
    private DocumentStore store;

    @Inject
    private LotRepository lots;

    @Inject
    private HomeRepository homeRecords;

    @Inject
    private QuestionnaireRepository questionnaires;

    @Inject
    private LotApplicationRepository applications;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private ProviderDocumentRepository documents;

    @Inject
    private AdmissionLetterRenderer letters;

    private int urnSequence;

    /** Creates the provider's homes and takes it to its stage; {@code today} anchors every date. */
    void build(Organisation organisation, DemoProvider demo, Instant now, LocalDate today) {
        organisation.register(OrganisationType.COMPANY, String.format("%08d", 10_000_000 + Math.abs(demo.legalName().hashCode() % 9_000_000)),
                null, demo.tradingName() + "\n1 High Street\nLeicestershire", demo.postcode(), "Registered manager",
                "office@" + demo.tradingName().toLowerCase().replaceAll("[^a-z]", "") + ".example", "0116 496 0000");
        List<Home> homes = new ArrayList<>();
        for (DemoHome h : demo.homes()) {
            Lot lot = lots.getByCode(h.lot());
            Home home = new Home(organisation);
            home.describe(new HomeDetails(lot.getId(), h.name(), nextUrn(), h.setting(), h.postcode(), h.capacity(),
                    h.vacancies(), h.minAge(), h.maxAge(), EnumSet.allOf(Gender.class), Set.of(lot.getSubCategories().get(0).getId()),
                    h.judgement(), h.judgement() == OfstedJudgement.NOT_YET_INSPECTED ? null : today.minusMonths(7)),
                    lot, new HashSet<>(List.of(lot.getSubCategories().get(0))));
            homeRecords.add(home);
            homes.add(home);
        }
        if (demo.stage() == Stage.NONE) {
            return;
        }
        Questionnaire questionnaire = questionnaires.findLatestForLot(lots.getByCode(demo.lot()).getId()).orElseThrow();
        LocalDate submittedOn = switch (demo.stage()) {
            case OVERDUE -> today.minusDays(21);
            case SUBMITTED, CLARIFICATION -> today.minusDays(3);
            default -> today.minusMonths(4);
        };
        Instant submittedAt = submittedOn.atTime(10, 30).toInstant(ZoneOffset.UTC);
        LotApplication application = new LotApplication(organisation, questionnaire, submittedAt.minusSeconds(86_400 * 2));
        applications.add(application);
        answerEverything(application, organisation, homes, today, submittedAt, demo.stage());
        if (demo.stage() == Stage.DRAFT) {
            return;
        }
        application.submit(submittedAt, submittedOn);
        String commissioner = "commissioner1";
        switch (demo.stage()) {
            case CLARIFICATION -> application.askClarification(
                    "Please confirm the registered manager of your home has started in post, and when.", new Act(commissioner, now));
            case REJECTED -> {
                passAll(application, commissioner, submittedAt.plusSeconds(86_400));
                application.reject("Two references were from the same council and neither covered children's placements in the last three years.",
                        new Act(commissioner, submittedAt.plusSeconds(86_400 * 6)));
            }
            case ADMITTED, SUSPENDED, REMOVED, CERTIFICATE_EXPIRED, CERTIFICATE_EXPIRING -> admit(application, commissioner, submittedOn.plusDays(6),
                    submittedAt.plusSeconds(86_400 * 6), demo.stage(), now);
            default -> {
            }
        }
    }

    private void admit(LotApplication application, String commissioner, LocalDate admittedOn,
            Instant admittedAt, Stage stage, Instant now) {
        passAll(application, commissioner, admittedAt.minusSeconds(3600));
        application.admit(new Act(commissioner, admittedAt));
        LotMembership membership = new LotMembership(application, admittedOn, admittedAt);
        memberships.add(membership);
        String reference = memberships.nextReference(Year.of(admittedOn.getYear()));
        byte[] pdf = letters.render(new AdmissionLetter(reference, COUNCIL, application.getOrganisation().getLegalName(),
                application.getOrganisation().getTradingName(), application.getOrganisation().getRegisteredAddress(),
                application.getLot().getName(), admittedOn, List.of(), commissioner,
                DynamicPurchasingSystem.NAME));
        membership.fileLetter(keep(application.getOrganisation(), DocumentCategory.ADMISSION_LETTER, null,
                "admission-letter-" + reference + ".pdf", pdf, null, admittedAt, commissioner));
        if (stage == Stage.SUSPENDED) {
            membership.changeStatus(MembershipStatus.SUSPENDED, SuspensionCause.COUNCIL_DECISION,
                    "Suspended while a safeguarding concern is investigated; no new requests until the council lifts it.", now);
        } else if (stage == Stage.REMOVED) {
            membership.changeStatus(MembershipStatus.REMOVED, null,
                    "Removed after an inadequate Ofsted judgement and a failed improvement plan.", now);
        }
    }

    private static void passAll(LotApplication application, String commissioner, Instant at) {
        for (QuestionnaireSection section : application.getQuestionnaire().getSections()) {
            application.evaluate(section, SectionOutcome.PASS, null, new Act(commissioner, at));
        }
    }

    private void answerEverything(LotApplication application, Organisation organisation,
            List<Home> homes, LocalDate today, Instant at, Stage stage) {
        byte[] certificate = demoCertificate(organisation.getLegalName());
        for (Question question : application.getQuestionnaire().questions().toList()) {
            switch (question.getAnswerType()) {
                case YES_NO_EXPLAIN -> application.answer(question, new AnswerInput(null, false, null, null));
                case YES_NO -> application.answer(question, new AnswerInput(null, true, null, null));
                case TEXT -> application.answer(question, new AnswerInput(
                        "Demonstration answer from " + organisation.getDisplayName() + ".", null, null, null));
                case AMOUNT -> application.answer(question, new AnswerInput(null, null, new BigDecimal("5000000.00"), null));
                case DATE -> application.answer(question, new AnswerInput(null, null, null, today.plusMonths(9)));
                case DOCUMENT -> application.attach(question, keep(organisation, question.getDocumentCategory(),
                        question.getCode(), question.getCode() + ".pdf", certificate,
                        question.getDocumentCategory().expires() ? certificateExpiry(question, stage, today) : null, at,
                        "demo-data"));
                case HOMES -> application.offerHomes(new HashSet<>(homes.stream()
                        .filter(h -> h.getLot().equals(application.getLot())).toList()));
            }
        }
    }

    private static LocalDate certificateExpiry(Question question, Stage stage, LocalDate today) {
        if (!question.getCode().equals("public-liability-certificate")) {
            return today.plusMonths(9);
        }
        return switch (stage) {
            case CERTIFICATE_EXPIRED -> today.minusDays(3);
            case CERTIFICATE_EXPIRING -> today.plusDays(20);
            default -> today.plusMonths(9);
        };
    }

    /** A one-page demonstration PDF filed as the organisation's document, as if it had uploaded it. */
    ProviderDocument keepDemoDocument(Organisation organisation, DocumentCategory category, String requirement,
            String fileName, Instant at, String by) {
        return keep(organisation, category, requirement, fileName, demoCertificate(organisation.getLegalName()), null, at, by);
    }

    private ProviderDocument keep(Organisation organisation, DocumentCategory category,
            String requirement, String fileName, byte[] content, LocalDate expiresOn, Instant at, String by) {
        StoredFile upload = UploadPolicy.check(fileName, content);
        store.put(upload, content);
        ProviderDocument document = new ProviderDocument(organisation, category, requirement, upload, expiresOn, new Act(by, at));
        documents.add(document);
        return document;
    }

    private String nextUrn() {
        // Demo URNs sit in a block (SC9xxxxx) that real social-care URNs do not use yet.
        while (true) {
            String urn = "SC9" + String.format("%05d", ++urnSequence);
            if (homeRecords.findByUrn(urn).isEmpty()) {
                return urn;
            }
        }
    }

    private static byte[] demoCertificate(String organisation) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Demonstration document for " + organisation.replaceAll("[^\\x20-\\x7E]", "'"));
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
