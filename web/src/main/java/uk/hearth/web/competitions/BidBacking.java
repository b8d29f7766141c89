package uk.hearth.web.competitions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.application.InvitedCompetition;
import uk.hearth.competitions.application.MyBid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;
import uk.hearth.web.shared.Uploads;

/**
 * provider/competition.xhtml: a mini-competition as an invited provider sees it, with its own bid: answers per
 * question, the price and its breakdown, attachments; saved as a draft, submitted, withdrawn and resubmitted
 * until the deadline. Nothing here shows any other provider.
 */
@Named
@ViewScoped
public class BidBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionBids bids;

    private Long id;
    private InvitedCompetition view;
    private MyBid myBid;
    private Map<Long, String> answers = new HashMap<>();
    private BigDecimal price;
    private List<BreakdownRow> breakdown = new ArrayList<>();
    private String question;
    private transient Part file;

    /** One line of the price breakdown as typed. */
    public static class BreakdownRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String item;
        private BigDecimal amount;

        BreakdownRow(String item, BigDecimal amount) {
            this.item = item;
            this.amount = amount;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The competition");
        }
        view = bids.competition(id);
        show(bids.myBid(id));
    }

    private void show(Optional<MyBid> bid) {
        myBid = bid.orElse(null);
        BidContents contents = bid.map(MyBid::contents).orElse(BidContents.empty());
        answers = new HashMap<>(contents.answers());
        price = contents.price() == null ? null : contents.price().amount();
        breakdown = new ArrayList<>(contents.breakdown().stream()
                .map(l -> new BreakdownRow(l.item(), l.amount().amount())).toList());
        while (breakdown.size() < 2) {
            breakdown.add(new BreakdownRow("", null));
        }
    }

    private BidDraft draft() {
        // Rows left empty are spare rows, not lines of the breakdown.
        return new BidDraft(answers, price, breakdown.stream().filter(r -> r.getItem() != null && !r.getItem().isBlank()
                || r.getAmount() != null).map(r -> new BidDraft.Line(r.getItem(), r.getAmount())).toList());
    }

    public void save() {
        ServiceCalls.attempt(() -> bids.saveDraft(id, draft())).ifPresent(saved -> {
            show(Optional.of(saved));
            FacesMessages.info("Your draft bid is saved, sealed: nobody at the council can read it.");
        });
    }

    /** Saves what is typed, then submits it, so what is submitted is what the provider sees. */
    public void submit() {
        ServiceCalls.attempt(() -> {
            bids.saveDraft(id, draft());
            return bids.submit(id);
        }).ifPresent(submitted -> {
            show(Optional.of(submitted));
            FacesMessages.info("Your bid is submitted. It stays sealed until the deadline; you can withdraw it and bid again until then.");
        });
    }

    public void withdraw() {
        ServiceCalls.attempt(() -> bids.withdraw(id)).ifPresent(withdrawn -> {
            show(Optional.of(withdrawn));
            FacesMessages.info("Your bid is withdrawn. Change it and submit it again before the deadline, or leave it.");
        });
    }

    public void attach() {
        if (file == null) {
            FacesMessages.error("Choose a file to attach.");
            return;
        }
        ServiceCalls.attempt(() -> bids.attach(id, file.getSubmittedFileName(), Uploads.bytesOf(file))).ifPresent(attached -> {
            myBid = attached;
            FacesMessages.info("Attached, sealed with the rest of your bid.");
        });
    }

    public void ask() {
        if (ServiceCalls.attempt(() -> bids.ask(id, question))) {
            question = null;
            FacesMessages.info("Your question is sent. The council publishes its answer to every invited provider without saying who asked.");
        }
    }

    public void addBreakdownLine() {
        breakdown.add(new BreakdownRow("", null));
    }

    public int wordsIn(String text) {
        return text == null ? 0 : BidContents.wordsIn(text);
    }

    /** A submitted bid is changed only by withdrawing it first. */
    public boolean isEditable() {
        return view.openForBids() && (myBid == null || myBid.bid().getStatus() != BidStatus.SUBMITTED);
    }

    /** The winner, once the contract is concluded, downloads it here (the service loads it for the winner alone). */
    public boolean isContractMine() {
        MiniCompetition competition = view.competition();
        return myBid != null && competition.getContractDocument() != null
                && competition.getWinningBid().getId().equals(myBid.bid().getId());
    }

    public boolean isSubmitted() {
        return myBid != null && myBid.bid().getStatus() == BidStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InvitedCompetition getView() {
        return view;
    }

    public MyBid getMyBid() {
        return myBid;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public List<BreakdownRow> getBreakdown() {
        return breakdown;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
