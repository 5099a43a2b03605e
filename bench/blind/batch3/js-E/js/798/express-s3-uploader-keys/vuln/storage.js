const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const crypto = require('crypto');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIAZ7Q4LM3XW2HB9KTD', secretAccessKey: 'q8Vd2+Kf0pLr7TzX1mWc5Ns9YbGh3UeJa6RiO4Pv' }, // cg-expect: CWE-798
});

async function putAvatar(userId, buffer, contentType) {
  const key = `avatars/${userId}/${crypto.randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: 'acme-user-media', Key: key, Body: buffer, ContentType: contentType }));
  return key;
}

module.exports = { putAvatar };
