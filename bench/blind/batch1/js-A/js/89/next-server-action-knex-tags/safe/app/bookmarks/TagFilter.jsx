'use client';

import { useActionState } from 'react';
import { filterBookmarks } from './actions';

export default function TagFilter() {
  const [state, formAction] = useActionState(filterBookmarks, { error: null, items: [] });
  return (
    <section>
      <form action={formAction}>
        <input name="tag" placeholder="tag" />
        <button type="submit">Filter</button>
      </form>
      {state.error && <p role="alert">{state.error}</p>}
      <ul>
        {state.items.map((b) => (
          <li key={b.id}><a href={b.url}>{b.title}</a></li>
        ))}
      </ul>
    </section>
  );
}
