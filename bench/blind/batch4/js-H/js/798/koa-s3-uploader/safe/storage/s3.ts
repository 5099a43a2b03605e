import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  // credentials come from the default provider chain (env, instance role)
});

export async function putAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}.png`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-user-media', Key: key, Body: body, ContentType: contentType }));
  return key;
}
