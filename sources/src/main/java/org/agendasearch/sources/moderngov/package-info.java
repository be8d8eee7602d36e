/**
 * ModernGov, the committee system most English and Welsh councils publish through: its web service
 * ({@code mgWebService.asmx}: GetCommittees, GetMeetings, GetMeeting) and, where a council has
 * switched that off, its meeting pages ({@code mgListCommittees.aspx}, {@code ieListMeetings.aspx},
 * {@code ieListDocuments.aspx}).
 */
package org.agendasearch.sources.moderngov;
