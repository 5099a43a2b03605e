import os
import uuid

import boto3

BUCKET = os.environ.get("AVATAR_BUCKET", "acme-avatars")

AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")

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
