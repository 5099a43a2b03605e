export async function fetchComments(postId) {
  const res = await fetch(`/api/posts/${encodeURIComponent(postId)}/comments`);
  if (!res.ok) throw new Error('failed to load comments');
  return res.json();
}
