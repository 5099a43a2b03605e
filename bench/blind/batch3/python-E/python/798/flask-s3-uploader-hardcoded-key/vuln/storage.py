import os
import boto3

_s3 = boto3.client("s3", region_name="eu-west-1", aws_access_key_id="AKIAQ3EGVNX7R2KZLM4P", aws_secret_access_key="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")  # cg-expect: CWE-798

def put_avatar(name: str, stream) -> str:
    key = f"avatars/{name}"
    _s3.upload_fileobj(stream, "acme-user-media", key)
    return key
