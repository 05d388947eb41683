package dk.datainformed.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real database whose connection dies at the n-th statement or commit: the connection is closed
 * under the store (as when the process or the network goes), and the call fails. This is fault
 * injection around the real driver, not a stand-in for the database.
 */
final class FailingDatabase {
  private static final Set<String> EXECUTES =
      Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "commit");

  private final DataSource real;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile int failAt = Integer.MAX_VALUE;
  private volatile boolean failed;

  FailingDatabase(DataSource real) {
    this.real = real;
  }

  /** Fails the n-th statement or commit from now (1 is the next one). */
  void failAt(int n) {
    calls.set(0);
    failed = false;
    failAt = n;
  }

  /** Fails nothing. */
  void heal() {
    failAt = Integer.MAX_VALUE;
  }

  boolean failed() {
    return failed;
  }

  DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object out = invoke(real, method, args);
          return out instanceof Connection ? connection((Connection) out) : out;
        });
  }

  private Connection connection(Connection c) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            die(c);
          }
          Object out = invoke(c, method, args);
          if (out instanceof PreparedStatement) {
            return statement(c, out, PreparedStatement.class);
          }
          return out instanceof Statement ? statement(c, out, Statement.class) : out;
        });
  }

  private Object statement(Connection c, Object s, Class<?> type) {
    InvocationHandler h = (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        die(c);
      }
      return invoke(s, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
  }

  private void die(Connection c) throws SQLException {
    if (calls.incrementAndGet() == failAt) {
      failed = true;
      c.close();
      throw new SQLException("injected failure: the connection was lost", "08006");
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
