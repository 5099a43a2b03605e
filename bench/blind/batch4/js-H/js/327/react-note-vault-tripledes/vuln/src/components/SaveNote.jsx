import React, { useState } from 'react';
import { sealForServer } from '../crypto/vault';

export default function SaveNote({ userKey }) {
  const [note, setNote] = useState('');
  async function onSave(e) {
    e.preventDefault();
    await fetch('/api/notes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ blob: sealForServer(note, userKey) }) });
    setNote('');
  }
  return (
    <form onSubmit={onSave}>
      <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit">Save privately</button>
    </form>
  );
}
