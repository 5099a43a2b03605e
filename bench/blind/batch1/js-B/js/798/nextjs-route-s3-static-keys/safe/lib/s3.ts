import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const s3 = new S3Client({
  region: 'eu-central-1',
  // credentials come from the default provider chain (task role / OIDC web identity)
});

const BUCKET = process.env.ATTACHMENTS_BUCKET ?? 'acme-helpdesk-attachments';

export async function presignUpload(ticketId: string, fileName: string, contentType: string): Promise<{ url: string; key: string }> {
  const safeName = fileName.replace(/[^\w.\-]+/g, '_').slice(0, 120);
  const key = `tickets/${ticketId}/${crypto.randomUUID()}-${safeName}`;
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }), {
    expiresIn: 300,
  });
  return { url, key };
}
