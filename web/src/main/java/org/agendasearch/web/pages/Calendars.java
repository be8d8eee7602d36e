package org.agendasearch.web.pages;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.agendasearch.search.MeetingView;
import org.agendasearch.web.Services;

/**
 * Meeting calendars as iCalendar (RFC 5545, written by biweekly): {@code /meetings.ics},
 * {@code /committees/{slug}.ics}, {@code /councils/{slug}.ics}. Each meeting is an event with its
 * date and time, venue and a link to its page; a meeting whose time is not known is an all-day event.
 */
public final class Calendars {

  /** Councils here meet in England: their papers' times are London's. */
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Services services;

  public Calendars(Services services) {
    this.services = services;
  }

  /** {@code /meetings.ics}: every meeting. */
  public void meetings(Context ctx) {
    send(ctx, "Council meetings", services.search().meetings(null, null, null));
  }

  /**
   * {@code /committees/{slug}.ics}: one committee's meetings, any council's of that name, or one
   * council's with {@code ?council=slug} (as the committee's page).
   */
  public void committee(Context ctx) {
    String slug = ctx.pathParam("slug");
    String council = MeetingPages.param(ctx, "council");
    List<MeetingView.Summary> meetings = services.search().meetings(council, slug, null);
    if (meetings.isEmpty()) {
      throw new NotFoundResponse("No committee with meetings at /committees/" + slug
          + (council == null ? "" : " in the council " + council));
    }
    MeetingView.Summary first = meetings.get(0);
    send(ctx, first.committee() + (council != null && first.council() != null ? " · " + first.council() : "")
        + " meetings", meetings);
  }

  /** {@code /councils/{slug}.ics}: one council's meetings. */
  public void council(Context ctx) {
    String slug = ctx.pathParam("slug");
    List<MeetingView.Summary> meetings = services.search().meetings(slug, null, null);
    if (meetings.isEmpty()) {
      throw new NotFoundResponse("No council with meetings at /councils/" + slug);
    }
    send(ctx, (meetings.get(0).council() == null ? slug : meetings.get(0).council()) + " meetings", meetings);
  }

  private static void send(Context ctx, String name, List<MeetingView.Summary> meetings) {
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType("text/calendar; charset=utf-8").result(calendar(name, meetings, base));
  }

  /** The calendar of these meetings, each linking to its page on {@code base}. */
  static String calendar(String name, List<MeetingView.Summary> meetings, String base) {
    ICalendar ical = new ICalendar();
    ical.setProductId("-//Agenda Search//Meetings//EN");
    ical.setName(name);
    for (MeetingView.Summary m : meetings) {
      if (m.date() == null) {
        continue; // no date, no place in a calendar
      }
      VEvent e = new VEvent();
      e.setUid(m.id() + "@agenda-search");
      e.setSummary(m.committee() == null ? m.title() : m.committee() + (m.council() == null ? "" : " · " + m.council()));
      e.setDateStart(start(m.date(), m.time()));
      if (m.venue() != null) {
        e.setLocation(m.venue());
      }
      String page = base + "/meetings/" + m.id();
      e.setUrl(page);
      e.setDescription((m.title() == null ? "" : m.title() + "\n") + page);
      ical.addEvent(e);
    }
    return Biweekly.write(ical).go();
  }

  /** The date and, when it reads as HH:MM, the time in London (written in UTC); else all day. */
  static DateStart start(String date, String time) {
    LocalDate day = LocalDate.parse(date);
    if (time != null) {
      try {
        LocalTime t = LocalTime.parse(time.strip());
        return new DateStart(Date.from(day.atTime(t).atZone(ZONE).toInstant()), true);
      } catch (DateTimeParseException e) {
        // a time we cannot read ("2.00pm prompt"): the day alone is still right
      }
    }
    // biweekly writes a date without a time in the JVM's zone: midnight there is that date.
    return new DateStart(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
  }
}
