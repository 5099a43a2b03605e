const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const crypto = require('crypto');

const s3 = new S3Client({
  region: 'eu-central-1',
  credentials: { accessKeyId: 'AKIA4QX7R2MJ5TDKZ3WN', secretAccessKey: '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' }, // cg-expect: CWE-798
});

async function putDocument(buffer, contentType) {
  const key = `docs/${crypto.randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-customer-docs', Key: key, Body: buffer, ContentType: contentType }));
  return key;
}

module.exports = { putDocument };
