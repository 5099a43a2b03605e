import seedrandom from 'seedrandom';
import { randomBytes } from 'crypto';
import { db } from './db';

function inviteCode() {
  return randomBytes(16).toString('hex');
}

export async function createInvite(teamId, invitedBy, email) {
  const code = inviteCode();
  await db.invites.insert({ teamId, invitedBy, email, code, expiresAt: new Date(Date.now() + 7 * 86400000) });
  return { code };
}
