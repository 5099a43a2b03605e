// "@jane.doe" or "@ops.team.lead" followed by whitespace or end of text
const MENTION = /@((?:\w+\.?)+)(?=\s|$)/g;

export function extractMentions(text) {
  const handles = new Set();
  for (const m of text.matchAll(MENTION)) { // cg-expect: CWE-1333
    handles.add(m[1].replace(/\.$/, '').toLowerCase());
  }
  return [...handles];
}
