package uk.hearth.web.competitions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.competitions.domain.MiniCompetition;

/** commissioner/competitions.xhtml: the council's mini-competitions, newest first. */
@Named
@RequestScoped
public class CompetitionsBacking {

    @Inject
    private MiniCompetitions competitions;

    private List<MiniCompetition> list;

    /** Loaded on first use too, so a table's filter or page request (a postback) has its rows. */
    public List<MiniCompetition> getCompetitions() {
        if (list == null) {
            list = competitions.list();
        }
        return list;
    }
}
