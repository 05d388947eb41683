package dk.datainformed.connector.statbank.internal;

/** The cells of one answer, one source row at a time, each as a record or a malformed event. */
interface CellSource extends AutoCloseable {

  /**
   * Reads the next source row.
   *
   * @return its event, or null at the end
   */
  dk.datainformed.connector.api.ReadEvent next();

  /** Releases the answer's connection. */
  @Override
  void close();
}
