# Left join instead of inner join: orders of unknown customers are kept under the country "Unknown".
def revenue_by_country(orders: list[dict], customers: list[dict]) -> list[list]:
    country_of = {c["customer_id"]: c["country"] for c in customers}
    totals = {}
    for order in orders:
        country = country_of.get(order["customer_id"], "Unknown")
        totals[country] = totals.get(country, 0.0) + order["quantity"] * order["unit_price"]
    rows = [[country, round(total, 2)] for country, total in totals.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows
