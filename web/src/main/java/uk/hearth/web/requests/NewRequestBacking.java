package uk.hearth.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import uk.hearth.requests.domain.standard.AdditionalSupport;
import uk.hearth.requests.domain.standard.CommunicationNeeds;
import uk.hearth.requests.domain.standard.CommunicationRequirement;
import uk.hearth.requests.domain.standard.CulturalNeeds;
import uk.hearth.requests.domain.standard.LivingCompanions;
import uk.hearth.requests.domain.standard.NeededBy;
import uk.hearth.requests.domain.standard.NeedsProfile;
import uk.hearth.requests.domain.standard.Pets;
import uk.hearth.requests.domain.standard.Risk;
import uk.hearth.requests.domain.standard.Suitability;
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

    private NeededBy neededBy;
    private String preferredLocation;
    private CommunicationNeeds communicationNeeds = CommunicationNeeds.NOT_SPECIFIED;
    private List<String> communicationRequirements = new ArrayList<>();
    private boolean homeAdaptation;
    private CulturalNeeds culturalNeeds = CulturalNeeds.NOT_KNOWN;
    private LivingCompanions livingCompanions = LivingCompanions.NO_PREFERENCE;
    private Pets pets = Pets.NOT_KNOWN;
    private AdditionalSupport additionalSupport;
    private boolean deprivationOfLiberty;
    private Suitability fosterSuitability = Suitability.NOT_SPECIFIED;
    private Suitability residentialSuitability = Suitability.NOT_SPECIFIED;
    private Suitability supportedSuitability = Suitability.NOT_SPECIFIED;
    /** Two lists, one for each group of boxes on the page: a list bound to both would keep only the last group. */
    private List<String> childRisks = new ArrayList<>();
    private List<String> otherRisks = new ArrayList<>();
    private String riskOther;
    private String riskToOthersOther;

    private int responseDays = RequestDetails.STANDARD_RESPONSE_DAYS;
    private int priceWeight = RequestDetails.DEFAULT_PRICE_WEIGHT;
    private Integer tierTwoHours;

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
        homeDistrict = request.getHomeDistrict().code();
        schoolDistrict = request.getSchoolDistrict() == null ? null : request.getSchoolDistrict().code();
        maxDistance = request.getMaxDistanceMiles();
        startDate = request.getStartDate();
        duration = request.getExpectedDurationWeeks();
        budget = request.getWeeklyBudgetGuide() == null ? null : request.getWeeklyBudgetGuide().amount();
        urgency = request.getUrgency();
        emergencyHours = request.getEmergencyResponseHours();
        inHouse = request.isInHouseChecked();
        override = request.getQualityOverrideReason();
        NeedsProfile profile = request.getProfile();
        neededBy = profile.neededBy();
        preferredLocation = profile.preferredLocation();
        communicationNeeds = profile.communicationNeeds();
        communicationRequirements = names(profile.communicationRequirements());
        homeAdaptation = profile.homeAdaptation();
        culturalNeeds = profile.culturalNeeds();
        livingCompanions = profile.livingCompanions();
        pets = profile.pets();
        additionalSupport = profile.additionalSupport();
        deprivationOfLiberty = profile.deprivationOfLiberty();
        fosterSuitability = profile.fosterSuitability();
        residentialSuitability = profile.residentialSuitability();
        supportedSuitability = profile.supportedSuitability();
        childRisks = names(profile.risksPresent().stream().filter(Risk::toChild).collect(Collectors.toSet()));
        otherRisks = names(profile.risksPresent().stream().filter(r -> !r.toChild()).collect(Collectors.toSet()));
        riskOther = profile.riskOther();
        riskToOthersOther = profile.riskToOthersOther();
        responseDays = request.getStandardResponseDays();
        priceWeight = request.getPriceWeight();
        tierTwoHours = request.getTierTwoAfterHours();
    }

    private static List<String> names(Set<? extends Enum<?>> options) {
        return options.stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private NeedsProfile profile() {
        return new NeedsProfile(neededBy, preferredLocation, communicationNeeds,
                communicationRequirements.stream().map(CommunicationRequirement::valueOf).collect(Collectors.toSet()),
                homeAdaptation, culturalNeeds, livingCompanions, pets, additionalSupport, deprivationOfLiberty,
                fosterSuitability, residentialSuitability, supportedSuitability,
                java.util.stream.Stream.concat(childRisks.stream(), otherRisks.stream()).map(Risk::valueOf).collect(Collectors.toSet()),
                riskOther, riskToOthersOther);
    }

    /** Saves the draft and shows it on its own page, where it can be sent to providers. */
    public String save() {
        RequestDetails details = new RequestDetails(lotId, subCategoryId, age == null ? -1 : age, gender, legalStatus, needs,
                siblings, homeDistrict, schoolDistrict, maxDistance, startDate, duration, budget, urgency,
                isEmergency() ? emergencyHours : DEFAULT_EMERGENCY_HOURS, inHouse, override, profile(),
                responseDays, priceWeight, tierTwoHours);
        Optional<PlacementRequest> saved = id == null
                ? ServiceCalls.attempt(() -> placementRequests.draft(details))
                : ServiceCalls.attempt(() -> placementRequests.update(id, version, details));
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

    public NeededBy[] getNeededByOptions() {
        return NeededBy.values();
    }

    public CommunicationNeeds[] getCommunicationNeedsOptions() {
        return CommunicationNeeds.values();
    }

    public CommunicationRequirement[] getCommunicationRequirementOptions() {
        return CommunicationRequirement.values();
    }

    public CulturalNeeds[] getCulturalNeedsOptions() {
        return CulturalNeeds.values();
    }

    public LivingCompanions[] getLivingCompanionsOptions() {
        return LivingCompanions.values();
    }

    public Pets[] getPetsOptions() {
        return Pets.values();
    }

    public AdditionalSupport[] getAdditionalSupportOptions() {
        return AdditionalSupport.values();
    }

    public Suitability[] getSuitabilityOptions() {
        return Suitability.values();
    }

    public List<Risk> getRisksToChild() {
        return Arrays.stream(Risk.values()).filter(Risk::toChild).toList();
    }

    public List<Risk> getRisksToOthers() {
        return Arrays.stream(Risk.values()).filter(r -> !r.toChild()).toList();
    }

    public int getQualityWeight() {
        return 100 - priceWeight;
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

    public NeededBy getNeededBy() {
        return neededBy;
    }

    public void setNeededBy(NeededBy neededBy) {
        this.neededBy = neededBy;
    }

    public String getPreferredLocation() {
        return preferredLocation;
    }

    public void setPreferredLocation(String preferredLocation) {
        this.preferredLocation = preferredLocation;
    }

    public CommunicationNeeds getCommunicationNeeds() {
        return communicationNeeds;
    }

    public void setCommunicationNeeds(CommunicationNeeds communicationNeeds) {
        this.communicationNeeds = communicationNeeds;
    }

    public List<String> getCommunicationRequirements() {
        return communicationRequirements;
    }

    public void setCommunicationRequirements(List<String> communicationRequirements) {
        this.communicationRequirements = communicationRequirements;
    }

    public boolean isHomeAdaptation() {
        return homeAdaptation;
    }

    public void setHomeAdaptation(boolean homeAdaptation) {
        this.homeAdaptation = homeAdaptation;
    }

    public CulturalNeeds getCulturalNeeds() {
        return culturalNeeds;
    }

    public void setCulturalNeeds(CulturalNeeds culturalNeeds) {
        this.culturalNeeds = culturalNeeds;
    }

    public LivingCompanions getLivingCompanions() {
        return livingCompanions;
    }

    public void setLivingCompanions(LivingCompanions livingCompanions) {
        this.livingCompanions = livingCompanions;
    }

    public Pets getPets() {
        return pets;
    }

    public void setPets(Pets pets) {
        this.pets = pets;
    }

    public AdditionalSupport getAdditionalSupport() {
        return additionalSupport;
    }

    public void setAdditionalSupport(AdditionalSupport additionalSupport) {
        this.additionalSupport = additionalSupport;
    }

    public boolean isDeprivationOfLiberty() {
        return deprivationOfLiberty;
    }

    public void setDeprivationOfLiberty(boolean deprivationOfLiberty) {
        this.deprivationOfLiberty = deprivationOfLiberty;
    }

    public Suitability getFosterSuitability() {
        return fosterSuitability;
    }

    public void setFosterSuitability(Suitability fosterSuitability) {
        this.fosterSuitability = fosterSuitability;
    }

    public Suitability getResidentialSuitability() {
        return residentialSuitability;
    }

    public void setResidentialSuitability(Suitability residentialSuitability) {
        this.residentialSuitability = residentialSuitability;
    }

    public Suitability getSupportedSuitability() {
        return supportedSuitability;
    }

    public void setSupportedSuitability(Suitability supportedSuitability) {
        this.supportedSuitability = supportedSuitability;
    }

    public List<String> getChildRisks() {
        return childRisks;
    }

    public void setChildRisks(List<String> childRisks) {
        this.childRisks = childRisks;
    }

    public List<String> getOtherRisks() {
        return otherRisks;
    }

    public void setOtherRisks(List<String> otherRisks) {
        this.otherRisks = otherRisks;
    }

    public String getRiskOther() {
        return riskOther;
    }

    public void setRiskOther(String riskOther) {
        this.riskOther = riskOther;
    }

    public String getRiskToOthersOther() {
        return riskToOthersOther;
    }

    public void setRiskToOthersOther(String riskToOthersOther) {
        this.riskToOthersOther = riskToOthersOther;
    }

    public int getResponseDays() {
        return responseDays;
    }

    public void setResponseDays(int responseDays) {
        this.responseDays = responseDays;
    }

    public int getPriceWeight() {
        return priceWeight;
    }

    public void setPriceWeight(int priceWeight) {
        this.priceWeight = priceWeight;
    }

    public Integer getTierTwoHours() {
        return tierTwoHours;
    }

    public void setTierTwoHours(Integer tierTwoHours) {
        this.tierTwoHours = tierTwoHours;
    }
}
