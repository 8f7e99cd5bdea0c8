import { type PartnershipState, partnershipStates } from "@atlas/domain";
import { Tag, type TagTone } from "@atlas/ui";

/** Going well is green, waiting is blue, ended is grey: the colour only repeats the words. */
const TONE: Record<PartnershipState, TagTone> = {
  REQUESTED: "info",
  IN_DISCUSSION: "info",
  AGREED: "success",
  ACTIVE: "success",
  CONCLUDED: "neutral",
  DECLINED: "neutral",
  WITHDRAWN: "neutral",
};

export function PartnershipStateTag({ state }: { state: PartnershipState }) {
  return <Tag tone={TONE[state]}>{partnershipStates.label(state)}</Tag>;
}
