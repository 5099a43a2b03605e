import { createReadStream, type ReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

export class AvatarStore {
  constructor(private readonly root: string) {}

  async open(name: string): Promise<ReadStream | null> {
    const file = path.join(this.root, decodeURIComponent(name));
    try {
      await access(file);
    } catch {
      return null;
    }
    return createReadStream(file); // cg-expect: CWE-22
  }
}
