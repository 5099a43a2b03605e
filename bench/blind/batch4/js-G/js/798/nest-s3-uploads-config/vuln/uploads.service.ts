import { Injectable } from '@nestjs/common';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'crypto';
import { createS3Client } from './storage.config';

@Injectable()
export class UploadsService {
  private readonly s3: S3Client = createS3Client('eu-west-1');

  async store(ownerId: string, body: Buffer, contentType: string): Promise<string> {
    const key = `uploads/${ownerId}/${randomUUID()}`;
    await this.s3.send(
      new PutObjectCommand({ Bucket: 'acme-user-uploads', Key: key, Body: body, ContentType: contentType }),
    );
    return key;
  }
}
