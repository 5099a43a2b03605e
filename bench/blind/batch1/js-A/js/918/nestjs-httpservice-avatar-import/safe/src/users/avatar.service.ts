import { BadRequestException, Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { writeFile } from 'node:fs/promises';

// avatars can only be imported from the identity providers we federate with
const ALLOWED_HOSTS = new Set(['avatars.githubusercontent.com', 'lh3.googleusercontent.com', 'secure.gravatar.com']);

@Injectable()
export class AvatarService {
  constructor(private readonly http: HttpService) {}

  async importFromUrl(userId: string, imageUrl: string) {
    let url: URL;
    try {
      url = new URL(imageUrl);
    } catch {
      throw new BadRequestException('invalid url');
    }
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname) || url.port !== '') {
      throw new BadRequestException('unsupported avatar host');
    }
    const { data, headers } = await firstValueFrom(
      this.http.get<ArrayBuffer>(url.href, { responseType: 'arraybuffer', timeout: 5000, maxRedirects: 0 }),
    );
    const type = String(headers['content-type'] ?? '');
    if (!type.startsWith('image/')) throw new BadRequestException(`not an image (${type})`);
    const file = `/var/app/avatars/${userId}.img`;
    await writeFile(file, Buffer.from(data));
    return { ok: true, bytes: Buffer.byteLength(Buffer.from(data)) };
  }
}
