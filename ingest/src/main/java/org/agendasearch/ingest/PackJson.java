package org.agendasearch.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.agendasearch.ingest.model.AgendaItem;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.Declaration;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Report;
import org.agendasearch.ingest.model.Resolution;

/** The JSON form of a pack: the contract of {@code agenda parse FILE --json}. */
public final class PackJson {

  /** The mapper used for every JSON we write: ISO dates, snake_case, nulls kept. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
      .build();

  private PackJson() {}

  /** The parse contract: records without page texts unless {@code withPages}. */
  public static ObjectNode toJson(Pack pack, boolean withPages) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", pack.source());
    root.put("sha256", pack.sha256());
    root.put("pages", pack.pages().size());
    root.put("kind", pack.kind().key());
    ObjectNode meeting = root.putObject("meeting");
    meeting.put("committee", pack.meeting().committee());
    meeting.put("date", pack.meeting().date() == null ? null : pack.meeting().date().toString());
    meeting.put("time", time(pack.meeting().time()));
    meeting.put("venue", pack.meeting().venue());
    ArrayNode items = root.putArray("agenda_items");
    for (AgendaItem a : pack.agendaItems()) {
      items.addObject().put("number", a.number()).put("title", a.title()).put("description", a.description())
          .put("page", a.page());
    }
    ArrayNode minutes = root.putArray("minutes");
    for (Minutes m : pack.minutes()) {
      ObjectNode mn = minutes.addObject().put("committee", m.committee())
          .put("date", m.date() == null ? null : m.date().toString()).put("page", m.page());
      ArrayNode mi = mn.putArray("items");
      for (MinuteItem i : m.items()) {
        ObjectNode in = mi.addObject().put("number", i.number()).put("title", i.title()).put("page", i.page());
        ArrayNode rs = in.putArray("resolutions");
        for (Resolution r : i.resolutions()) {
          ObjectNode rn = rs.addObject().put("text", r.text()).put("page", r.page())
              .put("moved_by", r.movedBy()).put("seconded_by", r.secondedBy());
          if (r.votes() == null) {
            rn.putNull("votes");
          } else {
            ObjectNode v = rn.putObject("votes");
            v.put("for", r.votes().inFavour()).put("against", r.votes().against()).put("abstain", r.votes().abstain());
            v.set("for_names", MAPPER.valueToTree(r.votes().forNames()));
            v.set("against_names", MAPPER.valueToTree(r.votes().againstNames()));
            v.set("abstain_names", MAPPER.valueToTree(r.votes().abstainNames()));
          }
        }
      }
      ArrayNode attendance = mn.putArray("attendance");
      for (Attendee a : m.attendance()) {
        attendance.addObject().put("name", a.name()).put("title", a.title()).put("role", a.role()).put("kind", a.kind())
            .put("status", a.status()).put("page", a.page());
      }
      ArrayNode declarations = mn.putArray("declarations");
      for (Declaration d : m.declarations()) {
        declarations.addObject().put("name", d.name()).put("item_number", d.itemNumber()).put("interest", d.interest())
            .put("text", d.text()).put("page", d.page());
      }
      mn.put("none_declared", m.noneDeclared());
    }
    ArrayNode reports = root.putArray("reports");
    for (Report r : pack.reports()) {
      reports.addObject().put("title", r.title()).put("meeting", r.meeting())
          .put("meeting_date", r.meetingDate() == null ? null : r.meetingDate().toString())
          .put("report_by", r.reportBy()).put("page", r.page());
    }
    ArrayNode warnings = root.putArray("warnings");
    pack.warnings().forEach(warnings::add);
    ObjectNode quality = root.putObject("quality");
    ArrayNode found = quality.putArray("found");
    Quality.found(pack).forEach(found::add);
    ArrayNode notUnderstood = quality.putArray("warnings");
    pack.quality().forEach(notUnderstood::add);
    if (withPages) {
      ArrayNode pages = root.putArray("page_texts");
      for (Page p : pack.pages()) {
        pages.addObject().put("page", p.number()).put("ocr", p.ocr()).put("text", p.text());
      }
    }
    return root;
  }

  private static String time(LocalTime t) {
    return t == null ? null : t.format(DateTimeFormatter.ofPattern("HH:mm"));
  }
}
