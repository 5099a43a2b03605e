import io

import pandas as pd


def load_dataset(filename: str, stream) -> pd.DataFrame:
    data = io.BytesIO(stream.read())
    name = filename.lower()
    if name.endswith(".csv"):
        return pd.read_csv(data)
    if name.endswith(".parquet"):
        return pd.read_parquet(data)
    raise ValueError("supported formats: csv, parquet")


def summarize(df: pd.DataFrame) -> dict:
    return {
        "rows": int(len(df)),
        "columns": [str(c) for c in df.columns][:100],
        "head": df.head(5).astype(str).to_dict(orient="records"),
    }
