'use client';

import { useState, type FormEvent } from 'react';

export default function ContactForm() {
  const [status, setStatus] = useState<'idle' | 'sending' | 'sent' | 'error'>('idle');

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus('sending');
    const data = Object.fromEntries(new FormData(e.currentTarget));
    const res = await fetch('/api/contact', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    });
    setStatus(res.ok ? 'sent' : 'error');
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="name" required maxLength={100} />
      <input name="email" type="email" required />
      <select name="topic" defaultValue="support">
        <option value="sales">Sales</option>
        <option value="support">Support</option>
        <option value="press">Press</option>
      </select>
      <textarea name="message" minLength={10} maxLength={5000} required />
      <button disabled={status === 'sending'}>Send</button>
      {status === 'sent' && <p>Thanks, we will be in touch.</p>}
      {status === 'error' && <p role="alert">Something went wrong.</p>}
    </form>
  );
}
