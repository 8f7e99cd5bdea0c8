import { vocabulary } from "./vocabulary.ts";

/**
 * Values a trust may say it stands for. Our own list, not the register's: trusts word their
 * values freely, so we map each to one of these keys (and keep the trust's own statement beside
 * it) to let a school compare trusts value by value, as the CST guide's "vision and values"
 * mapping exercise asks.
 */
export const trustValues = vocabulary([
  {
    key: "INCLUSION",
    label: "Inclusion",
    description: "Every child belongs and is taught well, whatever their needs or background.",
  },
  {
    key: "COLLABORATION",
    label: "Collaboration",
    description: "Schools and staff work together and share what works.",
  },
  {
    key: "ACADEMIC_EXCELLENCE",
    label: "Academic excellence",
    description: "High expectations and strong outcomes in every subject.",
  },
  {
    key: "COMMUNITY",
    label: "Community",
    description: "Schools serve and draw strength from the places they stand in.",
  },
  {
    key: "FAITH_AND_WORSHIP",
    label: "Faith and worship",
    description: "A religious foundation shapes the life and worship of each school.",
  },
  {
    key: "EQUITY",
    label: "Equity",
    description: "Resources go where they are most needed so that no child is left behind.",
  },
  {
    key: "INTEGRITY",
    label: "Integrity",
    description: "Honesty and openness in every decision the trust makes.",
  },
  {
    key: "RESPECT",
    label: "Respect",
    description: "Pupils, families and staff treat one another with dignity.",
  },
  {
    key: "AMBITION",
    label: "Ambition",
    description: "Pupils and staff are encouraged to aim high and go further.",
  },
  {
    key: "KINDNESS",
    label: "Kindness",
    description: "Care for others is taught, modelled and expected.",
  },
  {
    key: "CURIOSITY",
    label: "Curiosity",
    description: "A love of learning and of asking questions is nurtured.",
  },
  {
    key: "CREATIVITY",
    label: "Creativity",
    description: "The arts and original thinking have a central place in school life.",
  },
  {
    key: "RESILIENCE",
    label: "Resilience",
    description: "Pupils learn to persevere and recover from setbacks.",
  },
  {
    key: "WELLBEING",
    label: "Wellbeing",
    description: "The physical and mental health of pupils and staff comes first.",
  },
  {
    key: "SCHOOL_AUTONOMY",
    label: "School autonomy",
    description: "Each school keeps its own identity and makes its own decisions where it can.",
  },
  {
    key: "SOCIAL_MOBILITY",
    label: "Social mobility",
    description: "Education opens doors for pupils from disadvantaged backgrounds.",
  },
  {
    key: "SUSTAINABILITY",
    label: "Sustainability",
    description: "Schools care for the environment and teach pupils to do the same.",
  },
  {
    key: "CHARACTER_EDUCATION",
    label: "Character education",
    description: "Virtues and personal qualities are taught alongside the curriculum.",
  },
  {
    key: "PUPIL_VOICE",
    label: "Pupil voice",
    description: "Pupils are listened to and shape the life of their school.",
  },
  {
    key: "STAFF_DEVELOPMENT",
    label: "Staff development",
    description: "Teachers and support staff are trained and helped to grow their careers.",
  },
  {
    key: "PARTNERSHIP_WITH_FAMILIES",
    label: "Partnership with families",
    description: "Parents and carers are treated as partners in their children's education.",
  },
  {
    key: "INNOVATION",
    label: "Innovation",
    description: "The trust tries new approaches and learns from the evidence.",
  },
  {
    key: "SERVICE",
    label: "Service",
    description: "Schools and pupils give their time to help others.",
  },
  {
    key: "DIVERSITY",
    label: "Diversity",
    description: "The trust welcomes and celebrates people of every culture and identity.",
  },
  {
    key: "LOCAL_IDENTITY",
    label: "Local identity",
    description: "Schools keep their local character, heritage and links.",
  },
  {
    key: "ACCOUNTABILITY",
    label: "Accountability",
    description: "The trust answers clearly for its results and its use of public money.",
  },
]);
export type TrustValue = (typeof trustValues.keys)[number];
