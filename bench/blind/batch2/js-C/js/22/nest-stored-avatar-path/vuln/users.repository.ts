import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class UsersRepository {
  constructor(private readonly ds: DataSource) {}

  async findById(id: number): Promise<{ id: number; avatarPath: string | null } | null> {
    const rows = await this.ds.query('SELECT id, avatar_path AS "avatarPath" FROM users WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async update(id: number, patch: { avatarPath: string | null }): Promise<void> {
    await this.ds.query('UPDATE users SET avatar_path = $1 WHERE id = $2', [patch.avatarPath, id]);
  }
}
