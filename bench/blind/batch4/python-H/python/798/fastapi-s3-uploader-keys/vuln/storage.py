import os
import uuid

import boto3

BUCKET = os.environ.get("UPLOAD_BUCKET", "acme-user-uploads")

_s3 = boto3.client(  # cg-expect: CWE-798
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="AKIA4QZ7RMXW2HVB6NEJ",
    aws_secret_access_key="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",
)


def put_avatar(user_id: int, data: bytes, content_type: str) -> str:
    key = f"avatars/{user_id}/{uuid.uuid4().hex}"
    _s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType=content_type)
    return key
