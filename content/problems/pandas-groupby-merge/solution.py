def revenue_by_country(orders: list[dict], customers: list[dict]) -> list[list]:
    """Inner join through a customer_id -> country dict, sum per country, round, sort."""
    country_of = {c["customer_id"]: c["country"] for c in customers}
    totals: dict[str, float] = {}
    for order in orders:
        country = country_of.get(order["customer_id"])
        if country is None:
            continue  # no matching customer: dropped by the inner join
        totals[country] = totals.get(country, 0.0) + order["quantity"] * order["unit_price"]
    rows = [[country, round(total, 2)] for country, total in totals.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows
