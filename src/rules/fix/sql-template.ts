/** One piece of a query: SQL text as written in the source, or a value expression. */
export type Part = { readonly sql: string } | { readonly value: string };

/** A value may stand alone only where SQL expects a value, never an identifier or keyword. */
const VALUE_CONTEXT = /(?:=|<>|!=|<=|>=|<|>|\blimit|\boffset)\s*$/i;

/**
 * The template with placeholders and the values in order. A value inside a
 * quoted SQL literal must be the whole literal ('{name}', whose quotes go);
 * a bare value must follow a comparison or LIMIT/OFFSET.
 */
export function parameterise(
  parts: readonly Part[],
  placeholder: (n: number) => string,
  percentIsSpecial: boolean,
): { template: string; values: string[] } | undefined {
  let template = "";
  const values: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if ("sql" in part) {
      if (/%/.test(part.sql) && percentIsSpecial) return undefined;
      template += part.sql;
      continue;
    }
    const next = parts[i + 1];
    const inLiteral = (template.match(/'/g)?.length ?? 0) % 2 === 1;
    if (inLiteral) {
      if (!template.endsWith("'") || !next || !("sql" in next) || !next.sql.startsWith("'")) return undefined;
      template = template.slice(0, -1) + placeholder(values.length + 1);
      parts = [...parts.slice(0, i + 1), { sql: next.sql.slice(1) }, ...parts.slice(i + 2)];
    } else {
      if (!VALUE_CONTEXT.test(template)) return undefined;
      template += placeholder(values.length + 1);
    }
    values.push(part.value);
  }
  return { template, values };
}
