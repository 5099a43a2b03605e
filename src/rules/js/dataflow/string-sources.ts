/**
 * Request parts that are always strings, so they cannot smuggle a MongoDB
 * operator object (`{"$ne": null}`): Express route parameters, headers, URL
 * parts, Koa's `ctx.cookies.get()`. Shared by js/nosql-injection and the
 * flows it links across files (src/rules/xfile/cross-file-findings.ts).
 */
const STRING_ONLY_WORDS: ReadonlySet<string> = new Set([
  "the request's headers",
  "the request's URL",
  "the request's Host header",
]);

export function isStringOnlySource(origin: { readonly label: string; readonly words?: string }): boolean {
  return (
    (/\.params\b/.test(origin.label) && !origin.label.startsWith("Next.js")) ||
    /^ctx\.cookies\b/.test(origin.label) ||
    (origin.words !== undefined && STRING_ONLY_WORDS.has(origin.words))
  );
}
