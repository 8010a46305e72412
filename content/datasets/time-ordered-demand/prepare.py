"""Generate daily rentals of a growing city bike-sharing scheme (2022-01-01 to 2024-06-30).

Train = 2022-2023, public = the next quarter (2024 Q1), private = the quarter after (2024 Q2).
Demand grows about 30% a year, with a weekly and a yearly cycle, weather effects and holidays.
"""

import numpy as np
import pandas as pd

START, TRAIN_END, PUBLIC_END, END = "2022-01-01", "2023-12-31", "2024-03-31", "2024-06-30"

# Fixed public holidays (month, day) plus a few movable ones per year.
FIXED_HOLIDAYS = [(1, 1), (5, 1), (8, 15), (11, 1), (12, 25), (12, 26)]
MOVABLE_HOLIDAYS = ["2022-04-18", "2022-05-26", "2022-06-06", "2023-04-10", "2023-05-18",
                    "2023-05-29", "2024-04-01", "2024-05-09", "2024-05-20"]
# Weekday effect on log demand, Monday..Sunday (commuting peaks midweek, Sundays are quiet).
WEEKDAY_EFFECT = np.array([0.02, 0.07, 0.08, 0.06, 0.01, -0.12, -0.22])


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(START, END, freq="D")
    n = len(dates)
    doy = dates.dayofyear.to_numpy()
    season = np.cos(2 * np.pi * (doy - 200) / 365.25)  # +1 in mid-July, -1 in mid-January

    # Weather: seasonal normal plus persistent (AR(1)) anomalies.
    anomaly = np.zeros(n)
    shocks = rng.normal(0, 1.6, n)
    for i in range(1, n):
        anomaly[i] = 0.7 * anomaly[i - 1] + shocks[i]
    temp = np.round(11.0 + 9.0 * season + anomaly, 1)
    wet = rng.random(n) < 0.38 - 0.08 * season
    rain = np.round(np.where(wet, rng.gamma(0.9, 4.0, n), 0.0), 1)

    holiday = np.array([(d.month, d.day) in FIXED_HOLIDAYS for d in dates]) | dates.isin(
        pd.to_datetime(MOVABLE_HOLIDAYS)
    )
    weekday = dates.dayofweek.to_numpy()

    years = (dates - pd.Timestamp(START)).days.to_numpy() / 365.25
    log_demand = (
        np.log(2200)
        + np.log(1.30) * years  # organic growth of the scheme
        + 0.30 * season
        + WEEKDAY_EFFECT[weekday]
        - 0.20 * (holiday & (weekday < 5))
        + 0.022 * (np.minimum(temp, 24) - temp.mean())
        - 0.012 * np.maximum(temp - 26, 0)
        - 0.30 * np.log1p(rain) / np.log1p(20)
        + rng.normal(0, 0.05, n)
    )
    rentals = np.round(np.exp(log_demand)).astype(int)

    X = pd.DataFrame(
        {
            "date": dates,
            "day_of_week": weekday,
            "is_holiday": holiday.astype(int),
            "temp_mean_c": temp,
            "rain_mm": rain,
        },
        index=pd.RangeIndex(n, name="day"),
    )
    y = pd.Series(rentals, index=X.index, name="rentals")

    parts = {}
    masks = {
        "train": dates <= TRAIN_END,
        "public": (dates > TRAIN_END) & (dates <= PUBLIC_END),
        "private": dates > PUBLIC_END,
    }
    for name, mask in masks.items():
        parts[f"X_{name}"] = X[mask].copy()
        parts[f"y_{name}"] = y[mask].copy()
    return parts
