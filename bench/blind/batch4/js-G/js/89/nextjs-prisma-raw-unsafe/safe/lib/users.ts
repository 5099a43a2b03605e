import { prisma } from './prisma';

export interface UserRow {
  id: string;
  email: string;
  createdAt: Date;
}

export async function findUsersByEmail(email: string): Promise<UserRow[]> {
  const pattern = `%${email}%`;
  return prisma.$queryRaw<UserRow[]>`SELECT id, email, "createdAt" FROM "User" WHERE email LIKE ${pattern} LIMIT 25`;
}
