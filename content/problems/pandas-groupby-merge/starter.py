def revenue_by_country(orders: list[dict], customers: list[dict]) -> list[list]:
    """Total revenue per customer country.

    Join orders to customers on customer_id (inner join: orders of unknown customers
    are dropped), revenue = quantity * unit_price, sum per country, round each total
    with round(total, 2), sort by rounded total descending, then country ascending.
    pandas is available (import pandas as pd), but plain Python is enough.

    Args:
        orders: dicts with keys order_id, customer_id, quantity, unit_price.
        customers: dicts with keys customer_id, name, country (customer_id unique).

    Returns:
        A list of [country, total] pairs: country a str, total a float.
    """
    raise NotImplementedError
