import React, { useEffect, useMemo, useState } from 'react';
import { buildMatcher } from './matcher';

export default function CommentSearch({ threadId }) {
  const [comments, setComments] = useState([]);
  const [term, setTerm] = useState(() => new URLSearchParams(window.location.search).get('q') || '');

  useEffect(() => {
    fetch(`/api/threads/${threadId}/comments`).then((r) => r.json()).then(setComments);
  }, [threadId]);

  const visible = useMemo(() => {
    if (!term) return comments;
    const matcher = buildMatcher(term);
    return comments.filter((c) => matcher(c.body));
  }, [comments, term]);

  return (
    <section>
      <input placeholder="Search comments" value={term} onChange={(e) => setTerm(e.target.value)} />
      <ul>
        {visible.map((c) => (
          <li key={c.id}>{c.body}</li>
        ))}
      </ul>
    </section>
  );
}
