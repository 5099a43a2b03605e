import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class MembershipService {
  constructor(private readonly ds: DataSource) {}
  async isMember(userId: string, tenantId: string) {
    const rows = await this.ds.query('SELECT 1 FROM memberships WHERE user_id = $1 AND tenant_id = $2', [userId, tenantId]);
    return rows.length > 0;
  }
}
