import pandas as pd

SALES_CSV = "/srv/data/sales.csv"
FILTERABLE = {"region", "product", "channel"}


def _load() -> pd.DataFrame:
    return pd.read_csv(SALES_CSV)


def filter_sales(column: str, value: str, expr=None):
    df = _load()
    if column not in FILTERABLE:
        raise KeyError(column)
    df = df.query(f"`{column}` == @value")
    return df.head(500).to_dict(orient="records")
