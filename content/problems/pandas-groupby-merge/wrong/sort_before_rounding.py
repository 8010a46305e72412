# Sorts on the unrounded totals, so totals equal after rounding are not ordered by country.
import pandas as pd


def revenue_by_country(orders: list[dict], customers: list[dict]) -> list[list]:
    o = pd.DataFrame(orders, columns=["order_id", "customer_id", "quantity", "unit_price"])
    c = pd.DataFrame(customers, columns=["customer_id", "name", "country"])
    m = o.merge(c, on="customer_id", how="inner")
    if m.empty:
        return []
    m["revenue"] = m["quantity"] * m["unit_price"]
    g = m.groupby("country", as_index=False)["revenue"].sum()
    g = g.sort_values(["revenue", "country"], ascending=[False, True])
    return [[str(k), round(float(v), 2)] for k, v in zip(g["country"], g["revenue"])]
