package org.partnerflow.infrastructure.readcache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wraps the application's DataSource so that {@link DataVersion} advances when a write is committed. A connection
 * that ran a write is marked; its commit advances the version, its rollback or close forgets the mark; a write on an
 * auto-commit connection advances it at once. Reads (select, with, values, show, explain, set, sequence calls) and
 * Spring Session's own table (each page request touches its session row) leave it alone; anything else counts as a
 * write, so an unknown statement can only make a cache forget too often, never serve stale data.
 */
@Configuration(proxyBeanMethods = false)
class WriteWatch {

    static final String NAME = "partnerflow-write-watch";

    private static final Set<String> READS = Set.of("select", "with", "values", "show", "explain", "set");

    @Bean
    static DataVersion dataVersion() {
        return new DataVersion();
    }

    @Bean
    static BeanPostProcessor writeWatchingDataSource(DataVersion version, Environment environment) {
        // Only the read cache needs the watch: with the cache off, the pool is left as it is.
        boolean cacheOn = !environment.getProperty("partnerflow.read-cache.ttl", Duration.class, Duration.ofSeconds(2))
                .isZero();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (cacheOn && bean instanceof DataSource dataSource && !isWatched(dataSource)) {
                    Listener listener = new Listener(version);
                    return ProxyDataSourceBuilder.create(dataSource).name(NAME).listener(listener)
                            .methodListener(listener).build();
                }
                return bean;
            }
        };
    }

    private static boolean isWatched(DataSource dataSource) {
        return dataSource instanceof ProxyDataSource proxy
                && NAME.equals(proxy.getProxyConfig().getDataSourceName());
    }

    /** Whether a statement may change data: true for anything not known to be a read. */
    static boolean writes(String sql) {
        int start = 0;
        int length = sql.length();
        while (start < length) {
            char c = sql.charAt(start);
            if (Character.isWhitespace(c) || c == '(') {
                start++;
            } else if (sql.startsWith("--", start)) {
                int end = sql.indexOf('\n', start);
                start = end < 0 ? length : end + 1;
            } else if (sql.startsWith("/*", start)) {
                int end = sql.indexOf("*/", start + 2);
                start = end < 0 ? length : end + 2;
            } else {
                break;
            }
        }
        int end = start;
        while (end < length && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String verb = sql.substring(start, end).toLowerCase(Locale.ROOT);
        if (READS.contains(verb)) {
            return false;
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        if (verb.equals("call") && lower.contains("next value for")) {
            return false;
        }
        return !lower.contains("spring_session");
    }

    static final class Listener implements QueryExecutionListener, MethodExecutionListener {

        private final DataVersion version;
        private final Set<String> dirty = ConcurrentHashMap.newKeySet();

        Listener(DataVersion version) {
            this.version = version;
        }

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
            if (!anyWrites(queries)) {
                return;
            }
            Boolean autoCommit = autoCommit(execInfo);
            if (autoCommit == null || autoCommit) {
                version.advance();
            }
            if (autoCommit == null || !autoCommit) {
                dirty.add(execInfo.getConnectionId());
            }
        }

        private static boolean anyWrites(List<QueryInfo> queries) {
            for (QueryInfo query : queries) {
                if (query.getQuery() != null && writes(query.getQuery())) {
                    return true;
                }
            }
            return false;
        }

        /** Null when it cannot tell: then the write counts both now and at the commit, never too late. */
        private static Boolean autoCommit(ExecutionInfo execInfo) {
            try {
                Connection connection = execInfo.getStatement().getConnection();
                return connection.getAutoCommit();
            } catch (SQLException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public void beforeMethod(MethodExecutionContext context) {
        }

        @Override
        public void afterMethod(MethodExecutionContext context) {
            if (!(context.getTarget() instanceof Connection) || context.getConnectionInfo() == null) {
                return;
            }
            String method = context.getMethod().getName();
            String id = context.getConnectionInfo().getConnectionId();
            switch (method) {
                case "commit" -> {
                    if (context.getThrown() == null && dirty.remove(id)) {
                        version.advance();
                    }
                }
                case "rollback", "close" -> {
                    // A rollback to a savepoint keeps earlier writes: leave the mark until the transaction ends.
                    if (context.getMethodArgs() == null || context.getMethodArgs().length == 0) {
                        dirty.remove(id);
                    }
                }
                case "setAutoCommit" -> {
                    // Turning auto-commit on commits what is pending (JDBC 4).
                    if (Boolean.TRUE.equals(context.getMethodArgs()[0]) && dirty.remove(id)) {
                        version.advance();
                    }
                }
                default -> {
                }
            }
        }
    }
}
