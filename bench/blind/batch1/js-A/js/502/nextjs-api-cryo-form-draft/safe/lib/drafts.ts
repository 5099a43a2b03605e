import { z } from 'zod';

const DraftSchema = z.object({
  title: z.string().max(200),
  fields: z.array(z.object({ label: z.string().max(200), type: z.enum(['text', 'number', 'date', 'select']) })).max(200),
  savedAt: z.coerce.date(),
});

export type Draft = z.infer<typeof DraftSchema>;

export function serializeDraft(draft: Draft): string {
  return JSON.stringify(draft);
}

export function restoreDraft(blob: string): Draft {
  const draft = DraftSchema.parse(JSON.parse(blob));
  if (!Array.isArray(draft.fields)) throw new Error('corrupt draft');
  return draft;
}
