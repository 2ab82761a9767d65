package org.partnerflow.infrastructure.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements count as writes for the read cache: anything not known to be a read. */
class WriteWatchTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from award where id = ?",
        "  SELECT RES.* from ACT_RU_TASK RES",
        "(select 1) union (select 2)",
        "/* dashboard */ select count(*) from milestone",
        "-- a note\nselect 1",
        "with recent as (select 1) select * from recent",
        "values (1)",
        "set lock_timeout = 1000",
        "select nextval('award_seq')",
        "call next value for award_seq",
        "select * from ACT_RU_TASK where ID_ = ? for update",
        "update SPRING_SESSION set LAST_ACCESS_TIME = ? where PRIMARY_ID = ?",
        "insert into spring_session_attributes (session_primary_id, attribute_name) values (?, ?)"})
    void readsAndSessionBookkeepingAreNotWrites(String sql) {
        assertThat(WriteWatch.writes(sql)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into audit_event (id) values (?)",
        "  UPDATE ACT_RU_TASK set REV_ = ? where ID_ = ?",
        "delete from ACT_RU_VARIABLE where ID_ = ?",
        "merge into milestone key (id) values (?)",
        "/* comment */ update tranche set status = ?",
        "truncate table audit_event",
        "create index if not exists pf_ix on ACT_RU_TASK (DUE_DATE_)",
        "call some_procedure()",
        "",
        "something nobody expected"})
    void everythingElseIsAWrite(String sql) {
        assertThat(WriteWatch.writes(sql)).isTrue();
    }
}
