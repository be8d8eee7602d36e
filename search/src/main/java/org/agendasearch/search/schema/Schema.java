package org.agendasearch.search.schema;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.agendasearch.ingest.model.Committees;

/**
 * The Lucene schema, in one place. Every field name used anywhere is a constant here, with the
 * reason for how it is indexed.
 */
public final class Schema {

  /**
   * Bumped whenever a field changes meaning or analysis; an index written with another version is
   * rebuilt in full by the next reindex, whatever its flags. Bumped too when the parser reads
   * documents differently (8: the parser for any council), so that unchanged files are parsed again
   * (9: the council of every record; 10: {@link #FIRST_INDEXED}, which every record must have; 11: person
   * records, movers and the person facet; 12: first_indexed sortable in Solr for the newest stamp; 13:
   * pages' text in {@link #PAGE_TEXT} and {@link #PAGE_TEXT_EXACT}, no more type weight in doc values; 14: a
   * resolution's recorded votes, and the voters in the person facet).
   */
  public static final int VERSION = 14;

  // --- identity ---
  /** Unique record id; StringField so updateDocument/deleteDocuments can key on it; stored for the API. */
  public static final String ID = "id";
  /** Source file id; StringField to delete all of one file's records on reindex; stored for links. */
  public static final String DOCUMENT_ID = "document_id";
  /**
   * Path relative to the corpus; StringField so an incremental reindex can delete a changed or
   * removed file's records, stored to serve the original file.
   */
  public static final String SOURCE = "source";
  /**
   * "1" on the first record of each file only: a StringField so an incremental reindex can list
   * the indexed files (and their digests) by reading one record per file.
   */
  public static final String FILE_HEAD = "file_head";
  /**
   * The file's size and modification time when indexed, stored on its first record: an
   * incremental reindex hashes only files whose size or time changed (as git does).
   */
  public static final String FILE_STAMP = "file_stamp";
  /** File digest; StringField for incremental reindexing (unchanged files are skipped). */
  public static final String SHA256 = "sha256";
  /**
   * When the record was first indexed: the epoch millis at which the reindex that first wrote its
   * id began. A LongPoint, for "indexed since" (what an email alert sends); stored, so that every
   * later reindex, incremental or full, carries the first stamp over ({@code FirstIndexed}) and a
   * record only re-indexed is never new again.
   */
  public static final String FIRST_INDEXED = "first_indexed";

  // --- filters, facets, sorting ---
  /** The council's name ("Herefordshire Council"); stored only, for display. */
  public static final String COUNCIL = "council";
  /**
   * The council's slug; StringField for the {@code council=} filter and for a council's meetings,
   * stored for links to {@code /councils/{slug}}.
   */
  public static final String COUNCIL_SLUG = "council_slug";
  /**
   * The council's name as a comparison key ({@link Committees#key}); StringField: {@code council=}
   * may name the council, and a committee filter "Cabinet · Herefordshire Council" names both.
   */
  public static final String COUNCIL_KEY = "council_key";
  /** Record type; StringField for {@code type:} and filters, stored for display, and a facet. */
  public static final String TYPE = "type";
  /** Committee as worded by the document; stored only, for display. */
  public static final String COMMITTEE = "committee";
  /** Committee comparison key ({@link Committees#key}); StringField for exact filters, and a facet. */
  public static final String COMMITTEE_KEY = "committee_key";
  /** Committee words, analyzed, for the {@code committee:} qualifier ("committee:scrutiny"). */
  public static final String COMMITTEE_TEXT = "committee_text";
  /** Meeting date as epoch day: a LongPoint for from/to ranges (dated records only). */
  public static final String DATE = "date";
  /**
   * Meeting date as epoch day in doc values, for sorting. A separate field from {@link #DATE}:
   * Lucene wants a field that has points to have them in every document that has the field.
   */
  public static final String DATE_SORT = "date_sort";
  /**
   * The source file id in sorted doc values: with {@link #ORDINAL_SORT}, breaks ties in date order
   * (a meeting's records all share its date) so they list in document order, on every backend.
   */
  public static final String DOCUMENT_SORT = "document_sort";
  /** The record's place in its document in doc values, the last sort key of date order. */
  public static final String ORDINAL_SORT = "ordinal_sort";
  /** Meeting date as ISO text; stored only, for display. */
  public static final String DATE_DISPLAY = "date_display";
  /** Meeting year: IntPoint for filters, and a facet. */
  public static final String YEAR = "year";
  /** 1-based PDF page; stored only, for the link to the page. */
  public static final String PAGE = "page";
  /**
   * The first and last PDF page of the record's text (first &lt;&lt; 32 | last) in doc values: a page
   * hit that a matching record covers folds into that record's hit before hits are counted, and a
   * record over several pages links to its best-matching page. See {@code PageFolds}.
   */
  public static final String PAGE_SPAN = "page_span";
  /** 1 on page records in doc values: the hits that fold into a record covering them. */
  public static final String FOLDS = "folds";
  /**
   * On a meeting record: its council, committee key and ISO date ({@link #meetingKey}); a StringField, so
   * that a minute or resolution can find the meeting whose minutes record it.
   */
  public static final String MEETING_KEY = "meeting_key";
  /**
   * On minute items, resolutions and person records: the {@link #MEETING_KEY} of the meeting whose minutes record
   * them, which is not the pack they were printed in (minutes are approved at the next meeting);
   * a StringField to gather a meeting's minutes from every file, stored for the link.
   */
  public static final String MINUTES_OF = "minutes_of";
  /**
   * On minute items and resolutions: the fact recorded ({@link #factKey}) in sorted doc values, so
   * that the same minutes found in several files (a later pack and the standalone minutes) are one
   * hit, listing every file.
   */
  public static final String FACT = "fact";
  /** What a reader should know about the record's text ("Text from OCR", pages unread); stored only. */
  public static final String NOTE = "note";
  /** Agenda item or minute number; stored only. */
  public static final String ITEM_NUMBER = "item_number";
  /** Place of the record in its document; stored only, to list a meeting's records in order. */
  public static final String ORDINAL = "ordinal";
  /**
   * The meeting page a record belongs to; StringField to fetch all of a meeting's records, and
   * stored so hits can link to their meeting.
   */
  public static final String MEETING_ID = "meeting_id";
  /** A meeting's time (HH:MM); stored only. */
  public static final String TIME = "time";
  /** A meeting's venue; stored only. */
  public static final String VENUE = "venue";
  /** A report's author ("Report by"); stored only. */
  public static final String AUTHOR = "author";
  /** The source document's kind (agenda_pack, minutes, report, other); stored only. */
  public static final String KIND = "kind";

  // --- people ---
  /**
   * On a person record: the person's slug (council slug and normalised name, {@code
   * PersonNames#slug}); a StringField to gather one person's records, stored for links.
   */
  public static final String PERSON_KEY = "person_key";
  /**
   * On a person record: what the minutes record of the person (attendance, declarations, motions,
   * votes) as JSON; stored only: read back whole for a person's page, never searched.
   */
  public static final String PERSON_FACTS = "person_facts";
  /** On a resolution: who moved it, as printed; stored only, for display (the person facet finds it). */
  public static final String MOVED_BY = "moved_by";
  /** On a resolution: who seconded it, as printed; stored only, for display. */
  public static final String SECONDED_BY = "seconded_by";
  /** On a resolution: the votes recorded on it (counts and names) as JSON; stored only, for display. */
  public static final String VOTES = "votes";

  // --- text ---
  /** Title as shown; stored only (every record has one, pages included). */
  public static final String TITLE_DISPLAY = "title_display";
  /** Title, English-stemmed for recall; not on pages (see {@link #toDocument}). */
  public static final String TITLE = "title";
  /** Title, unstemmed, for exact words and phrases (boosted over the stemmed form). */
  public static final String TITLE_EXACT = "title_exact";
  /** Body text, English-stemmed; stored with offsets so the highlighter needs no re-analysis. */
  public static final String TEXT = "text";
  /** Body text, unstemmed, for exact words and phrases; not stored (TEXT holds the same text). */
  public static final String TEXT_EXACT = "text_exact";
  /**
   * A page's text, English-stemmed, stored with offsets as {@link #TEXT} is for the other records
   * (and read back as {@link #TEXT}, see {@link #storedAs}). Pages have fields of their own so
   * that their weight ({@link #typeWeight}) is a boost on these fields at query time: a per-record
   * weight from doc values (a {@code FunctionScoreQuery}) turned off Lucene's block-max skipping,
   * and pages are four in five records.
   */
  public static final String PAGE_TEXT = "page_text";
  /** A page's text, unstemmed, for exact words and phrases; not stored. */
  public static final String PAGE_TEXT_EXACT = "page_text_exact";

  // --- facet dimensions (kept in SortedSetDocValues, which need no taxonomy index) ---
  /** The council's name: the first facet once the index holds more than one council. */
  public static final String FACET_COUNCIL = "council";
  /**
   * The committee's label, followed by its council's name when the record has one ({@link
   * #committeeFacet}): "Cabinet · Herefordshire Council", so that two councils' Cabinets count apart.
   */
  public static final String FACET_COMMITTEE = "committee";
  public static final String FACET_YEAR = "year";
  public static final String FACET_TYPE = "type";
  /**
   * The people a record names (multi-valued): the person of a person record, the mover and
   * seconder of a resolution, by name as printed.
   */
  public static final String FACET_PERSON = "person";

  /** Commit user data: the schema version the index was written with. */
  public static final String COMMIT_SCHEMA_VERSION = "schema_version";

  /**
   * Commit user data: the absolute corpus folder the index was built from. Every record's
   * {@link #SOURCE} is relative to it (a reindex from another folder replaces every file), so a
   * server started with another {@code --corpus} still finds each indexed file.
   */
  public static final String COMMIT_CORPUS = "corpus";

  /** Query-time boosts: a title hit counts more than a body hit, an exact form more than a stem. */
  public static final Map<String, Float> SEARCH_FIELDS = searchFields();

  /**
   * In a fixed order: a query's clauses (and so the order its scores are summed in, and ties
   * between engines) are then the same on every run; Map.of's order changes from run to run.
   */
  private static Map<String, Float> searchFields() {
    Map<String, Float> m = new java.util.LinkedHashMap<>();
    m.put(TITLE, 3.0f);
    m.put(TITLE_EXACT, 4.0f);
    m.put(TEXT, 1.0f);
    m.put(TEXT_EXACT, 1.5f);
    return java.util.Collections.unmodifiableMap(m);
  }

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private Schema() {}

  /** Stemmed fields get English analysis; exact fields the standard analyzer with no stop words. */
  public static Analyzer analyzer() {
    Analyzer exact = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(english, Map.of(
        TITLE_EXACT, exact, TEXT_EXACT, exact, PAGE_TEXT_EXACT, exact, COMMITTEE_TEXT, exact));
  }

  /** The one facets configuration, used when indexing and when searching. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_COMMITTEE, false);
    config.setMultiValued(FACET_COUNCIL, false);
    config.setMultiValued(FACET_PERSON, true);
    return config;
  }

  /**
   * Between a committee's label and its council's name in a {@link #FACET_COMMITTEE} value, with a
   * space either side (a char, not a String: every String constant here is a field name).
   */
  public static final char COUNCIL_SEPARATOR = '·';

  /**
   * A {@link #FACET_COMMITTEE} value: the committee's label and, when known, its council's name
   * ("Cabinet · Herefordshire Council"). Search results that hold one council show the label alone.
   */
  public static String committeeFacet(String councilName, String committeeKey) {
    return councilName == null ? committeeLabel(committeeKey)
        : committeeLabel(committeeKey) + " " + COUNCIL_SEPARATOR + " " + councilName;
  }

  /** The facet label of a committee: its key in sentence case, the same for every wording. */
  public static String committeeLabel(String key) {
    return key == null || key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /**
   * The Lucene document for a record (before {@link FacetsConfig#build}), first indexed at
   * {@code firstIndexed} (epoch millis, see {@link #FIRST_INDEXED}).
   */
  public static Document toDocument(IndexRecord r, long firstIndexed) {
    Document d = new Document();
    d.add(new StringField(ID, r.id(), Field.Store.YES));
    d.add(new LongPoint(FIRST_INDEXED, firstIndexed));
    d.add(new StoredField(FIRST_INDEXED, firstIndexed));
    d.add(new StringField(DOCUMENT_ID, r.documentId(), Field.Store.YES));
    d.add(new StringField(SOURCE, r.source(), Field.Store.YES));
    if (r.ordinal() == 0) {
      d.add(new StringField(FILE_HEAD, "1", Field.Store.NO));
      if (r.fileStamp() != null) {
        d.add(new StoredField(FILE_STAMP, r.fileStamp()));
      }
    }
    d.add(new StringField(SHA256, r.sha256(), Field.Store.YES));
    d.add(new StringField(TYPE, r.type().key(), Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(FACET_TYPE, r.type().key()));
    String councilName = r.council() == null ? null : r.council().name();
    String councilSlug = r.council() == null ? null : r.council().slug();
    if (r.council() != null) {
      d.add(new StoredField(COUNCIL, councilName));
      d.add(new StringField(COUNCIL_SLUG, councilSlug, Field.Store.YES));
      d.add(new StringField(COUNCIL_KEY, Committees.key(councilName), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(FACET_COUNCIL, councilName));
    }
    String key = Committees.key(r.committee());
    if (key != null) {
      d.add(new StoredField(COMMITTEE, r.committee()));
      d.add(new StringField(COMMITTEE_KEY, key, Field.Store.NO));
      d.add(new TextField(COMMITTEE_TEXT, r.committee(), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(FACET_COMMITTEE, committeeFacet(councilName, key)));
    }
    if (r.date() != null) {
      long day = r.date().toEpochDay();
      d.add(new LongPoint(DATE, day));
      d.add(new NumericDocValuesField(DATE_SORT, day));
      d.add(new StoredField(DATE_DISPLAY, r.date().toString()));
      d.add(new IntPoint(YEAR, r.date().getYear()));
      d.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(r.date().getYear())));
    }
    d.add(new StoredField(PAGE, r.page()));
    d.add(new NumericDocValuesField(PAGE_SPAN, pageSpan(r.page(), r.lastPage())));
    String meetingKey = meetingKey(councilSlug, r.committee(), r.date());
    if (meetingKey != null && r.type() == RecordType.MEETING) {
      d.add(new StringField(MEETING_KEY, meetingKey, Field.Store.NO));
    }
    if (meetingKey != null && (r.type() == RecordType.MINUTE_ITEM || r.type() == RecordType.RESOLUTION)) {
      d.add(new StringField(MINUTES_OF, meetingKey, Field.Store.YES));
      d.add(new SortedDocValuesField(FACT, new BytesRef(factKey(r))));
    }
    if (r.type() == RecordType.PAGE) {
      d.add(new NumericDocValuesField(FOLDS, 1));
    }
    if (meetingKey != null && r.type() == RecordType.PERSON) {
      d.add(new StringField(MINUTES_OF, meetingKey, Field.Store.YES));
      d.add(new SortedDocValuesField(FACT, new BytesRef(factKey(r))));
    }
    for (String person : people(r)) {
      d.add(new SortedSetDocValuesFacetField(FACET_PERSON, person));
    }
    IndexRecord.Person person = r.detail().person();
    if (person != null) {
      d.add(new StringField(PERSON_KEY, person.slug(), Field.Store.YES));
      d.add(new StoredField(PERSON_FACTS, person.facts()));
    }
    if (r.detail().motion() != null) {
      storeIfPresent(d, MOVED_BY, r.detail().motion().movedBy());
      storeIfPresent(d, SECONDED_BY, r.detail().motion().secondedBy());
      storeIfPresent(d, VOTES, r.detail().motion().votesJson());
    }
    d.add(new StoredField(ORDINAL, r.ordinal()));
    d.add(new SortedDocValuesField(DOCUMENT_SORT, new BytesRef(r.documentId())));
    d.add(new NumericDocValuesField(ORDINAL_SORT, r.ordinal()));
    if (r.meetingId() != null) {
      d.add(new StringField(MEETING_ID, r.meetingId(), Field.Store.YES));
    }
    storeIfPresent(d, TIME, r.detail().time());
    storeIfPresent(d, VENUE, r.detail().venue());
    storeIfPresent(d, AUTHOR, r.detail().author());
    storeIfPresent(d, KIND, r.detail().kind());
    storeIfPresent(d, NOTE, r.note());
    if (r.itemNumber() != null) {
      d.add(new StoredField(ITEM_NUMBER, r.itemNumber()));
    }
    String title = r.title() == null ? "" : r.title();
    d.add(new StoredField(TITLE_DISPLAY, title));
    if (r.type() != RecordType.PAGE) {
      // Every page of a pack carries the pack's title for display; indexed, it would make each
      // page match the meeting's name as strongly as the meeting itself.
      d.add(new TextField(TITLE, title, Field.Store.NO));
      d.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
    }
    String text = r.text() == null ? "" : r.text();
    boolean page = r.type() == RecordType.PAGE;
    d.add(new Field(page ? PAGE_TEXT : TEXT, text, TEXT_WITH_OFFSETS));
    d.add(new TextField(page ? PAGE_TEXT_EXACT : TEXT_EXACT, text, Field.Store.NO));
    return d;
  }

  /** The {@link #FACET_PERSON} values of a record: its person, or its resolution's mover, seconder and recorded voters. */
  public static java.util.List<String> people(IndexRecord r) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (r.detail().person() != null) {
      out.add(r.detail().person().name());
    }
    IndexRecord.Motion m = r.detail().motion();
    if (m != null) {
      java.util.List<String> names = new java.util.ArrayList<>(java.util.Arrays.asList(m.movedBy(), m.secondedBy()));
      if (m.votes() != null) {
        names.addAll(m.votes().forNames());
        names.addAll(m.votes().againstNames());
        names.addAll(m.votes().abstainNames());
      }
      for (String name : names) {
        if (name != null && !name.isBlank() && !out.contains(name.strip())) {
          out.add(name.strip());
        }
      }
    }
    return out;
  }

  /**
   * The field that holds on a page what {@code field} holds on the other records ({@link #TEXT} and
   * {@link #TEXT_EXACT}); null for a title field (a page's title is not indexed); any other field
   * is the same on every record.
   */
  public static String pageField(String field) {
    return switch (field) {
      case TEXT -> PAGE_TEXT;
      case TEXT_EXACT -> PAGE_TEXT_EXACT;
      case TITLE, TITLE_EXACT -> null;
      default -> field;
    };
  }

  /** The name a stored field is read back by: a page's {@link #PAGE_TEXT} is its {@link #TEXT}. */
  public static String storedAs(String field) {
    return PAGE_TEXT.equals(field) ? TEXT : field;
  }

  /**
   * The weight of a type's matches (a boost at query time, see {@code TypeWeighting}): pages 0.5 (they hold the same words as the records parsed from
   * them, and any hit should lead to the record first), resolutions 1.2 (the decision itself is
   * what officers look for), the rest 1. Tuned on the relevance set (see RelevanceTest).
   */
  public static float typeWeight(RecordType type) {
    return switch (type) {
      case PAGE -> 0.5f;
      case RESOLUTION -> 1.2f;
      default -> 1.0f;
    };
  }

  /**
   * "herefordshire-council|cabinet|2015-02-26": a meeting as council, committee and date ("cabinet|2015-02-26"
   * when the council is not known), or null when the committee or date is unknown.
   */
  public static String meetingKey(String councilSlug, String committee, java.time.LocalDate date) {
    String key = Committees.key(committee);
    return key == null || date == null ? null : (councilSlug == null ? "" : councilSlug + "|") + key + "|" + date;
  }

  /**
   * What a minute item or resolution records, whichever file it was read from: its meeting, its
   * minute number and, for a resolution, its place under the minute ("cabinet|2015-01-22#59/1"); for
   * a person record, the meeting and the person.
   */
  public static String factKey(IndexRecord r) {
    if (r.detail().person() != null) {
      // A person's record: the person at this meeting ("cabinet|2015-01-22#person/r-w-gough").
      return meetingKey(r.council() == null ? null : r.council().slug(), r.committee(), r.date()) + "#person/"
          + r.detail().person().slug();
    }
    String id = r.id();
    int res = id.lastIndexOf("/resolution/");
    // The title too: minutes may have unnumbered items ("CALL TO ORDER") or print a number twice.
    String title = r.title() == null ? "" : r.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return meetingKey(r.council() == null ? null : r.council().slug(), r.committee(), r.date()) + "#" + r.itemNumber() + "|" + title
        + (res < 0 ? "" : "/" + id.substring(res + "/resolution/".length()));
  }

  /** {@link #PAGE_SPAN}'s value: the first page in the high 32 bits, the last in the low. */
  public static long pageSpan(int first, int last) {
    return ((long) first << 32) | Math.max(first, last);
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
