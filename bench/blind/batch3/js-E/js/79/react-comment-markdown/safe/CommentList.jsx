import React, { useEffect, useState } from 'react';
import { fetchComments } from './api';
import { toHtml } from './format';

export default function CommentList({ postId }) {
  const [comments, setComments] = useState([]);

  useEffect(() => {
    let live = true;
    fetchComments(postId).then((c) => live && setComments(c));
    return () => { live = false; };
  }, [postId]);

  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div
            className="body"
            dangerouslySetInnerHTML={{ __html: toHtml(c.body) }}
          />
        </li>
      ))}
    </ul>
  );
}
