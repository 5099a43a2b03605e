import time

from motor.motor_asyncio import AsyncIOMotorDatabase


class OtpVerifier:
    def __init__(self, db: AsyncIOMotorDatabase, window_seconds: int = 300):
        self.codes = db["otp_codes"]
        self.window = window_seconds

    async def verify(self, phone, code) -> bool:
        if not isinstance(phone, str) or not isinstance(code, str) or not code.isdigit():
            return False
        doc = await self.codes.find_one_and_delete(
            {"phone": phone, "code": code, "issued_at": {"$gte": time.time() - self.window}}
        )
        return doc is not None
