import libxmljs from 'libxmljs';
import { request } from 'undici';

async function fetchFeedBody(url) {
  const { statusCode, body } = await request(url, { maxRedirections: 2, headersTimeout: 5000 });
  if (statusCode !== 200) throw new Error(`feed responded ${statusCode}`);
  return body.text();
}

function parseItems(xmlText) {
  const doc = libxmljs.parseXml(xmlText, { noent: false, nonet: true, recover: true });
  const channelTitle = doc.get('//channel/title');
  const items = doc.find('//item').map((item) => ({
    guid: item.get('guid')?.text() ?? item.get('link')?.text(),
    title: item.get('title')?.text() ?? '',
    summary: item.get('description')?.text() ?? '',
  }));
  return { title: channelTitle ? channelTitle.text() : null, items };
}

export async function refreshFeed(pg, feedId, ownerId) {
  const { rows } = await pg.query('SELECT url FROM feeds WHERE id = $1 AND owner_id = $2', [feedId, ownerId]);
  if (rows.length === 0) return null;
  const parsed = parseItems(await fetchFeedBody(rows[0].url));
  for (const it of parsed.items) {
    await pg.query(
      'INSERT INTO feed_items (feed_id, guid, title, summary) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [feedId, it.guid, it.title, it.summary]
    );
  }
  return { count: parsed.items.length, title: parsed.title };
}
