package dk.datainformed.store;

import dk.datainformed.sql.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The real databases the store's tests run on: a DuckDB file in a temporary folder, and a fresh
 * database on one PostgreSQL server started for the test JVM from the binaries zonky publishes on
 * Maven Central (a few seconds; it stops with the JVM).
 */
final class Databases {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Databases() {}

  /** A data source on a new, empty database of the dialect. */
  static DataSource fresh(Dialect dialect) {
    try {
      if (dialect == Dialect.DUCKDB) {
        Path folder = Files.createTempDirectory("datainformed-store");
        return new dk.datainformed.store.internal.DuckDbFile("jdbc:duckdb:" + folder.resolve("store.duckdb"));
      }
      String name = "store_" + NEXT.incrementAndGet();
      try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return postgres().getDatabase("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A store on a new database, stamping runs with the clock. */
  static ResultStore store(Dialect dialect, java.time.Clock clock) {
    return ResultStore.on(fresh(dialect), dialect).clock(clock).build();
  }

  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) {
      postgres = EmbeddedPostgres.start();
    }
    return postgres;
  }
}
