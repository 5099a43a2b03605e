from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locales"


def available_locales() -> list[str]:
    return sorted(p.stem for p in LOCALE_DIR.glob("*.json"))


def fallback_chain(locale: str) -> list[str]:
    chain = [locale]
    if "-" in locale:
        chain.append(locale.split("-", 1)[0])
    chain.append("en")
    return chain
