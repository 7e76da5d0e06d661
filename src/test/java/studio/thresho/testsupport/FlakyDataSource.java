package studio.thresho.testsupport;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The test database with a switch that makes it unreachable: while it is off, every new
 * connection fails the way a lost database server does (a refused connection), so tests can show
 * what happens when the database fails at the worst moment.
 */
public class FlakyDataSource extends DelegatingDataSource {

    private volatile boolean unreachable;

    public FlakyDataSource(DataSource target) {
        super(target);
    }

    public void goDown() {
        unreachable = true;
    }

    public void comeBack() {
        unreachable = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return super.getConnection(username, password);
    }

    private void check() throws SQLException {
        if (unreachable) {
            throw new SQLTransientConnectionException("Could not connect to the database (test switch)", "08S01",
                    new ConnectException("Connection refused"));
        }
    }
}
