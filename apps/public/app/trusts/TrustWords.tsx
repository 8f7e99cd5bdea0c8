import { paragraphsOf } from "./format.ts";

/** Text the trust wrote itself, as paragraphs (its line breaks kept). */
export function TrustWords({ text, lead = false }: { text: string | null; lead?: boolean }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        // Paragraphs of one fixed text: their place is their identity.
        <p key={index} className={lead ? "ui-body-l trust-words" : "ui-body trust-words"}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
