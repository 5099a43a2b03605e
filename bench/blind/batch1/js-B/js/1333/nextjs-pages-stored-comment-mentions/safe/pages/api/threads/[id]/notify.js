import prisma from '../../../../lib/prisma';
import { extractMentions } from '../../../../lib/mentions';
import { notifyUsers } from '../../../../lib/notify';

// Invoked by the queue worker after a comment is saved; re-reads the stored comments.
export default async function handler(req, res) {
  if (req.headers['x-worker-key'] !== process.env.WORKER_KEY) return res.status(403).end();
  const comments = await prisma.comment.findMany({
    where: { threadId: String(req.query.id), notifiedAt: null },
    select: { id: true, body: true, authorId: true },
  });
  let sent = 0;
  for (const c of comments) {
    const handles = extractMentions(c.body);
    sent += await notifyUsers(handles, { commentId: c.id, from: c.authorId });
    await prisma.comment.update({ where: { id: c.id }, data: { notifiedAt: new Date() } });
  }
  res.status(200).json({ processed: comments.length, sent });
}
