import { promises as fs } from "node:fs";
import path from "node:path";

export class AvatarStorage {
  constructor(private readonly root = "/var/lib/app/avatars") {}

  async save(userId: number, filename: string, data: Buffer): Promise<string> {
    const dir = path.join(this.root, String(userId));
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, filename);
    await fs.writeFile(target, data);  // cg-expect: CWE-22
    return target;
  }
}
