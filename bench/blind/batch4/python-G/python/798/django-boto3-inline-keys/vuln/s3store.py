import boto3
from django.conf import settings

_s3 = boto3.client("s3", region_name="eu-west-1", aws_access_key_id="AKIAQ3XZ7PLM4RT2WV6N", aws_secret_access_key="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")  # cg-expect: CWE-798


def presign_download(key: str) -> str:
    return _s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.MEDIA_BUCKET, "Key": key}, ExpiresIn=300
    )
