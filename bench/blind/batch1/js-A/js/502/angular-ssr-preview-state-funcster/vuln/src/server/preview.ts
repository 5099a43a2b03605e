import funcster from 'funcster';

export interface PreviewContext {
  title: string;
  components: { type: string; props: Record<string, unknown> }[];
}

// component props may carry formatter callbacks, which the editor serialises with funcster
export function previewContext(body: unknown): PreviewContext {
  const restored = funcster.deepDeserialize(body) as PreviewContext; // cg-expect: CWE-502
  if (!restored || !Array.isArray(restored.components)) {
    throw new Error('invalid preview payload');
  }
  return restored;
}
