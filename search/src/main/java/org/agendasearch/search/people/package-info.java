/**
 * People in the minutes: who attended, sent apologies or was absent, declared an interest, moved,
 * seconded or voted. {@link org.agendasearch.search.people.MinutesPeople} gathers one set of
 * minutes' facts per person for the index; {@link org.agendasearch.search.people.PeopleViews}
 * reads them back into a council's list of people and one person's record.
 */
package org.agendasearch.search.people;
