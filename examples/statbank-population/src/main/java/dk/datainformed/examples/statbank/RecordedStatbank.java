package dk.datainformed.examples.statbank;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for api.statbank.dk/v1 on 127.0.0.1 that answers every {@code tableinfo} and {@code
 * data} request with the recorded FOLK1A answers bundled with this example (the rows of the areas
 * asked for, as the API answers), so that the real
 * statbank connector (its HTTP client, BULK parser and area mapping) runs without a network.
 */
final class RecordedStatbank implements AutoCloseable {

  /** The recorded {@code tableinfo} answer (JSON). */
  static final String TABLE_INFO = "folk1a-tableinfo.json";

  /** The recorded {@code data} answer (BULK: {@code ;}-separated UTF-8 with a byte order mark). */
  static final String BULK = "folk1a-bulk.csv";

  private static final Pattern AREAS =
      Pattern.compile("\"code\"\\s*:\\s*\"OMRÅDE\"\\s*,\\s*\"values\"\\s*:\\s*\\[([^\\]]*)]");

  private final HttpServer server;

  private RecordedStatbank(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the server on a free port of the loopback address.
   *
   * @return the running server
   */
  static RecordedStatbank start() {
    return start(resource(TABLE_INFO), resource(BULK));
  }

  /**
   * Starts the server on a free port of the loopback address with answers of the caller's own (a
   * test's changed copy of the recording).
   *
   * @param info the {@code tableinfo} answer (JSON)
   * @param bulk the {@code data} answer (BULK)
   * @return the running server
   */
  static RecordedStatbank start(byte[] info, byte[] bulk) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/v1/tableinfo", exchange -> answer(exchange, "text/json; charset=utf-8", info));
      server.createContext("/v1/data", exchange -> {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        answer(exchange, "text/csv; charset=utf-8", onlyAreasAskedFor(request, bulk));
      });
      server.start();
      return new RecordedStatbank(server);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the local server on 127.0.0.1", e);
    }
  }

  /**
   * The base URL to give the connector as {@code base_url}.
   *
   * @return {@code http://127.0.0.1:<port>/v1/}
   */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
  }

  /**
   * The recorded BULK answer as text.
   *
   * @return the text, byte order mark included
   */
  static String recordedBulk() {
    return new String(resource(BULK), StandardCharsets.UTF_8);
  }

  /**
   * The kommunekoder in the recorded answer, in the order they appear.
   *
   * @return the codes
   */
  static Set<Integer> recordedCodes() {
    Set<Integer> codes = new LinkedHashSet<>();
    for (String line : recordedBulk().split("\r?\n")) {
      String first = line.split(";", 2)[0];
      if (!first.isEmpty() && Character.isDigit(first.charAt(0))) {
        codes.add(Integer.parseInt(first));
      }
    }
    return codes;
  }

  /**
   * The recorded rows of the areas the request names ({@code "code":"OMRÅDE","values":[...]}), as
   * the API answers; every row when it names none or {@code *}.
   */
  private static byte[] onlyAreasAskedFor(String request, byte[] bulk) {
    Matcher m = AREAS.matcher(request);
    if (!m.find() || m.group(1).contains("*")) {
      return bulk;
    }
    Set<String> areas = new LinkedHashSet<>();
    for (String value : m.group(1).split(",")) {
      areas.add(value.strip().replace("\"", ""));
    }
    StringBuilder rows = new StringBuilder();
    String[] lines = new String(bulk, StandardCharsets.UTF_8).split("(?<=\n)");
    for (int i = 0; i < lines.length; i++) {
      if (i == 0 || areas.contains(lines[i].split(";", 2)[0])) {
        rows.append(lines[i]);
      }
    }
    return rows.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void answer(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = RecordedStatbank.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the recorded answer " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
