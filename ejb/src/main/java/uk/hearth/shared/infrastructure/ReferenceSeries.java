package uk.hearth.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number issued in one series of references (REQ, MC…); rows are created by the migrations. */
@Entity
@Table(name = "reference_series")
class ReferenceSeries {

    @Id
    @Column(length = 10)
    private String prefix;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReferenceSeries() {
    }

    long next() {
        return ++lastNumber;
    }
}
