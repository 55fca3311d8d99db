package org.knotwork.session;

import static org.knotwork.db.generated.Tables.SESSION;

import java.util.List;
import org.jooq.DSLContext;

/** Stores sessions. Their SOAP content arrives with the session-notes feature. */
public final class SessionRepository {
  private final DSLContext dsl;

  public SessionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Records visits in one transaction. */
  public void insertVisits(List<Visit> visits) {
    dsl.transaction(
        trx -> {
          var batch =
              trx.dsl()
                  .batch(
                      trx.dsl()
                          .insertInto(
                              SESSION,
                              SESSION.CLIENT_ID,
                              SESSION.SERVICE_START,
                              SESSION.DURATION_MINUTES,
                              SESSION.WRITTEN_AT)
                          .values((Long) null, null, null, null));
          for (Visit v : visits) {
            batch.bind(v.clientId(), v.serviceStart(), v.durationMinutes(), v.writtenAt());
          }
          if (!visits.isEmpty()) {
            batch.execute();
          }
        });
  }

  public List<Visit> visitsOf(long clientId) {
    return dsl.selectFrom(SESSION)
        .where(SESSION.CLIENT_ID.eq(clientId))
        .orderBy(SESSION.SERVICE_START)
        .fetch(
            r ->
                new Visit(
                    r.getClientId(),
                    r.getServiceStart(),
                    r.getDurationMinutes(),
                    r.getWrittenAt()));
  }
}
