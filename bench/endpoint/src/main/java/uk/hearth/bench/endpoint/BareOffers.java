package uk.hearth.bench.endpoint;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** One transaction, one insert into the application's own database: nothing checked, nothing audited. */
@Stateless
public class BareOffers {

    @Resource(lookup = "java:jboss/datasources/HearthDS")
    private DataSource database;

    public long insert(long requestId, long homeId, BigDecimal weeklyFee) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into bench_offer (request_id, home_id, weekly_fee, received_at) values (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, requestId);
            insert.setLong(2, homeId);
            insert.setBigDecimal(3, weeklyFee);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
