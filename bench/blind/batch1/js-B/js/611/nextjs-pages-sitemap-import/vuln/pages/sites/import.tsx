import { useState, type ChangeEvent } from 'react';

export default function ImportSitemapPage() {
  const [result, setResult] = useState<{ count: number; preview: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const res = await fetch('/api/sites/import-sitemap', {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: await file.text(),
    });
    if (res.ok) setResult(await res.json());
    else setError((await res.json()).error);
  }

  return (
    <main>
      <h1>Import sitemap</h1>
      <input type="file" accept=".xml" onChange={onFile} />
      {error && <p role="alert">{error}</p>}
      {result && (
        <ul>
          {result.preview.map((u) => <li key={u}>{u}</li>)}
        </ul>
      )}
    </main>
  );
}
