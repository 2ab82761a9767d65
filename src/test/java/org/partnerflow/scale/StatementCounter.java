package org.partnerflow.scale;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import java.util.List;

/**
 * Wraps the DataSource so that every JDBC statement run on a counting thread is counted: Hibernate's and
 * Camunda's MyBatis statements alike, as both go through the same pool. Only the thread that called
 * {@link #start()} counts, so the job executor's polling does not blur the figures.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<AtomicLong> COUNT = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

    public static void start() {
        COUNT.set(new AtomicLong());
        SQL.set(new java.util.ArrayList<>());
    }

    public static long stop() {
        AtomicLong count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count.get();
    }

    /** The statements of the last counted stretch, for a failure message. */
    public static List<String> statements() {
        List<String> sql = SQL.get();
        return sql == null ? List.of() : sql;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource proxy
                        && "counted".equals(proxy.getProxyConfig().getDataSourceName()))) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            AtomicLong count = COUNT.get();
            if (count != null) {
                count.incrementAndGet();
                List<String> sql = SQL.get();
                if (sql != null && !queryInfoList.isEmpty()) {
                    String q = queryInfoList.get(0).getQuery().replaceAll("\\s+", " ");
                    sql.add(q);
                }
            }
        }
    }
}
