import os
import uuid

import boto3

BUCKET = os.environ.get("UPLOAD_BUCKET", "acme-user-uploads")

_s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def put_avatar(user_id: int, data: bytes, content_type: str) -> str:
    key = f"avatars/{user_id}/{uuid.uuid4().hex}"
    _s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType=content_type)
    return key
