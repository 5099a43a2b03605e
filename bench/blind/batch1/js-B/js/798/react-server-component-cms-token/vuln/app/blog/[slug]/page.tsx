import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import sanitizeHtml from 'sanitize-html';
import { getPost } from '@/lib/cms';

export default async function BlogPostPage({ params }: { params: { slug: string } }) {
  const { isEnabled } = draftMode();
  const post = await getPost(params.slug, { preview: isEnabled });
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <time dateTime={post.publishedAt}>{new Date(post.publishedAt).toLocaleDateString()}</time>
      <div className="prose" dangerouslySetInnerHTML={{ __html: sanitizeHtml(post.bodyHtml) }} />
    </article>
  );
}
