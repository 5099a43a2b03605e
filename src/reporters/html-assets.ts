import { createHash } from "node:crypto";

/**
 * The report's only style sheet and script, inline so the file is
 * self-contained. Their hashes go into the page's Content-Security-Policy,
 * which then refuses every other script, style and network request: even an
 * escaping mistake could not run injected code or fetch anything.
 */
export const HTML_STYLE = `
:root { --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --card: #f6f8fa; --code: #f6f8fa;
  --critical: #a40e26; --high: #d1242f; --medium: #9a6700; --low: #0969da; --info: #59636e; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --card: #151b23; --code: #151b23;
    --critical: #ff7b72; --high: #f85149; --medium: #d29922; --low: #4493f8; --info: #9198a1; --ok: #3fb950; }
}
* { box-sizing: border-box; } [hidden] { display: none !important; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0; } code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.banner { border: 2px solid var(--high); background: color-mix(in srgb, var(--high) 12%, transparent); padding: 12px 16px; border-radius: 6px; margin: 16px 0; }
.banner strong { color: var(--high); font-size: 16px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
.card .value { font-size: 22px; font-weight: 600; display: block; } .card .label { color: var(--muted); }
.card.critical .value { color: var(--critical); } .card.high .value { color: var(--high); } .card.medium .value { color: var(--medium); }
.card.low .value { color: var(--low); } .card.info .value { color: var(--info); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; } td.num, th.num { text-align: right; }
td { overflow-wrap: anywhere; }
/* Fixed layout keeps a long snippet scrolling inside its cell instead of widening the page. */
table.findings { table-layout: fixed; }
table.findings th:nth-child(1) { width: 110px; } table.findings th:nth-child(2) { width: 20%; }
table.findings th:nth-child(3) { width: 20%; } table.findings th:nth-child(5) { width: 100px; }
.badge { display: inline-block; min-width: 70px; text-align: center; border-radius: 12px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.critical { background: var(--critical); } .badge.high { background: var(--high); } .badge.medium { background: var(--medium); }
.badge.low { background: var(--low); } .badge.info { background: var(--info); }
.new { color: #8250df; font-weight: 600; font-size: 12px; margin-left: 6px; }
details > summary { cursor: pointer; } .finding-body { margin: 8px 0; }
pre.code { background: var(--code); border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; }
pre.code .ln { color: var(--muted); display: inline-block; min-width: 3em; padding-right: 8px; text-align: right; user-select: none; }
pre.code .del { color: var(--high); } pre.code .add { color: var(--ok); }
.fix { color: var(--ok); } .muted { color: var(--muted); }
.status-completed { color: var(--ok); } .status-failed, .status-timed-out { color: var(--high); font-weight: 600; }
.status-unavailable, .status-cancelled { color: var(--medium); } .status-disabled { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.filters input[type="search"] { padding: 4px 8px; min-width: 240px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

/** Severity checkboxes and a text search over the findings table; the page is complete without it. */
export const HTML_SCRIPT = `
(() => {
  const bar = document.getElementById("filters");
  if (!bar) return;
  bar.hidden = false;
  const boxes = Array.from(bar.querySelectorAll("input[data-severity]"));
  const search = document.getElementById("search");
  const count = document.getElementById("shown");
  const rows = Array.from(document.querySelectorAll("tr.finding"));
  const apply = () => {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.severity));
    const text = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible = on.has(row.dataset.severity) && (text === "" || row.textContent.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + " of " + rows.length + " shown";
  };
  for (const box of boxes) box.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
})();
`;

function cspHash(source: string): string {
  return `'sha256-${createHash("sha256").update(source).digest("base64")}'`;
}

export const HTML_CSP = [
  "default-src 'none'",
  `style-src ${cspHash(HTML_STYLE)}`,
  `script-src ${cspHash(HTML_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
