import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class MembershipService {
  constructor(private readonly db: DataSource) {}

  async isMember(userId: string, tenantId: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM memberships WHERE user_id = $1 AND tenant_id = $2', [userId, tenantId]);
    return rows.length > 0;
  }
}
