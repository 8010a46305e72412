# Forgets to round the totals, so float noise such as 0.30000000000000004 is returned.
def revenue_by_country(orders: list[dict], customers: list[dict]) -> list[list]:
    country_of = {c["customer_id"]: c["country"] for c in customers}
    totals = {}
    for order in orders:
        country = country_of.get(order["customer_id"])
        if country is not None:
            totals[country] = totals.get(country, 0.0) + order["quantity"] * order["unit_price"]
    rows = [[country, total] for country, total in totals.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows
