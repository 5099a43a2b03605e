import React, { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';
import { fetchComments } from './api';

export function Comment({ comment }) {
  const html = DOMPurify.sanitize(comment.bodyHtml, { USE_PROFILES: { html: true } });
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <div
        className="comment-body"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </article>
  );
}

export default function CommentList({ postId }) {
  const [comments, setComments] = useState([]);
  useEffect(() => {
    fetchComments(postId).then(setComments);
  }, [postId]);
  return comments.map((c) => <Comment key={c.id} comment={c} />);
}
