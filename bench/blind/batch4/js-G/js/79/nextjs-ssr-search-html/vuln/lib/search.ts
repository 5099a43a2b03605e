export interface DocHit {
  id: string;
  title: string;
}

export async function searchDocs(term: string): Promise<DocHit[]> {
  const res = await fetch(`http://search.internal:9200/docs/_search?q=${encodeURIComponent(term)}`);
  const body = await res.json();
  return body.hits.hits.map((h: { _id: string; _source: { title: string } }) => ({ id: h._id, title: h._source.title }));
}
