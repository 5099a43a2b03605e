import yaml from 'js-yaml';

export interface Board {
  title: string;
  columns: { name: string; cards: string[] }[];
}

export function parseBoardExport(text: string): Board {
  const doc = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as any;
  if (!doc || typeof doc.title !== 'string' || !Array.isArray(doc.columns)) {
    throw new Error('not a board export');
  }
  return {
    title: doc.title,
    columns: doc.columns.map((c: any) => ({
      name: String(c.name),
      cards: Array.isArray(c.cards) ? c.cards.map(String) : [],
    })),
  };
}
