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
    const target = path.join(AVATAR_DIR, path.basename(user.avatarPath));
    if (path.dirname(target) !== AVATAR_DIR) return;
    await unlink(target);
    await this.users.update(userId, { avatarPath: null });
  }
}
