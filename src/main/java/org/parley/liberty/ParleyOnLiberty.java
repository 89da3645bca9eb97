package org.parley.liberty;

import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.parley.config.ParleyHome;
import org.parley.job.JobEnvironment;
import org.parley.store.Database;

/**
 * Parley deployed on Open Liberty ({@code parley.war}): when the application starts, installs the
 * batch artifacts' environment on the server's data source {@code jdbc/parley} (shared by every
 * server of the deployment, migrated by Liquibase) and the home named by {@code PARLEY_HOME} (where
 * run folders go: one folder every server of the deployment sees). The job XML and the artifacts
 * are those of a jbatch SE run; Liberty's batch container runs them and keeps its own job repository
 * in the same data source.
 */
@WebListener
public class ParleyOnLiberty implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ParleyOnLiberty.class.getName());

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ParleyHome home = ParleyHome.resolve(null);
        TransactionSynchronizationRegistry registry = registry();
        Database db = Database.container(dataSource, () -> {
            int status = registry.getTransactionStatus();
            return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
        });
        JobEnvironment.install(home, db);
        LOG.info(() -> "Parley ready on " + db.url() + ", home " + home.root());
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException("the server offers no TransactionSynchronizationRegistry", e);
        }
    }
}
