import seedrandom from 'seedrandom';
import { randomBytes } from 'crypto';
import { db } from './db';

function inviteCode() {
  const rng = seedrandom(String(Date.now()));
  return Array.from({ length: 4 }, () => Math.floor(rng() * 0xffffffff).toString(16).padStart(8, '0')).join(''); // cg-expect: CWE-330
}

export async function createInvite(teamId, invitedBy, email) {
  const code = inviteCode();
  await db.invites.insert({ teamId, invitedBy, email, code, expiresAt: new Date(Date.now() + 7 * 86400000) });
  return { code };
}
