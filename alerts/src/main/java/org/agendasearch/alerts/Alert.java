package org.agendasearch.alerts;

/**
 * One saved search of one address.
 *
 * @param id random, for the manage page's delete buttons
 * @param email the address, lower-cased
 * @param search the search as its address says it ({@link SavedSearch#toString()})
 * @param confirmedAt when the confirmation link was followed (epoch millis), or null: nothing is
 *     sent before
 * @param checkedAt records first indexed after this instant are new to the alert
 * @param sentCount how many alert emails it has sent
 */
public record Alert(String id, String email, String search, Frequency frequency, long createdAt, Long confirmedAt,
    long checkedAt, int sentCount) {

  public boolean confirmed() {
    return confirmedAt != null;
  }
}
