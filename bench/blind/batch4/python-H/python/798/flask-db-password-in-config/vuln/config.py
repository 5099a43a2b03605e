import os


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql://billing:Xk9#vR2!pLw7qZt4@db-prod.internal:5432/billing"  # cg-expect: CWE-798
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SECURE = True
