package org.agendasearch.ingest.model;

/**
 * One person in a set of minutes' attendance: {@code Mr R W Gough (Chairman)} present, or
 * {@code Mrs C Bell} who sent apologies.
 *
 * @param name the name as printed, without title, role or notes ({@code R W Gough})
 * @param title the honorific or office before the name ({@code Mr}, {@code Councillor}), or null
 * @param role the role after it ({@code Chairman}, {@code Clerk}), or null
 * @param kind {@code member}, {@code substitute}, {@code officer} or {@code other}
 * @param status {@code present}, {@code virtual}, {@code apologies} or {@code absent}
 * @param page 1-based PDF page where the person is listed
 */
public record Attendee(String name, String title, String role, String kind, String status, int page) {}
