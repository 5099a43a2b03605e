import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';

export async function selectTenant(request: FastifyRequest, pool: Pool, tenantId: string): Promise<boolean> {
  const userId = request.session.get('userId');
  if (!userId || !tenantId) return false;
  request.session.set('tenantId', tenantId); // cg-expect: CWE-501
  return true;
}
