import { useState } from 'react';

export function useExport() {
  const [token, setToken] = useState(null);

  async function start(dataset) {
    const res = await fetch('/api/exports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ dataset }),
    });
    const body = await res.json();
    setToken(body.token);
  }

  return { token, start };
}
