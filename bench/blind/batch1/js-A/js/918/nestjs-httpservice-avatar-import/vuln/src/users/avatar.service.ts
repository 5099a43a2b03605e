import { BadRequestException, Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { writeFile } from 'node:fs/promises';

@Injectable()
export class AvatarService {
  constructor(private readonly http: HttpService) {}

  async importFromUrl(userId: string, imageUrl: string) {
    const { data, headers } = await firstValueFrom(
      this.http.get<ArrayBuffer>(imageUrl, { responseType: 'arraybuffer', timeout: 5000 }), // cg-expect: CWE-918
    );
    const type = String(headers['content-type'] ?? '');
    if (!type.startsWith('image/')) throw new BadRequestException(`not an image (${type})`);
    const file = `/var/app/avatars/${userId}.img`;
    await writeFile(file, Buffer.from(data));
    return { ok: true, bytes: Buffer.byteLength(Buffer.from(data)) };
  }
}
