from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["md5_crypt"], deprecated="auto")


def hash_password(plain: str) -> str:
    return pwd_context.hash(plain)  # cg-expect: CWE-328


def verify_password(plain: str, hashed: str) -> bool:
    return pwd_context.verify(plain, hashed)
