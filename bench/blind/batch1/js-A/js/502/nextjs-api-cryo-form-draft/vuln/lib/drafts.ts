import Cryo from 'cryo';

export interface Draft {
  title: string;
  fields: { label: string; type: string }[];
  savedAt: Date;
}

export function serializeDraft(draft: Draft): string {
  return Cryo.stringify(draft);
}

export function restoreDraft(blob: string): Draft {
  const draft = Cryo.parse(blob) as Draft; // cg-expect: CWE-502
  if (!Array.isArray(draft.fields)) throw new Error('corrupt draft');
  return draft;
}
