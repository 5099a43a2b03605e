import mimetypes
import uuid

import boto3
from botocore.config import Config

BUCKET = "acme-invoices-prod"

_s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="AKIA4QZR7TXMB2W5LKJP",
    aws_secret_access_key="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",  # cg-expect: CWE-798
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
