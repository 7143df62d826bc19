/** The entity types the tagger predicts. */
export const NER_TYPES = ["person", "organization", "location"] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Short corpus labels (PER/ORG/LOC) to entity types. */
export const LABEL_TYPES: Readonly<Record<string, NerType>> = { PER: "person", ORG: "organization", LOC: "location" };

/** BIO tag set in model order; index 0 is "O". */
export const BIO_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type BioTag = (typeof BIO_TAGS)[number];
