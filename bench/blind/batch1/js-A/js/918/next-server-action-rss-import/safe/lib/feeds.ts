import Parser from 'rss-parser';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { db } from '@/lib/db';

const parser = new Parser({ timeout: 8000, maxRedirects: 0 });

async function assertPublicHost(url: URL) {
  const addresses = await lookup(url.hostname, { all: true });
  if (addresses.some(({ address }) => ipaddr.process(address).range() !== 'unicast')) {
    throw new Error('feed host is not publicly routable');
  }
}

export async function importFeed(userId: string, feedUrl: string): Promise<number> {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('feed URL must be http(s)');
  if (url.port && !['80', '443'].includes(url.port)) throw new Error('non-standard ports are not allowed');
  await assertPublicHost(url);
  const feed = await parser.parseURL(url.href);
  await db.subscription.create({ data: { userId, url: url.href, title: feed.title ?? url.href } });
  return feed.items.length;
}
