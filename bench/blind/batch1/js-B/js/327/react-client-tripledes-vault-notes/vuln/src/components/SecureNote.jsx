import { useState } from 'react';
import { sealNote } from '../crypto/noteCipher';

export default function SecureNote({ onSaved }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  async function handleSubmit(e) {
    e.preventDefault();
    setBusy(true);
    try {
      const ciphertext = await sealNote(text, passphrase);
      const res = await fetch('/api/notes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, ciphertext }),
      });
      if (res.ok) onSaved(await res.json());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={handleSubmit}>
      <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Title" />
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} />
      <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} placeholder="Passphrase" />
      <button disabled={busy || !passphrase}>Save encrypted</button>
    </form>
  );
}
