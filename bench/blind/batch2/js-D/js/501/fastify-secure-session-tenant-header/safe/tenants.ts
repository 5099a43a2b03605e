import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';

export async function selectTenant(request: FastifyRequest, pool: Pool, tenantId: string): Promise<boolean> {
  const userId = request.session.get('userId');
  if (!userId || !tenantId) return false;
  const { rowCount } = await pool.query('SELECT 1 FROM memberships WHERE user_id = $1 AND tenant_id = $2', [userId, tenantId]);
  if (!rowCount) return false;
  request.session.set('tenantId', tenantId);
  return true;
}
