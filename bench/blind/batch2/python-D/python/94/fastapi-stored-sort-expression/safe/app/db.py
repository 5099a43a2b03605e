from sqlalchemy import Boolean, ForeignKey, Integer, JSON, String
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

engine = create_async_engine("postgresql+asyncpg://app@db/dashboards")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Dashboard(Base):
    __tablename__ = "dashboards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(120))
    sort_expression: Mapped[str] = mapped_column(String(200), default="name")
    sort_desc: Mapped[bool] = mapped_column(Boolean, default=False)
    rows: Mapped[list] = mapped_column(JSON, default=list)


async def get_session():
    async with SessionLocal() as session:
        yield session
