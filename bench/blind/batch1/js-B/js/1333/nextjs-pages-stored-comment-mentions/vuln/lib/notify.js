import prisma from './prisma';
import { sendPush } from './push';

export async function notifyUsers(handles, { commentId, from }) {
  if (handles.length === 0) return 0;
  const users = await prisma.user.findMany({
    where: { handle: { in: handles.slice(0, 25) }, NOT: { id: from } },
    select: { id: true, pushToken: true },
  });
  await prisma.notification.createMany({
    data: users.map((u) => ({ userId: u.id, kind: 'mention', commentId })),
    skipDuplicates: true,
  });
  await Promise.allSettled(users.filter((u) => u.pushToken).map((u) => sendPush(u.pushToken, 'You were mentioned in a comment')));
  return users.length;
}
