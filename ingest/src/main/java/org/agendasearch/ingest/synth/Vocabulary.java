package org.agendasearch.ingest.synth;

import java.util.List;
import java.util.random.RandomGenerator;

/** Words and phrases drawn from the sample packs, to make synthetic packs read like real ones. */
final class Vocabulary {

  static final List<String> COMMITTEES = List.of(
      "Cabinet", "Children and young people scrutiny committee", "Adults and wellbeing scrutiny committee",
      "General scrutiny committee", "Planning and regulatory committee", "Audit and governance committee",
      "Health and wellbeing board", "Employment panel");

  static final List<String> VENUES = List.of(
      "The Council Chamber, The Shire Hall, St Peter's Square, Hereford, HR1 2HX",
      "Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE",
      "Conference Room 1, Herefordshire Council Offices, Plough Lane, Hereford",
      "Online meeting");

  static final List<String> TOPICS = List.of(
      "corporate parenting strategy", "school place planning", "pupil referral services", "budget monitoring",
      "medium term financial strategy", "children's safeguarding improvement plan", "adult social care charging policy",
      "waste collection contract", "highways maintenance plan", "dental health of young children",
      "early help services", "looked after children placements", "care leavers accommodation framework",
      "special educational needs and disabilities provision", "library services review", "public health grant",
      "housing allocation policy", "flood risk management strategy", "rural broadband programme",
      "council tax reduction scheme", "treasury management strategy", "youth justice plan",
      "domestic abuse strategy", "corporate performance report", "capital programme", "air quality action plan",
      "recruitment and retention of social workers", "home to school transport policy", "museum and archive service",
      "leisure centres contract", "mental health and emotional wellbeing of young people");

  static final List<String> OFFICERS = List.of(
      "Director for children and families", "Chief finance officer", "Head of corporate performance",
      "Assistant director safeguarding and family support", "Democratic services officer",
      "Director for economy and place", "Head of legal services", "Director of public health",
      "Cabinet member children and families", "Assistant director education development and skills");

  static final List<String> SENTENCES = List.of(
      "The committee considered a report on the %s and the progress made since the last meeting.",
      "Members noted that the %s had been developed with partners and with the views of young people.",
      "In response to questions it was explained that the %s would be reviewed again in the spring.",
      "Concern was expressed about the resources available to deliver the %s within the budget.",
      "The cabinet member thanked officers for their work on the %s and the engagement with schools.",
      "It was noted that performance against the %s had improved in the last quarter.",
      "The director explained the key risks of the %s and the actions in place to manage them.",
      "A member asked how the %s would be monitored and was told that quarterly reports would follow.",
      "The report sets out the options for the %s and the reasons for the recommendation.",
      "Consultation on the %s closed in September and the responses are summarised in appendix 2.");

  private Vocabulary() {}

  static <T> T pick(RandomGenerator r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
