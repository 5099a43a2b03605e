// "@jane.doe" or "@ops.team.lead" followed by whitespace or end of text
const MENTION = /@(\w+(?:\.\w+)*)\.?(?=\s|$)/g;

export function extractMentions(text) {
  const handles = new Set();
  for (const m of text.slice(0, 20000).matchAll(MENTION)) {
    handles.add(m[1].toLowerCase());
  }
  return [...handles];
}
