import { S3Client } from '@aws-sdk/client-s3';

export function createS3Client(region: string): S3Client {
  return new S3Client({
    region,
    credentials: { accessKeyId: 'AKIA4Q7ZJ2LMXW8RT3PN', secretAccessKey: 'u8Jr2kQv+9TzPa1WmXc4LbN7yHe0sGdF5oRiVt3K' }, // cg-expect: CWE-798
  });
}
