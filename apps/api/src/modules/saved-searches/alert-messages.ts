/** What one alert email about one saved search needs to say. */
export interface SavedSearchAlertNews {
  kind: "ALERT" | "DIGEST";
  searchName: string;
  schoolName: string;
  /** The trusts that started to match, each with its public page. */
  trusts: readonly { name: string; link: string }[];
  /** The member's saved searches, to look at or change the alert. */
  savedSearchesLink: string;
  unsubscribeLink: string;
}

/**
 * The email telling a member that trusts started to match their saved search: one trust by
 * name in the subject, more by count; each trust's page; and, last, how to stop these emails
 * without signing in. Plain text, as every outbox message is.
 */
export function savedSearchAlertMessage(news: SavedSearchAlertNews): {
  subject: string;
  body: string;
} {
  const [first] = news.trusts;
  const subject =
    news.trusts.length === 1 && first
      ? `${first.name} now matches your saved search "${news.searchName}"`
      : `${news.trusts.length} trusts now match your saved search "${news.searchName}"`;
  const intro =
    news.kind === "DIGEST"
      ? `This week's news of your saved search "${news.searchName}" for ${news.schoolName}:`
      : `News of your saved search "${news.searchName}" for ${news.schoolName}:`;
  const lines = [
    intro,
    "",
    news.trusts.length === 1 ? "This trust now matches it:" : "These trusts now match it:",
    ...news.trusts.map((t) => `- ${t.name}: ${t.link}`),
    "",
    `Your saved searches: ${news.savedSearchesLink}`,
    "",
    `To stop emails about this search, open: ${news.unsubscribeLink}`,
  ];
  return { subject, body: lines.join("\n") };
}
