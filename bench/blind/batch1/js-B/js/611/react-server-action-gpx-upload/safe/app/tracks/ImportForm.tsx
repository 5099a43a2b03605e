'use client';

import { useFormState } from 'react-dom';
import { importTrack } from './actions';

type State = { ok: boolean; error?: string; name?: string; count?: number } | null;

export default function ImportForm() {
  const [state, formAction] = useFormState<State, FormData>(
    async (_prev, fd) => importTrack(fd),
    null
  );
  return (
    <form action={formAction} className="import-form">
      <label>
        GPX file <input type="file" name="gpx" accept=".gpx,application/gpx+xml" required />
      </label>
      <button type="submit">Import</button>
      {state?.ok && <p>Imported “{state.name}” ({state.count} points)</p>}
      {state && !state.ok && <p role="alert">{state.error}</p>}
    </form>
  );
}
