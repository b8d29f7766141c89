package uk.hearth.web.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.SettingType;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** provider/homes.xhtml: the provider's homes and settings, added, edited and closed in place. */
@Named
@ViewScoped
public class HomesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderHomes providerHomes;

    @Inject
    private LotCatalogue lotCatalogue;

    @Inject
    private HearthClock clock;

    private List<Home> homes;
    private List<Lot> lots;

    /** The home being edited; null while adding a new one, and the form is hidden when not {@link #editing}. */
    private Home current;
    private boolean editing;

    private Long lotId;
    private String name;
    private String ofstedUrn;
    private SettingType settingType;
    private String postcode;
    private int capacity = 1;
    private int vacancies;
    private int minAge;
    private int maxAge = 17;
    // Arrays, not sets: Faces can convert checkbox values only when it can see the element type.
    private Gender[] genders = {};
    private Long[] specialismIds = {};
    private OfstedJudgement judgement;
    private LocalDate judgementDate;

    public void load() {
        homes = providerHomes.myHomes();
        lots = lotCatalogue.allLots();
    }

    public void add() {
        current = null;
        editing = true;
        lotId = null;
        name = null;
        ofstedUrn = null;
        settingType = null;
        postcode = null;
        capacity = 1;
        vacancies = 0;
        minAge = 0;
        maxAge = 17;
        genders = new Gender[0];
        specialismIds = new Long[0];
        judgement = null;
        judgementDate = null;
    }

    public void edit(Home home) {
        current = home;
        editing = true;
        lotId = home.getLot().getId();
        name = home.getName();
        ofstedUrn = home.getOfstedUrn();
        settingType = home.getSettingType();
        postcode = home.getPostcode();
        capacity = home.getCapacity();
        vacancies = home.getVacancies();
        minAge = home.getMinAge();
        maxAge = home.getMaxAge();
        genders = home.getGenders().toArray(Gender[]::new);
        specialismIds = home.getSpecialisms().stream().map(LotSubCategory::getId).toArray(Long[]::new);
        judgement = home.getJudgement();
        judgementDate = home.getJudgementDate();
    }

    public void save() {
        HomeDetails details = new HomeDetails(lotId, name, ofstedUrn, settingType, postcode, capacity, vacancies, minAge,
                maxAge, Set.of(genders), Set.of(specialismIds), judgement, judgementDate);
        boolean saved = current == null
                ? ServiceCalls.attempt(() -> providerHomes.addHome(details)).isPresent()
                : ServiceCalls.attempt(() -> providerHomes.updateHome(current.getId(), current.getVersion(), details)).isPresent();
        if (saved) {
            FacesMessages.info("‘" + name.strip() + "’ was saved.");
            editing = false;
            load();
        }
    }

    public void close(Home home) {
        if (ServiceCalls.attempt(() -> providerHomes.closeHome(home.getId(), home.getVersion()))) {
            FacesMessages.info("‘" + home.getName() + "’ is closed. It stays in your records but is no longer offered.");
            editing = false;
            load();
        }
    }

    public void cancel() {
        editing = false;
    }

    /** Specialisms come from the chosen lot's sub-categories, so the list follows the lot. */
    public List<LotSubCategory> getSpecialismChoices() {
        return lots.stream().filter(l -> l.getId().equals(lotId)).findFirst().map(Lot::getSubCategories).orElse(List.of());
    }

    public void lotChanged() {
        specialismIds = new Long[0];
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public SettingType[] getSettingTypes() {
        return SettingType.values();
    }

    public Gender[] getGenderChoices() {
        return Gender.values();
    }

    public OfstedJudgement[] getJudgements() {
        return OfstedJudgement.values();
    }

    public List<Home> getHomes() {
        return homes;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public Home getCurrent() {
        return current;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOfstedUrn() {
        return ofstedUrn;
    }

    public void setOfstedUrn(String ofstedUrn) {
        this.ofstedUrn = ofstedUrn;
    }

    public SettingType getSettingType() {
        return settingType;
    }

    public void setSettingType(SettingType settingType) {
        this.settingType = settingType;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public int getVacancies() {
        return vacancies;
    }

    public void setVacancies(int vacancies) {
        this.vacancies = vacancies;
    }

    public int getMinAge() {
        return minAge;
    }

    public void setMinAge(int minAge) {
        this.minAge = minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(int maxAge) {
        this.maxAge = maxAge;
    }

    public Gender[] getGenders() {
        return genders;
    }

    public void setGenders(Gender[] genders) {
        this.genders = genders;
    }

    public Long[] getSpecialismIds() {
        return specialismIds;
    }

    public void setSpecialismIds(Long[] specialismIds) {
        this.specialismIds = specialismIds;
    }

    public OfstedJudgement getJudgement() {
        return judgement;
    }

    public void setJudgement(OfstedJudgement judgement) {
        this.judgement = judgement;
    }

    public LocalDate getJudgementDate() {
        return judgementDate;
    }

    public void setJudgementDate(LocalDate judgementDate) {
        this.judgementDate = judgementDate;
    }
}
