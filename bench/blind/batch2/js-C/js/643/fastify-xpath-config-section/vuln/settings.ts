import { readFileSync } from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const doc = new DOMParser().parseFromString(readFileSync('/srv/app/settings.xml', 'utf8'), 'text/xml');

export function readSection(section: string): Record<string, string> | null {
  if (section.includes("'") || section.includes('"')) return null;
  const nodes = xpath.select(`/settings/section[@visibility='public'][${section}]/entry`, doc) as Element[]; // cg-expect: CWE-643
  if (!nodes.length) return null;
  const out: Record<string, string> = {};
  for (const n of nodes) out[n.getAttribute('key') ?? ''] = n.textContent ?? '';
  return out;
}
