package uk.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.hearth.shared.time.HearthClock;

/** How a certificate's expiry date reads on any page: lapsed, lapsing within 30 days, or current. */
@Named("expiry")
@RequestScoped
public class ExpiryBadge {

    @Inject
    private HearthClock clock;

    public String cssClass(LocalDate expiresOn) {
        if (expiresOn == null) {
            return "badge--muted";
        }
        long daysLeft = ChronoUnit.DAYS.between(clock.today(), expiresOn);
        return daysLeft < 0 ? "badge--error" : daysLeft <= 30 ? "badge--warn" : "badge--ok";
    }

    public String label(LocalDate expiresOn) {
        if (expiresOn == null) {
            return "Does not expire";
        }
        long daysLeft = ChronoUnit.DAYS.between(clock.today(), expiresOn);
        if (daysLeft < 0) {
            return "Expired " + (-daysLeft) + (daysLeft == -1 ? " day ago" : " days ago");
        }
        return daysLeft == 0 ? "Expires today" : "Expires in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    }
}
