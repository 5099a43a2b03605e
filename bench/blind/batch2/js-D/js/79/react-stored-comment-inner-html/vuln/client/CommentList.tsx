import { useEffect, useState } from 'react';

type Comment = { id: number; author: string; body: string };

export function CommentList({ postId }: { postId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then((data: Comment[]) => {
        if (!cancelled) setComments(data);
      });
    return () => {
      cancelled = true;
    };
  }, [postId]);

  return (
    <ul className="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div
            className="comment-body"
            dangerouslySetInnerHTML={{ __html: c.body }} // cg-expect: CWE-79
          />
        </li>
      ))}
    </ul>
  );
}
