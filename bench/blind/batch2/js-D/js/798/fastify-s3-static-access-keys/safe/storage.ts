import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const s3 = new S3Client({
  region: process.env.AWS_REGION ?? 'eu-west-1',
  // credentials resolved by the default provider chain (instance role in production)
});

const BUCKET = process.env.UPLOAD_BUCKET ?? 'acme-user-uploads';

export async function putUserFile(userId: string, filename: string, body: Buffer, contentType: string) {
  const ext = path.extname(filename).toLowerCase().slice(0, 8);
  const key = `users/${encodeURIComponent(userId)}/${randomUUID()}${ext}`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
  return key;
}
