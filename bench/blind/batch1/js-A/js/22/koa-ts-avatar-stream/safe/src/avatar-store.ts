import { createReadStream, type ReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

export class AvatarStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async open(name: string): Promise<ReadStream | null> {
    const file = path.resolve(this.root, name);
    if (!file.startsWith(this.root + path.sep)) return null;
    try {
      await access(file);
    } catch {
      return null;
    }
    return createReadStream(file);
  }
}
