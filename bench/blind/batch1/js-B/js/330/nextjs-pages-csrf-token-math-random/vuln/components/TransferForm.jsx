import { useEffect, useState } from 'react';

export default function TransferForm() {
  const [csrf, setCsrf] = useState(null);
  const [result, setResult] = useState(null);

  useEffect(() => {
    fetch('/api/csrf').then((r) => r.json()).then((j) => setCsrf(j.csrfToken));
  }, []);

  async function submit(e) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const res = await fetch('/api/transfer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ toAccount: form.get('to'), amountCents: Math.round(Number(form.get('amount')) * 100) }),
    });
    setResult(res.ok ? await res.json() : { error: 'Transfer failed' });
  }

  return (
    <form onSubmit={submit}>
      <input name="to" placeholder="Account number" required />
      <input name="amount" type="number" step="0.01" min="0.01" required />
      <button disabled={!csrf}>Send money</button>
      {result && <pre>{JSON.stringify(result, null, 2)}</pre>}
    </form>
  );
}
