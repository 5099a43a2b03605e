const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const crypto = require('crypto');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
});

async function putAvatar(userId, buffer, contentType) {
  const key = `avatars/${userId}/${crypto.randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-user-media', Key: key, Body: buffer, ContentType: contentType }));
  return key;
}

module.exports = { putAvatar };
