package org.parley.config;

import java.util.Properties;

import com.ibm.jbatch.spi.BatchSPIManager;

/**
 * Configures jbatch for Java SE, once per JVM and before the first job operator is created:
 * SE mode, a growable thread pool, artifacts by name from {@code META-INF/batch.xml} (no CDI),
 * and the job repository in the home's database (embedded Derby, or PostgreSQL).
 */
public final class BatchSetup {

    private static ParleyHome configured;
    private static DatabaseSetting configuredDatabase;

    private BatchSetup() {
    }

    /** Points jbatch and Derby at the home's embedded database; a second call must name the same home. */
    public static synchronized void configure(ParleyHome home) {
        configure(home, DatabaseSetting.embedded(), null);
    }

    /**
     * Points jbatch at the home's database: embedded Derby through jbatch's own connections, or
     * PostgreSQL through the pool given (jbatch's repository then takes its connections from it).
     * A second call must name the same home.
     */
    public static synchronized void configure(ParleyHome home, DatabaseSetting database,
                                              javax.sql.DataSource pool) {
        if (configured != null) {
            if (!configured.equals(home) || !configuredDatabase.equals(database)) {
                throw new IllegalStateException("jbatch is already configured for " + configured.root()
                        + "; one JVM serves one Parley home");
            }
            return;
        }
        if (database.isEmbedded()) {
            DerbySetup.configure(home);
        }
        Properties batch = new Properties();
        batch.setProperty("J2SE_MODE", "true");
        batch.setProperty("BATCH_THREADPOOL_SERVICE",
                "com.ibm.jbatch.container.services.impl.GrowableThreadPoolServiceImpl");
        batch.setProperty("CONTAINER_ARTIFACT_FACTORY_SERVICE",
                "com.ibm.jbatch.container.services.impl.DelegatingBatchArtifactFactoryImpl");
        if (database.isEmbedded()) {
            batch.setProperty("JDBC_DRIVER", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
            batch.setProperty("JDBC_URL", home.jdbcUrl() + ";create=true");
            batch.setProperty("DB_SCHEMA", "JBATCH");
        } else {
            PooledJobRepository.use(pool);
            batch.setProperty("PERSISTENCE_MANAGEMENT_SERVICE", PooledJobRepository.class.getName());
            batch.setProperty("JDBC_DRIVER", "org.postgresql.Driver");
            batch.setProperty("JDBC_URL", database.url());
            batch.setProperty("DB_SCHEMA", "jbatch");
        }
        BatchSPIManager.getInstance().registerBatchContainerOverrideProperties(batch);
        // jbatch's kernel sets its helper field from this on every call, then puts a no-op helper in
        // it when null and returns the field: two threads at once can get null ("Expect to have a
        // security helper"), a 500 under load. With one registered, the field is never null.
        BatchSPIManager.getInstance().registerBatchSecurityHelper(new com.ibm.jbatch.container.services.impl
                .NoOpBatchSecurityHelper());
        configured = home;
        configuredDatabase = database;
    }
}
