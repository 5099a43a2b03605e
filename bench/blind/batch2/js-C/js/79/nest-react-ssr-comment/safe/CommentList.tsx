import React from 'react';

type Item = { id: string; author: string; body: string };

export function CommentList({ items }: { items: Item[] }) {
  return (
    <ul className="comments">
      {items.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div className="body">{c.body}</div>
        </li>
      ))}
    </ul>
  );
}
