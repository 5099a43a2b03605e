import React, { useState } from 'react';
import { sealNote } from './vault';

export default function NoteEditor({ noteKey, onSaved }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const ciphertext = await sealNote(text, noteKey);
    await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ciphertext }),
    });
    setBusy(false);
    onSaved?.();
  }

  return (
    <div className="editor">
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} />
      <button disabled={busy} onClick={save}>Save</button>
    </div>
  );
}
