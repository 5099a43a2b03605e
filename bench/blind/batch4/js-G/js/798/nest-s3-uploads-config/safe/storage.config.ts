import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

export function createS3Client(region: string): S3Client {
  return new S3Client({
    region,
    credentials: fromNodeProviderChain(),
  });
}
