import { useEffect, useState } from 'react';
import { renderMarkdown } from './markdown';

interface Comment {
  id: number;
  author: string;
  body: string;
}

export function CommentList({ postId }: { postId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [postId]);

  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div
            className="body"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }} 
          />
        </li>
      ))}
    </ul>
  );
}
