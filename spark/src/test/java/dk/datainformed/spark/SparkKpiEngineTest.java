package dk.datainformed.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.sql.Differences;
import dk.datainformed.sql.RandomKpis;
import dk.datainformed.sql.SqlKpiEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The differential property of issue 15 on Spark in local mode (two threads, one session for the
 * class): for random definitions of every kind, trees that reorganise and data, Spark's result
 * equals the in-process engine's, value for value and part for part.
 */
class SparkKpiEngineTest {
  private static SparkSession spark;

  @BeforeContainer
  static void start() {
    spark = session();
  }

  /** A session on two local threads, without its web UI, for one test class. */
  static SparkSession session() {
    SparkSession s = SparkSession.builder().master("local[2]").appName("datainformed-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    s.sparkContext().setLogLevel("WARN");
    return s;
  }

  @AfterContainer
  static void stop() {
    spark.stop();
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void sparkGivesTheInProcessEnginesResult(@ForAll long seed) {
    RandomKpis.Case c = new RandomKpis(new Random(seed)).next();
    Optional<KpiResult> oracle = c.oracle();
    spark.createDataFrame(rows(c.schema(), c.records()), structOf(c.schema())).createOrReplaceTempView("records");
    SqlKpiEngine engine = SparkKpiEngine.on(spark).catalog(c.catalog()).table(RandomKpis.SOURCE, "records").build();

    if (oracle.isEmpty()) {
      assertThatThrownBy(() -> engine.compute(c.request())).isInstanceOf(KpiException.class);
    } else {
      assertThat(Differences.first(oracle.get(), engine.compute(c.request()))).as(c.describe()).isEmpty();
    }
  }

  /** The records as Spark rows: days as dates, periods as their text, decimals as DECIMAL(18, 4). */
  static List<org.apache.spark.sql.Row> rows(Schema schema, List<Record> records) {
    List<org.apache.spark.sql.Row> out = new ArrayList<>();
    for (Record r : records) {
      Object[] values = new Object[schema.size()];
      for (int i = 0; i < values.length; i++) {
        Object v = r.value(i).orElse(null);
        values[i] = v instanceof Period ? ((Period) v).format()
            : v instanceof Double ? new BigDecimal((Double) v).setScale(4)
            : v instanceof java.time.LocalDate ? java.sql.Date.valueOf((java.time.LocalDate) v)
            : v;
      }
      out.add(RowFactory.create(values));
    }
    return out;
  }

  static StructType structOf(Schema schema) {
    List<StructField> fields = new ArrayList<>();
    for (Field f : schema.fields()) {
      DataType type;
      switch (f.type()) {
        case DATE:
          type = DataTypes.DateType;
          break;
        case INTEGER:
          type = DataTypes.LongType;
          break;
        case DECIMAL:
          type = DataTypes.createDecimalType(18, 4);
          break;
        case BOOLEAN:
          type = DataTypes.BooleanType;
          break;
        default:
          type = DataTypes.StringType;
      }
      fields.add(DataTypes.createStructField(f.name(), type, true));
    }
    return DataTypes.createStructType(fields);
  }
}
