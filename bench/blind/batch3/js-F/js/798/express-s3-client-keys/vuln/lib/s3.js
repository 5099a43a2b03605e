const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIAQ3EGRT5YL7MZ2XPN', secretAccessKey: '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' }, // cg-expect: CWE-798
});

async function putObject(key, body, contentType) {
  await s3.send(new PutObjectCommand({ Bucket: 'acme-user-uploads', Key: key, Body: body, ContentType: contentType }));
  return `s3://acme-user-uploads/${key}`;
}

module.exports = { putObject };
