import os


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql://billing_svc:Xq7!vR29pLm#4eTz@db.prod.internal:5432/billing"  # cg-expect: CWE-798
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
