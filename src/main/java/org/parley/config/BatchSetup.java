package org.parley.config;

import java.util.Properties;

import com.ibm.jbatch.spi.BatchSPIManager;

/**
 * Configures jbatch for Java SE, once per JVM and before the first job operator is created:
 * SE mode, a growable thread pool, artifacts by name from {@code META-INF/batch.xml} (no CDI),
 * and the job repository in the home's embedded Derby database.
 */
public final class BatchSetup {

    private static ParleyHome configured;

    private BatchSetup() {
    }

    /** Points jbatch and Derby at the home; a second call must name the same home. */
    public static synchronized void configure(ParleyHome home) {
        if (configured != null) {
            if (!configured.equals(home)) {
                throw new IllegalStateException("jbatch is already configured for " + configured.root()
                        + "; one JVM serves one Parley home");
            }
            return;
        }
        DerbySetup.configure(home);
        Properties batch = new Properties();
        batch.setProperty("J2SE_MODE", "true");
        batch.setProperty("BATCH_THREADPOOL_SERVICE",
                "com.ibm.jbatch.container.services.impl.GrowableThreadPoolServiceImpl");
        batch.setProperty("CONTAINER_ARTIFACT_FACTORY_SERVICE",
                "com.ibm.jbatch.container.services.impl.DelegatingBatchArtifactFactoryImpl");
        batch.setProperty("JDBC_DRIVER", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
        batch.setProperty("JDBC_URL", home.jdbcUrl() + ";create=true");
        batch.setProperty("DB_SCHEMA", "JBATCH");
        BatchSPIManager.getInstance().registerBatchContainerOverrideProperties(batch);
        configured = home;
    }
}
