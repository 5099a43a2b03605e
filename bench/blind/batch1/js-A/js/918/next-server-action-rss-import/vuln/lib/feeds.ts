import Parser from 'rss-parser';
import { db } from '@/lib/db';

const parser = new Parser({ timeout: 8000 });

export async function importFeed(userId: string, feedUrl: string): Promise<number> {
  if (!/^https?:\/\//i.test(feedUrl)) throw new Error('feed URL must start with http(s)://');
  const feed = await parser.parseURL(feedUrl); // cg-expect: CWE-918
  await db.subscription.create({ data: { userId, url: feedUrl, title: feed.title ?? feedUrl } });
  return feed.items.length;
}
