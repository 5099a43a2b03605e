from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated=["md5_crypt"])


def hash_password(plain: str) -> str:
    return pwd_context.hash(plain)


def verify_password(plain: str, hashed: str) -> bool:
    return pwd_context.verify(plain, hashed)
