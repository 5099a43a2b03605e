const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Article = { slug: string; title: string; body: string };

export class ArticleService {
  private cache = new Map<string, Article>([
    ['hello-world', { slug: 'hello-world', title: 'Hello world', body: 'First post.' }],
    ['release-2-0', { slug: 'release-2-0', title: 'Release 2.0', body: 'What is new.' }],
  ]);

  isValidSlug(slug: string): boolean {
    return slug.length <= 200 && SLUG_RE.test(slug);
  }

  async bySlug(slug: string): Promise<Article | undefined> {
    return this.cache.get(slug);
  }
}
