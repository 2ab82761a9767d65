package org.partnerflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The design that makes an unknown address answer as fast as a known one, without a timing test: the token is never
 * stored, every request is looked up once by the SHA-256 of what it sent (known, revoked and never-issued tokens
 * alike), never by the token, and the hashes are compared in constant time.
 */
class FeedTokensTest {

    CalendarFeedRepository repository = mock(CalendarFeedRepository.class);
    FeedKey key = mock(FeedKey.class);
    FeedTokens tokens;
    /** The rows as the unique index on token_hash would find them. */
    Map<String, CalendarFeed> byHash = new HashMap<>();
    Map<Long, CalendarFeed> byUser = new HashMap<>();

    @BeforeEach
    void setUp() {
        when(key.get()).thenReturn(new byte[32]);
        when(repository.save(any())).thenAnswer(call -> {
            CalendarFeed feed = call.getArgument(0);
            byUser.put(feed.getUserId(), feed);
            return feed;
        });
        when(repository.findByUserId(org.mockito.ArgumentMatchers.anyLong()))
                .thenAnswer(call -> Optional.ofNullable(byUser.get((Long) call.getArgument(0))));
        when(repository.findByTokenHash(anyString())).thenAnswer(call -> Optional.ofNullable(
                byUser.values().stream().filter(f -> f.getTokenHash().equals(call.getArgument(0))).findFirst()
                        .orElse(null)));
        tokens = new FeedTokens(repository, key, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aTokenIs256UrlSafeBitsAndOnlyItsSha256IsStored() {
        String token = tokens.tokenOf(7L);

        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 32 bytes in base64url without padding: 256 bits
        ArgumentCaptor<CalendarFeed> saved = ArgumentCaptor.forClass(CalendarFeed.class);
        verify(repository).save(saved.capture());
        assertThat(saved.getValue().getTokenHash()).isEqualTo(FeedTokens.hash(token)).hasSize(64)
                .doesNotContain(token);
        assertThat(saved.getValue().getSeed()).isNotEqualTo(token);
        assertThat(tokens.tokenOf(7L)).as("the same address when asked again").isEqualTo(token);
        assertThat(tokens.tokenOf(8L)).as("another user's").isNotEqualTo(token);
    }

    @Test
    void knownAndUnknownTokensAreEachLookedUpOnceByTheirHashNeverByTheToken() {
        String known = tokens.tokenOf(7L);
        String unknown = "A".repeat(43);

        assertThat(tokens.userOf(known)).contains(7L);
        assertThat(tokens.userOf(unknown)).isEmpty();

        verify(repository, times(1)).findByTokenHash(FeedTokens.hash(known));
        verify(repository, times(1)).findByTokenHash(FeedTokens.hash(unknown));
        verify(repository, never()).findByTokenHash(known);
        verify(repository, never()).findByTokenHash(unknown);
        verify(repository, never()).findAll();
    }

    @Test
    void aResetTokenMatchesNothingAndTheNewOneItsUser() {
        String old = tokens.tokenOf(7L);

        String fresh = tokens.reset(7L);

        assertThat(fresh).isNotEqualTo(old).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.userOf(old)).isEmpty();
        assertThat(tokens.userOf(fresh)).contains(7L);
        assertThat(tokens.tokenOf(7L)).isEqualTo(fresh);
    }

    @Test
    void aRowWhoseHashDiffersIsNotTakenForAMatch() {
        tokens.tokenOf(7L);
        CalendarFeed someoneElses = byUser.get(7L);
        // as if the index returned a row for another hash: the constant-time comparison still refuses it
        when(repository.findByTokenHash(anyString())).thenReturn(Optional.of(someoneElses));

        assertThat(tokens.userOf("not-the-token")).isEmpty();
        assertThat(tokens.userOf(null)).isEmpty();
    }

    @Test
    void theTokenDependsOnTheInstallationKeySoTheStoredSeedAloneDoesNotGiveTheAddress() {
        String token = tokens.tokenOf(7L);
        when(key.get()).thenReturn("another installation's key, 32+ bytes".getBytes());

        assertThat(tokens.tokenOf(7L)).isNotEqualTo(token);
    }
}
