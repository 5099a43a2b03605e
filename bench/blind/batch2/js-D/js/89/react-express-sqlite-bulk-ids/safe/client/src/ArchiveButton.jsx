import { useState } from 'react';

export default function ArchiveButton({ selectedIds, onDone }) {
  const [busy, setBusy] = useState(false);

  async function archive() {
    setBusy(true);
    try {
      const res = await fetch('/api/messages/archive', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids: selectedIds }),
      });
      const data = await res.json();
      onDone(data.archived ?? 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" disabled={busy || selectedIds.length === 0} onClick={archive}>
      {busy ? 'Archiving…' : `Archive ${selectedIds.length} selected`}
    </button>
  );
}
