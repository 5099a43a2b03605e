const CMS_URL = 'https://cms.example-media.io/api';
const CMS_TOKEN = 'cms_pat_9b1f7e3c2a8d4f60b5e1c7a9d3f2e8b4c6a0d5f1'; // cg-expect: CWE-798

export interface Post {
  slug: string;
  title: string;
  bodyHtml: string;
  publishedAt: string;
  draft: boolean;
}

export async function getPost(slug: string, { preview = false } = {}): Promise<Post | null> {
  const url = new URL(`${CMS_URL}/posts`);
  url.searchParams.set('filters[slug][$eq]', slug);
  if (preview) url.searchParams.set('publicationState', 'preview');
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${CMS_TOKEN}` },
    next: { revalidate: preview ? 0 : 300 },
  });
  if (!res.ok) return null;
  const { data } = (await res.json()) as { data: Post[] };
  return data[0] ?? null;
}
