package uk.hearth.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.hearth.requests.application.SufficiencyReport;

/** council/sufficiency.xhtml: what placement searches say about the market, for the sufficiency duty. */
@Named
@RequestScoped
public class SufficiencyBacking {

    @Inject
    private SufficiencyReport report;

    private SufficiencyReport.Figures figures;

    public void load() {
        figures = report.figures();
    }

    public SufficiencyReport.Figures getFigures() {
        return figures;
    }
}
