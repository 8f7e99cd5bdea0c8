/** What the page says after publishing: public now, or waiting for a curator's approval. */
export function publishedMessage(version: { number: number; held?: boolean | null }): string {
  return version.held
    ? `Version ${version.number} published. A curator approves it before schools see it; until then they see the version before, if any.`
    : `Version ${version.number} published. Schools now see it on Trust Atlas.`;
}
