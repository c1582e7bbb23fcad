// Apart from the schema so the note form (a client component) does not bundle Zod, whose eval
// probe the content security policy reports.
export const NOTE_MAX_LENGTH = 2000;
