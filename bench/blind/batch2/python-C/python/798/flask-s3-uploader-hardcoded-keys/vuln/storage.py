import os
import uuid

import boto3

BUCKET = os.environ.get("AVATAR_BUCKET", "acme-avatars")

AWS_ACCESS_KEY_ID = "AKIAQ7X2M4N8P3R5T6VZ"
AWS_SECRET_ACCESS_KEY = "r8Kd2Lq9Zt4Wm1Xv6Bn3Hs7Yc0Pf5Ga2Je8Uo4Ti"  # cg-expect: CWE-798

_s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
)


def upload_avatar(stream, filename: str, content_type: str) -> str:
    key = f"avatars/{uuid.uuid4().hex}-{filename}"
    _s3.upload_fileobj(stream, BUCKET, key, ExtraArgs={"ContentType": content_type})
    return f"https://{BUCKET}.s3.amazonaws.com/{key}"
