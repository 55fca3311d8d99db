package org.knotwork.client;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports clients from a CSV file (UTF-8 with or without BOM, comma or semicolon): the header row
 * names the columns; every row is checked first and every problem reported with its line number;
 * likely duplicates (same name and date of birth) are shown; then all rows go in one transaction,
 * or none.
 */
public final class ClientCsvImport {
  public static final int MAX_BYTES = 5_000_000;
  public static final int MAX_ROWS = 20_000;

  /**
   * What is wrong with one line of the file (line 1 is the header): every problem of that line, in
   * words, each without a closing full stop.
   */
  public record Problem(long line, List<String> messages) {
    public Problem {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("a problem needs at least one message");
      }
    }

    /** One problem; a closing full stop is dropped, {@link #message()} puts it back. */
    public Problem(long line, String message) {
      this(line, List.of(withoutFullStop(message)));
    }

    /** Every problem of the line as one sentence: "a; b; c." */
    public String message() {
      return String.join("; ", messages) + ".";
    }

    @Override
    public String toString() {
      return "Line " + line + ": " + message();
    }
  }

  /**
   * A row that looks like a client already there ({@code sameAs} "client 12"), or like an earlier
   * row of the file ({@code sameAs} "line 3").
   */
  public record Duplicate(long line, String fullName, LocalDate dateOfBirth, String sameAs) {
    /** True when a client with this name and date of birth is already stored. */
    public boolean alreadyOnFile() {
      return sameAs.startsWith("client ");
    }
  }

  /** One client read from the file, with the line it starts on. */
  public record Row(long line, Client client) {}

  /**
   * What the file would import, and why it cannot if there are problems. The rows are what gets
   * stored: importing a preview never reads the file again, so what was shown is what goes in.
   */
  public record Preview(
      List<Row> rows,
      List<Problem> problems,
      List<Duplicate> duplicates,
      List<String> ignoredColumns) {
    public Preview {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
      duplicates = List.copyOf(duplicates);
      ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Every client of the file, in file order. */
    public List<Client> clients() {
      return rows.stream().map(Row::client).toList();
    }

    public boolean importable() {
      return problems.isEmpty() && !rows.isEmpty();
    }

    /** The rows to store: all of them, or all but the likely duplicates. */
    public List<Row> rowsToImport(boolean includeDuplicates) {
      if (includeDuplicates || duplicates.isEmpty()) {
        return rows;
      }
      java.util.Set<Long> lines = new java.util.HashSet<>();
      duplicates.forEach(d -> lines.add(d.line()));
      return rows.stream().filter(r -> !lines.contains(r.line())).toList();
    }
  }

  /** A column the importer understands: its name in the file, and other names it accepts. */
  public record KnownColumn(String name, List<String> otherNames, boolean required) {}

  private static final Map<String, BiConsumer<Client.Builder, String>> TEXT_COLUMNS =
      new LinkedHashMap<>();
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  static {
    TEXT_COLUMNS.put("full name", Client.Builder::fullName);
    TEXT_COLUMNS.put("preferred name", Client.Builder::preferredName);
    TEXT_COLUMNS.put("pronouns", Client.Builder::pronouns);
    TEXT_COLUMNS.put("phone", Client.Builder::phone);
    TEXT_COLUMNS.put("email", Client.Builder::email);
    TEXT_COLUMNS.put("address", Client.Builder::address);
    TEXT_COLUMNS.put("physician", Client.Builder::physician);
    TEXT_COLUMNS.put("occupation", Client.Builder::occupation);
    TEXT_COLUMNS.put("activities", Client.Builder::activities);
    TEXT_COLUMNS.put("medications", Client.Builder::medications);
    TEXT_COLUMNS.put("notes", Client.Builder::notes);
  }

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("name", "full name"),
          Map.entry("client", "full name"),
          Map.entry("fullname", "full name"),
          Map.entry("dob", "date of birth"),
          Map.entry("birth date", "date of birth"),
          Map.entry("birthday", "date of birth"),
          Map.entry("e mail", "email"),
          Map.entry("telephone", "phone"),
          Map.entry("mobile", "phone"),
          Map.entry("gp", "physician"),
          Map.entry("doctor", "physician"));

  /** The columns read from a file, in the order a therapist would expect them. */
  public static List<KnownColumn> knownColumns() {
    List<String> names = new ArrayList<>(TEXT_COLUMNS.keySet());
    names.add(1, "date of birth");
    List<KnownColumn> known = new ArrayList<>();
    for (String name : names) {
      List<String> others =
          ALIASES.entrySet().stream()
              .filter(e -> e.getValue().equals(name))
              .map(Map.Entry::getKey)
              .filter(alias -> !alias.equals("fullname"))
              .map(
                  alias ->
                      switch (alias) {
                        case "gp", "dob" -> alias.toUpperCase(java.util.Locale.ROOT);
                        case "e mail" -> "E-mail";
                        default -> upperFirst(alias);
                      })
              .sorted()
              .toList();
      known.add(new KnownColumn(upperFirst(name), others, name.equals("full name")));
    }
    return known;
  }

  private final ClientRepository repository;
  private final Clock clock;

  /** Audits imports as "therapist" (tools and tests). */
  public ClientCsvImport(ClientRepository repository, Clock clock) {
    this(repository, clock, () -> "therapist");
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public ClientCsvImport(
      ClientRepository repository, Clock clock, java.util.function.Supplier<String> actor) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
  }

  private final java.util.function.Supplier<String> actor;

  /**
   * Reads and checks a file; stores nothing. A file over {@link #MAX_BYTES} is refused before it is
   * read.
   */
  public Preview preview(java.nio.file.Path file) throws IOException {
    if (java.nio.file.Files.size(file) > MAX_BYTES) {
      return tooLarge();
    }
    return preview(java.nio.file.Files.readAllBytes(file));
  }

  private static Preview tooLarge() {
    return new Preview(
        List.of(),
        List.of(new Problem(1, "the file is larger than 5 MB; split it into smaller files.")),
        List.of(),
        List.of());
  }

  /** Reads and checks the whole file; stores nothing. */
  public Preview preview(byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      return tooLarge();
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      problems.add(
          new Problem(
              lineOfFirstBadByte(bytes),
              "the file is not UTF-8 text. Save it again as \"CSV UTF-8\" and import that."));
      return new Preview(List.of(), problems, List.of(), List.of());
    }
    if (text.isBlank()) {
      problems.add(new Problem(1, "the file is empty."));
      return new Preview(List.of(), problems, List.of(), List.of());
    }
    char delimiter = delimiterOf(text);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<Client> clients = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    long[] cursor = {0, 1}; // position scanned so far, and its line
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      var iterator = parser.iterator();
      if (!iterator.hasNext()) {
        problems.add(new Problem(1, "the file is empty."));
        return new Preview(List.of(), problems, List.of(), List.of());
      }
      CSVRecord header = iterator.next();
      Map<Integer, String> columns = columns(header, problems);
      for (int i = 0; i < header.size(); i++) {
        if (!columns.containsKey(i) && !header.get(i).isBlank()) {
          ignored.add(header.get(i).strip());
        }
      }
      if (!problems.isEmpty()) {
        return new Preview(List.of(), problems, List.of(), List.of());
      }
      while (iterator.hasNext()) {
        CSVRecord row;
        try {
          row = iterator.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(
              new Problem(
                  parser.getCurrentLineNumber(),
                  "a quoted value is never closed (a \" is missing); nothing after it can be"
                      + " read."));
          break;
        }
        long line = lines(text, row.getCharacterPosition(), cursor);
        if (clients.size() + problems.size() >= MAX_ROWS) {
          problems.add(new Problem(line, "more than 20,000 clients; split the file."));
          break;
        }
        if (row.size() != header.size()) {
          problems.add(
              new Problem(
                  line,
                  "has "
                      + row.size()
                      + (row.size() == 1 ? " value" : " values")
                      + " but the header names "
                      + header.size()
                      + " columns."));
          continue;
        }
        Client.Builder builder = Client.builder();
        String unreadDate = null;
        for (var column : columns.entrySet()) {
          String value = row.get(column.getKey()).strip();
          if (value.isEmpty()) {
            continue;
          }
          if (column.getValue().equals("date of birth")) {
            Optional<LocalDate> dob = date(value);
            if (dob.isEmpty()) {
              unreadDate =
                  "the date of birth \""
                      + value
                      + "\" is not a real date (write it as 1984-03-14 or 14/03/1984)";
            } else {
              builder.dateOfBirth(dob.get());
            }
          } else {
            TEXT_COLUMNS.get(column.getValue()).accept(builder, value);
          }
        }
        Client client = builder.build();
        List<String> wrong = new ArrayList<>();
        for (String rule : ClientRules.problems(client, today)) {
          wrong.add(lowerFirst(withoutFullStop(rule)));
        }
        if (unreadDate != null) {
          // in the order of the columns' rules: the name first, then the date of birth
          boolean nameMissing = ClientRules.fullName(client.fullName()).isPresent();
          wrong.add(nameMissing ? 1 : 0, unreadDate);
        }
        if (wrong.isEmpty()) {
          clients.add(client);
          lines.add(line);
        } else {
          problems.add(new Problem(line, wrong));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      String message = String.valueOf(e.getMessage());
      java.util.regex.Matcher start =
          java.util.regex.Pattern.compile("startline (\\d+)").matcher(message);
      if (message.contains("encapsulated token") && start.find()) {
        problems.add(
            new Problem(
                Long.parseLong(start.group(1)),
                "a quoted value that starts on this line is never closed (a \" is missing);"
                    + " nothing after it can be read."));
      } else {
        problems.add(new Problem(1, "the file could not be read as CSV (" + message + ")."));
      }
    }
    if (clients.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(2, "there are no clients under the header."));
    }
    List<Row> rows = new ArrayList<>(clients.size());
    for (int i = 0; i < clients.size(); i++) {
      rows.add(new Row(lines.get(i), clients.get(i)));
    }
    return new Preview(rows, problems, duplicates(clients, lines), ignored);
  }

  /** Stores every client of a preview without problems, in one transaction; returns their ids. */
  public List<Long> importAll(Preview preview) {
    return importAll(preview, true);
  }

  /**
   * Stores the clients of a preview without problems in one transaction, leaving out the likely
   * duplicates unless asked to include them; returns their ids. All of them go in, or none.
   */
  public List<Long> importAll(Preview preview, boolean includeDuplicates) {
    if (!preview.problems().isEmpty()) {
      throw new IllegalStateException(
          "The file has "
              + preview.problems().size()
              + " problem(s); fix them and import again. Nothing was imported.");
    }
    return repository.importAll(
        preview.rowsToImport(includeDuplicates).stream().map(Row::client).toList(),
        LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
        actor.get());
  }

  private List<Duplicate> duplicates(List<Client> clients, List<Long> lines) {
    List<Duplicate> found = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Map<String, Long> existing = repository.idsByNameAndBirthDate(); // one query, not one per row
    for (int i = 0; i < clients.size(); i++) {
      Client c = clients.get(i);
      if (c.dateOfBirth() == null) {
        continue;
      }
      String key = SearchText.fold(c.fullName()) + "|" + c.dateOfBirth();
      Long earlier = seen.putIfAbsent(key, lines.get(i));
      if (earlier != null) {
        found.add(new Duplicate(lines.get(i), c.fullName(), c.dateOfBirth(), "line " + earlier));
        continue;
      }
      Long stored = existing.get(key);
      if (stored != null) {
        found.add(new Duplicate(lines.get(i), c.fullName(), c.dateOfBirth(), "client " + stored));
      }
    }
    return found;
  }

  private static Map<Integer, String> columns(CSVRecord header, List<Problem> problems) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = SearchText.fold(header.get(i).replace('_', ' ').replace('-', ' ')).strip();
      name = ALIASES.getOrDefault(name, name);
      if (TEXT_COLUMNS.containsKey(name) || name.equals("date of birth")) {
        if (columns.containsValue(name)) {
          problems.add(new Problem(1, "the column \"" + header.get(i) + "\" appears twice."));
        }
        columns.put(i, name);
      }
      // other columns are ignored on purpose (a spreadsheet often has more)
    }
    if (!columns.containsValue("full name")) {
      problems.add(
          new Problem(
              1,
              "the first line must name the columns, and one of them must be \"Full name\" (or"
                  + " \"Name\"). Known columns: "
                  + String.join(", ", knownColumns().stream().map(KnownColumn::name).toList())
                  + "."));
    }
    return columns;
  }

  private static Optional<LocalDate> date(String value) {
    for (DateTimeFormatter f : DATES) {
      try {
        return Optional.of(LocalDate.parse(value, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * The 1-based line on which the character at {@code position} stands; rows come in order, so the
   * scan goes on from where the last row left it.
   */
  private static long lines(String text, long position, long[] cursor) {
    for (int i = (int) cursor[0]; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        cursor[1]++;
      }
    }
    cursor[0] = Math.max(cursor[0], position);
    return cursor[1];
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  private static long lineOfFirstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return line;
  }

  private static char delimiterOf(String text) {
    String first = text.lines().findFirst().orElse("");
    long commas = first.chars().filter(c -> c == ',').count();
    long semicolons = first.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String withoutFullStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
