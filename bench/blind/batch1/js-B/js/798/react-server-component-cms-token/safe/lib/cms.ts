import 'server-only';

const CMS_URL = 'https://cms.example-media.io/api';
const CMS_TOKEN = process.env.CMS_API_TOKEN;

export interface Post {
  slug: string;
  title: string;
  bodyHtml: string;
  publishedAt: string;
  draft: boolean;
}

export async function getPost(slug: string, { preview = false } = {}): Promise<Post | null> {
  if (!CMS_TOKEN) throw new Error('CMS_API_TOKEN is not configured');
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
