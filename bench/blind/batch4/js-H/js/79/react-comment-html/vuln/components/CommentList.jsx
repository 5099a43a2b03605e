import React, { useEffect, useState } from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { fetchComments } from '../api/comments';

export function Comment({ comment }) {
  const html = marked.parse(comment.body);
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <div className="comment-body" dangerouslySetInnerHTML={{ __html: html }} /> // cg-expect: CWE-79
    </article>
  );
}

export default function CommentList({ postId }) {
  const [items, setItems] = useState([]);
  useEffect(() => { fetchComments(postId).then(setItems); }, [postId]);
  return <section>{items.map((c) => <Comment key={c.id} comment={c} />)}</section>;
}
