package org.knotwork.handout;

import static org.knotwork.db.generated.Tables.HANDOUT;
import static org.knotwork.db.generated.Tables.HANDOUT_SECTION;
import static org.knotwork.db.generated.Tables.PLAN_HANDOUT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.knotwork.db.generated.tables.records.HandoutRecord;

/** Stores the therapist's own handouts and their edits of built-in ones. */
public final class HandoutRepository {
  private final DSLContext dsl;

  public HandoutRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Every stored handout, own and edited, by title. */
  public List<Handout> all() {
    return assemble(dsl.selectFrom(HANDOUT).orderBy(HANDOUT.TITLE, HANDOUT.ID).fetch());
  }

  public Optional<Handout> find(long id) {
    return assemble(dsl.selectFrom(HANDOUT).where(HANDOUT.ID.eq(id)).fetch()).stream().findFirst();
  }

  public Optional<Handout> findEdit(String builtInKey) {
    return assemble(dsl.selectFrom(HANDOUT).where(HANDOUT.BUILTIN_KEY.eq(builtInKey)).fetch())
        .stream()
        .findFirst();
  }

  /** Inserts a handout (own, or the edit of a built-in when it carries a key); returns its id. */
  public long insert(Handout h, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          HandoutRecord r = trx.dsl().newRecord(HANDOUT);
          fill(r, h);
          r.setCreatedAt(now);
          r.setUpdatedAt(now);
          r.store();
          insertSections(trx.dsl(), r.getId(), h);
          return r.getId();
        });
  }

  /** Replaces a stored handout's content; false when it no longer exists. */
  public boolean update(long id, Handout h, LocalDateTime now) {
    return dsl.transactionResult(
        trx -> {
          HandoutRecord r = trx.dsl().selectFrom(HANDOUT).where(HANDOUT.ID.eq(id)).fetchOne();
          if (r == null) {
            return false;
          }
          fill(r, h);
          r.setUpdatedAt(now);
          r.store();
          trx.dsl().deleteFrom(HANDOUT_SECTION).where(HANDOUT_SECTION.HANDOUT_ID.eq(id)).execute();
          insertSections(trx.dsl(), id, h);
          return true;
        });
  }

  public boolean delete(long id) {
    return dsl.deleteFrom(HANDOUT).where(HANDOUT.ID.eq(id)).execute() == 1;
  }

  /** How many plans list the handout with this reference. */
  public int plansUsing(String ref) {
    return dsl.fetchCount(PLAN_HANDOUT, PLAN_HANDOUT.HANDOUT_REF.eq(ref));
  }

  private static void fill(HandoutRecord r, Handout h) {
    if (r.getId() == null) {
      r.setBuiltinKey(h.builtInKey());
    }
    r.setTitle(h.title());
    r.setIntro(h.intro());
    r.setHowOften(h.howOften());
    r.setSafety(h.safety());
    r.setFigure(h.figure());
    r.setImage(h.image());
  }

  private static void insertSections(DSLContext ctx, long id, Handout h) {
    int pos = 0;
    for (HandoutSection s : h.sections()) {
      ctx.insertInto(HANDOUT_SECTION)
          .set(HANDOUT_SECTION.HANDOUT_ID, id)
          .set(HANDOUT_SECTION.POSITION, pos++)
          .set(HANDOUT_SECTION.HEADING, s.heading())
          .set(HANDOUT_SECTION.BODY, s.text())
          .set(HANDOUT_SECTION.BULLETS, String.join("\n", s.bullets()))
          .set(HANDOUT_SECTION.NUMBERED, s.numbered())
          .execute();
    }
  }

  private List<Handout> assemble(List<HandoutRecord> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, List<HandoutSection>> sections =
        dsl.selectFrom(HANDOUT_SECTION)
            .where(HANDOUT_SECTION.HANDOUT_ID.in(heads.stream().map(HandoutRecord::getId).toList()))
            .orderBy(HANDOUT_SECTION.POSITION)
            .fetchGroups(
                HANDOUT_SECTION.HANDOUT_ID,
                s ->
                    new HandoutSection(
                        s.getHeading(),
                        s.getBody(),
                        s.getBullets().isBlank()
                            ? List.of()
                            : Arrays.stream(s.getBullets().split("\n"))
                                .filter(b -> !b.isBlank())
                                .toList(),
                        s.getNumbered()));
    List<Handout> handouts = new ArrayList<>();
    for (HandoutRecord r : heads) {
      handouts.add(
          new Handout(
              r.getId(),
              r.getBuiltinKey(),
              r.getTitle(),
              r.getIntro(),
              sections.getOrDefault(r.getId(), List.of()),
              r.getHowOften(),
              r.getSafety(),
              r.getFigure(),
              r.getImage()));
    }
    return handouts;
  }
}
