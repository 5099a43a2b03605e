import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function saveAvatar(userId: string, svg: string): Promise<string> {
  const key = `avatars/${userId}.svg`;
  await s3.send(
    new PutObjectCommand({ Bucket: process.env.AVATAR_BUCKET, Key: key, Body: svg, ContentType: 'image/svg+xml' })
  );
  return key;
}
