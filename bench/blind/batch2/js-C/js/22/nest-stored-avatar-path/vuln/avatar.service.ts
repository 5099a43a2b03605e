import { Injectable } from '@nestjs/common';
import { unlink } from 'fs/promises';
import * as path from 'path';
import { UsersRepository } from './users.repository';

const AVATAR_DIR = path.resolve('/srv/app/public/avatars');

@Injectable()
export class AvatarService {
  constructor(private readonly users: UsersRepository) {}

  async removeFor(userId: number): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user?.avatarPath) return;
    await unlink(path.join(AVATAR_DIR, user.avatarPath)); // cg-expect: CWE-22
    await this.users.update(userId, { avatarPath: null });
  }
}
