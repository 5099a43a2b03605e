export interface PreviewContext {
  title: string;
  components: { type: string; props: Record<string, unknown> }[];
}

const COMPONENT_TYPES = new Set(['hero', 'text', 'image', 'cta', 'grid']);
const FORMATTERS = new Set(['currency', 'date', 'uppercase']);

// formatter callbacks are referenced by name and resolved from a fixed registry on render
export function previewContext(body: unknown): PreviewContext {
  const input = body as Partial<PreviewContext>;
  if (!input || typeof input.title !== 'string' || !Array.isArray(input.components)) {
    throw new Error('invalid preview payload');
  }
  const components = input.components
    .filter((c) => c && COMPONENT_TYPES.has(c.type))
    .map((c) => ({
      type: c.type,
      props: Object.fromEntries(
        Object.entries(c.props ?? {}).filter(([k, v]) => k !== 'formatter' || FORMATTERS.has(String(v))),
      ),
    }));
  return { title: input.title, components };
}
