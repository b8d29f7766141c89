package uk.hearth.web.competitions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.hearth.competitions.application.CompetitionOverview;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;
import uk.hearth.web.shared.Uploads;

/**
 * commissioner/competition.xhtml: one mini-competition. A draft is published from here; afterwards it shows who
 * was invited, the clarification questions to answer, how many bids are in (never what they say) and, after the
 * deadline, the opened bids.
 */
@Named
@ViewScoped
public class CompetitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private HearthClock clock;

    private Long id;
    private CompetitionOverview overview;
    private List<Bid> opened;
    private final Map<Long, String> answers = new HashMap<>();
    private String cancelReason;
    private transient Part file;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The competition");
        }
        overview = competitions.overview(id);
    }

    public String publish() {
        return ServiceCalls.attempt(() -> competitions.publish(id, competition().getVersion())).map(published -> {
            int invited = published.invitations().size();
            FacesMessages.info(invited + (invited == 1 ? " provider was" : " providers were") + " invited: every provider"
                    + " admitted to " + published.competition().getLot().getName() + " and not suspended.");
            return redirect();
        }).orElse(null);
    }

    public String answer(long clarificationId) {
        return ServiceCalls.attempt(() -> competitions.answerClarification(id, clarificationId, answers.get(clarificationId)))
                .map(answered -> {
                    FacesMessages.info("The answer is published to every invited provider, without saying who asked.");
                    return redirect();
                }).orElse(null);
    }

    /**
     * Opening is recorded (who, when) by the service, and refused before the deadline whoever asks. It shows who bid;
     * what they said is read on the evaluation page, by panel members who have declared no conflict.
     */
    public void openBids() {
        ServiceCalls.attempt(() -> competitions.open(id)).ifPresent(bids -> {
            opened = bids;
            overview = competitions.overview(id);
        });
    }

    /** Specification documents are added while the competition is a draft; every invited provider can read them. */
    public String addSpecification() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose a file to add.");
            return null;
        }
        return ServiceCalls.attempt(() -> competitions.addSpecification(id, file.getSubmittedFileName(), Uploads.bytesOf(file)))
                .map(added -> {
                    FacesMessages.info("‘" + added.getFile().fileName() + "’ is added to the specification.");
                    return redirect();
                }).orElse(null);
    }

    public String cancel() {
        return ServiceCalls.attempt(() -> competitions.cancel(id, competition().getVersion(), cancelReason))
                .map(cancelled -> {
                    FacesMessages.info(cancelled.competition().getReference() + " is cancelled; the invited providers are told why.");
                    return redirect();
                }).orElse(null);
    }

    private String redirect() {
        return "/commissioner/competition?faces-redirect=true&id=" + id;
    }

    private MiniCompetition competition() {
        return overview.competition();
    }

    public boolean isDraft() {
        return competition().getStatus() == CompetitionStatus.DRAFT;
    }

    public boolean isOpenForBids() {
        return competition().isOpenForBidsAt(clock.now());
    }

    /** Past the deadline, and not cancelled: the bids may be opened (the service checks again). */
    public boolean isOpenable() {
        CompetitionStatus status = competition().getStatus();
        return status != CompetitionStatus.DRAFT && status != CompetitionStatus.CANCELLED
                && clock.now().isAfter(competition().getTenderDeadline());
    }

    public boolean isCancellable() {
        CompetitionStatus status = competition().getStatus();
        return status != CompetitionStatus.CANCELLED && status != CompetitionStatus.CONCLUDED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompetitionOverview getOverview() {
        return overview;
    }

    public List<Bid> getOpened() {
        return opened;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
