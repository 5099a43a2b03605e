import mimetypes
import uuid

import boto3
from botocore.config import Config

BUCKET = "acme-invoices-prod"

# credentials come from the instance role / AWS_* env via boto3's default chain
_s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    config=Config(signature_version="s3v4", retries={"max_attempts": 3}),
)


def upload_invoice_pdf(customer_id: int, fileobj, filename: str) -> str:
    key = f"invoices/{customer_id}/{uuid.uuid4().hex}.pdf"
    content_type = mimetypes.guess_type(filename)[0] or "application/pdf"
    _s3.upload_fileobj(fileobj, BUCKET, key, ExtraArgs={
        "ContentType": content_type,
        "ServerSideEncryption": "aws:kms",
    })
    return key


def presigned_download(key: str, seconds: int = 300) -> str:
    return _s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key},
                                      ExpiresIn=seconds)
