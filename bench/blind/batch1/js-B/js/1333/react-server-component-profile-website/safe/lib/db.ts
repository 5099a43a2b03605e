import { PrismaClient } from '@prisma/client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? new PrismaClient({ log: ['warn', 'error'] });

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

export async function updateProfile(userId: string, data: { displayName?: string; bio?: string; website?: string }) {
  return db.profile.update({
    where: { userId },
    data: {
      displayName: data.displayName?.slice(0, 80),
      bio: data.bio?.slice(0, 1000),
      website: data.website?.slice(0, 2048),
    },
  });
}
