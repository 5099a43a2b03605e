import os
import boto3

_s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))

def put_avatar(name: str, stream) -> str:
    key = f"avatars/{name}"
    _s3.upload_fileobj(stream, "acme-user-media", key)
    return key
