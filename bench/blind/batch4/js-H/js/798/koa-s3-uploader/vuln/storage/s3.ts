import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIAQ7ZK3LMN4PRT2XYV', secretAccessKey: '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' }, // cg-expect: CWE-798
});

export async function putAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}.png`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-user-media', Key: key, Body: body, ContentType: contentType }));
  return key;
}
