import boto3
from django.conf import settings

_s3 = boto3.client("s3", region_name="eu-west-1")


def presign_download(key: str) -> str:
    return _s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.MEDIA_BUCKET, "Key": key}, ExpiresIn=300
    )
