/** A media type object of the document: its schema and named examples. */
export function mediaExamples(mediaType: string, schema: object, examples: Record<string, unknown>) {
  return {
    [mediaType]: {
      schema,
      examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
    },
  };
}

export const json = (schema: object, examples: Record<string, unknown>) =>
  mediaExamples('application/json', schema, examples);
