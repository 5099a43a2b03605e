import React, { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import CommentList from './CommentList';

export default function PostCommentsPage() {
  const { postId } = useParams();
  return (
    <main className="post-comments">
      <h2>Discussion</h2>
      <Suspense fallback={<p>Loading comments...</p>}>
        <CommentList postId={postId} />
      </Suspense>
    </main>
  );
}
