package uk.hearth.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.domain.LegalStatus;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * commissioner/request-new.xhtml: describes one child's needs as a draft placement request. Without an id it
 * drafts a new request; with the id of a draft it changes that draft.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each property of {@link RequestDetails} and the input it is typed into, for messages beside the field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("lotId", "request:lot"),
            Map.entry("subCategoryId", "request:sub-category"),
            Map.entry("age", "request:age"),
            Map.entry("gender", "request:gender"),
            Map.entry("legalStatus", "request:legal-status"),
            Map.entry("needs", "request:needs"),
            Map.entry("siblingCount", "request:siblings"),
            Map.entry("homeDistrict", "request:home-district"),
            Map.entry("schoolDistrict", "request:school-district"),
            Map.entry("maxDistanceMiles", "request:max-distance"),
            Map.entry("startDate", "request:start-date"),
            Map.entry("expectedDurationWeeks", "request:duration"),
            Map.entry("weeklyBudgetGuide", "request:budget"),
            Map.entry("urgency", "request:urgency"),
            Map.entry("emergencyResponseHours", "request:emergency-hours"),
            Map.entry("inHouseConfirmed", "request:in-house"),
            Map.entry("qualityOverrideReason", "request:override"));

    /** Hours an emergency gives providers unless the commissioner says otherwise; kept, unused, by standard requests. */
    private static final int DEFAULT_EMERGENCY_HOURS = 4;

    @Inject
    private PlacementRequests placementRequests;

    @Inject
    private LotCatalogue lotCatalogue;

    @Inject
    private HearthClock clock;

    /** The draft being changed; null for a new request. */
    private Long id;
    private long version;
    private String reference;
    private List<Lot> lots;

    private Long lotId;
    private Long subCategoryId;
    private Integer age;
    private Gender gender;
    private LegalStatus legalStatus;
    private String needs;
    private int siblings;
    private String homeDistrict;
    private String schoolDistrict;
    private int maxDistance = 20;
    private LocalDate startDate;
    private int duration = 4;
    private BigDecimal budget;
    private Urgency urgency = Urgency.STANDARD;
    private int emergencyHours = DEFAULT_EMERGENCY_HOURS;
    private boolean inHouse;
    private String override;

    /** A published request cannot change, so asking to change one shows it instead. */
    public String load() {
        lots = lotCatalogue.allLots();
        if (id == null) {
            return null;
        }
        PlacementRequest request = placementRequests.overview(id).getRequest();
        if (request.getStatus() != RequestStatus.DRAFT) {
            FacesMessages.error(request.getReference() + " has been sent to providers, so it can no longer be changed.");
            return "/commissioner/request?faces-redirect=true&id=" + id;
        }
        show(request);
        return null;
    }

    private void show(PlacementRequest request) {
        version = request.getVersion();
        reference = request.getReference();
        lotId = request.getLot().getId();
        // The id of a lazily loaded sub-category is known without loading it.
        subCategoryId = request.getSubCategory() == null ? null : request.getSubCategory().getId();
        age = request.getAge();
        gender = request.getGender();
        legalStatus = request.getLegalStatus();
        needs = request.getNeeds();
        siblings = request.getSiblingCount();
        homeDistrict = request.getHomeDistrict();
        schoolDistrict = request.getSchoolDistrict();
        maxDistance = request.getMaxDistanceMiles();
        startDate = request.getStartDate();
        duration = request.getExpectedDurationWeeks();
        budget = request.getWeeklyBudgetGuide();
        urgency = request.getUrgency();
        emergencyHours = request.getEmergencyResponseHours();
        inHouse = request.isInHouseChecked();
        override = request.getQualityOverrideReason();
    }

    /** Saves the draft and shows it on its own page, where it can be sent to providers. */
    public String save() {
        RequestDetails details = new RequestDetails(lotId, subCategoryId, age == null ? -1 : age, gender, legalStatus, needs,
                siblings, homeDistrict, schoolDistrict, maxDistance, startDate, duration, budget, urgency,
                isEmergency() ? emergencyHours : DEFAULT_EMERGENCY_HOURS, inHouse, override);
        Optional<PlacementRequest> saved = id == null
                ? ServiceCalls.attempt(() -> placementRequests.draft(details), FIELDS)
                : ServiceCalls.attempt(() -> placementRequests.update(id, version, details), FIELDS);
        return saved.map(request -> {
            FacesMessages.info("The draft " + request.getReference() + " is saved. Check it, then send it to providers.");
            return "/commissioner/request?faces-redirect=true&id=" + request.getId();
        }).orElse(null);
    }

    /** Kinds of provision come from the chosen lot's sub-categories, so the list follows the lot. */
    public List<LotSubCategory> getSubCategoryChoices() {
        return lots.stream().filter(l -> l.getId().equals(lotId)).findFirst().map(Lot::getSubCategories).orElse(List.of());
    }

    public void lotChanged() {
        subCategoryId = null;
    }

    public boolean isEmergency() {
        return urgency == Urgency.EMERGENCY;
    }

    public boolean isEditing() {
        return id != null;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    /** Standard first: the usual case, and the order the page offers them in. */
    public Urgency[] getUrgencies() {
        return new Urgency[] {Urgency.STANDARD, Urgency.EMERGENCY};
    }

    public List<Lot> getLots() {
        return lots;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public Long getSubCategoryId() {
        return subCategoryId;
    }

    public void setSubCategoryId(Long subCategoryId) {
        this.subCategoryId = subCategoryId;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public int getSiblings() {
        return siblings;
    }

    public void setSiblings(int siblings) {
        this.siblings = siblings;
    }

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public void setHomeDistrict(String homeDistrict) {
        this.homeDistrict = homeDistrict;
    }

    public String getSchoolDistrict() {
        return schoolDistrict;
    }

    public void setSchoolDistrict(String schoolDistrict) {
        this.schoolDistrict = schoolDistrict;
    }

    public int getMaxDistance() {
        return maxDistance;
    }

    public void setMaxDistance(int maxDistance) {
        this.maxDistance = maxDistance;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public int getEmergencyHours() {
        return emergencyHours;
    }

    public void setEmergencyHours(int emergencyHours) {
        this.emergencyHours = emergencyHours;
    }

    public boolean isInHouse() {
        return inHouse;
    }

    public void setInHouse(boolean inHouse) {
        this.inHouse = inHouse;
    }

    public String getOverride() {
        return override;
    }

    public void setOverride(String override) {
        this.override = override;
    }
}
