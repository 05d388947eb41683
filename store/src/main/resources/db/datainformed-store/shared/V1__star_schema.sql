-- datainformed results store, version 1: runs, disclosed values as of each run, frozen baselines
-- and the sources' checkpoints, in a long star schema (see the store module's README). DuckDB and
-- PostgreSQL both run this file: keep to the SQL they share.

-- One row; a run that writes takes it first, so two runs never write at once.
CREATE TABLE store_lock (id INTEGER PRIMARY KEY, holder VARCHAR(200));
INSERT INTO store_lock (id, holder) VALUES (1, NULL);

CREATE TABLE run (
  run_id BIGINT PRIMARY KEY,
  pipeline VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  as_of DATE NOT NULL,
  values_changed BIGINT NOT NULL,
  report TEXT NOT NULL
);

CREATE TABLE run_kpi (
  run_id BIGINT NOT NULL,
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  series BIGINT NOT NULL,
  values_published BIGINT NOT NULL,
  primary_suppressed BIGINT NOT NULL,
  secondary_suppressed BIGINT NOT NULL,
  PRIMARY KEY (run_id, kpi_id)
);

CREATE TABLE run_checkpoint (
  run_id BIGINT NOT NULL,
  source VARCHAR(200) NOT NULL,
  stream VARCHAR(200) NOT NULL,
  name VARCHAR(200) NOT NULL,
  value VARCHAR(4000) NOT NULL,
  PRIMARY KEY (run_id, source, stream, name)
);

CREATE TABLE dim_kpi (
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  name_da VARCHAR(400) NOT NULL,
  name_en VARCHAR(400) NOT NULL,
  unit VARCHAR(40) NOT NULL,
  direction VARCHAR(40) NOT NULL,
  grain VARCHAR(20) NOT NULL,
  owner VARCHAR(400) NOT NULL,
  purpose VARCHAR(40) NOT NULL,
  audiences VARCHAR(400) NOT NULL,
  question_da TEXT NOT NULL,
  question_en TEXT NOT NULL,
  coverage_da TEXT NOT NULL,
  coverage_en TEXT NOT NULL,
  coverage_fraction DOUBLE PRECISION,
  PRIMARY KEY (kpi_id, kpi_version)
);

CREATE TABLE dim_unit (
  unit_id VARCHAR(200) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  name VARCHAR(400) NOT NULL,
  parent_id VARCHAR(200),
  PRIMARY KEY (unit_id, valid_from)
);

CREATE TABLE dim_period (
  period_key VARCHAR(20) PRIMARY KEY,
  grain VARCHAR(20) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  year INTEGER NOT NULL
);

CREATE TABLE dim_series (
  kpi_id VARCHAR(200) NOT NULL,
  series_key VARCHAR(1000) NOT NULL,
  position INTEGER NOT NULL,
  dimension VARCHAR(200) NOT NULL,
  value VARCHAR(1000) NOT NULL,
  PRIMARY KEY (kpi_id, series_key, position)
);

-- A value as the runs from first_run up to (not including) last_run published it; last_run is
-- null while it is current. A revised value closes the old row and opens a new one.
CREATE TABLE fact_value (
  pipeline VARCHAR(200) NOT NULL,
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  series_key VARCHAR(1000) NOT NULL,
  unit_id VARCHAR(200),
  period_key VARCHAR(20) NOT NULL,
  first_run BIGINT NOT NULL,
  last_run BIGINT,
  status VARCHAR(20) NOT NULL,
  reason VARCHAR(40),
  value DOUBLE PRECISION,
  numerator DOUBLE PRECISION,
  denominator DOUBLE PRECISION,
  records BIGINT,
  persons BIGINT,
  PRIMARY KEY (pipeline, kpi_id, series_key, period_key, first_run)
);

CREATE TABLE baseline (
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  series_key VARCHAR(1000) NOT NULL,
  first_period VARCHAR(20) NOT NULL,
  last_period VARCHAR(20) NOT NULL,
  points INTEGER NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  run_id BIGINT NOT NULL,
  PRIMARY KEY (kpi_id, kpi_version, series_key, first_period)
);

CREATE TABLE baseline_point (
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  series_key VARCHAR(1000) NOT NULL,
  first_period VARCHAR(20) NOT NULL,
  period_key VARCHAR(20) NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  numerator DOUBLE PRECISION,
  denominator DOUBLE PRECISION,
  PRIMARY KEY (kpi_id, kpi_version, series_key, first_period, period_key)
);

-- What each run's charts drew, one row per chart segment: its centre and mean moving range (for a
-- non-seasonal XmR chart the limits are centre +/- 2.66 x mean_moving_range), how many points the
-- limits rest on, and, when they came from a frozen baseline, that baseline's first period.
CREATE TABLE run_segment (
  run_id BIGINT NOT NULL,
  kpi_id VARCHAR(200) NOT NULL,
  kpi_version INTEGER NOT NULL,
  series_key VARCHAR(1000) NOT NULL,
  segment INTEGER NOT NULL,
  first_period VARCHAR(20) NOT NULL,
  last_period VARCHAR(20) NOT NULL,
  chart_type VARCHAR(20) NOT NULL,
  centre DOUBLE PRECISION,
  mean_moving_range DOUBLE PRECISION,
  baseline_points INTEGER NOT NULL,
  trial BOOLEAN NOT NULL,
  seasonally_adjusted BOOLEAN NOT NULL,
  frozen_on VARCHAR(20),
  PRIMARY KEY (run_id, kpi_id, kpi_version, series_key, segment)
);

-- What the cockpit shows now: each pipeline's current values.
CREATE VIEW current_value AS
  SELECT pipeline, kpi_id, kpi_version, series_key, unit_id, period_key, status, reason, value,
         numerator, denominator, records, persons, first_run
  FROM fact_value
  WHERE last_run IS NULL;
