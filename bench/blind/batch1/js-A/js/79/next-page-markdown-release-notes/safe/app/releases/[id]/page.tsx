import { notFound } from 'next/navigation';
import { getRelease } from '@/lib/releases';
import { renderMarkdown } from '@/lib/markdown';

export default async function ReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const release = await getRelease(id);
  if (!release) notFound();

  const html = renderMarkdown(release.notes);
  return (
    <article className="prose">
      <h1>{release.version}</h1>
      <p className="meta">Published by {release.authorName}</p>
      <div
        className="notes"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </article>
  );
}
