import React, { useState } from 'react';
import { loadHelpIndex } from './helpIndex';

export default function HelpSearch() {
  const [hits, setHits] = useState([]);
  async function onSearch(q) {
    const doc = await loadHelpIndex();
    const res = doc.evaluate(`//topic[contains(@keywords, '${q}') and @audience='public']/@href`, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); // cg-expect: CWE-643
    const out = [];
    for (let i = 0; i < res.snapshotLength; i++) out.push(res.snapshotItem(i).value);
    setHits(out);
  }
  return (
    <div>
      <input placeholder="Search help" onChange={(e) => onSearch(e.target.value)} />
      <ul>{hits.map((h) => <li key={h}><a href={h}>{h}</a></li>)}</ul>
    </div>
  );
}
