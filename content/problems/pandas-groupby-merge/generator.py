import numpy as np

COUNTRIES = ["Brazil", "Canada", "France", "Germany", "India", "Japan", "Kenya", "Mexico", "Spain", "UK"]
NAMES = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"]


def generate(seed: int) -> list[dict]:
    """Random order tables; a few orders point to customers that do not exist, prices have
    cents (so float sums need rounding), and some quantities are 0."""
    rng = np.random.default_rng(seed)
    cases = []
    for n_orders, n_customers, n_countries in [(15, 5, 3), (60, 20, 6), (300, 40, 10), (2000, 150, 10), (5000, 500, 4)]:
        ids = rng.choice(10 * n_customers, size=n_customers, replace=False) + 1
        customers = [
            {"customer_id": int(cid), "name": NAMES[int(rng.integers(0, len(NAMES)))],
             "country": COUNTRIES[int(rng.integers(0, n_countries))]}
            for cid in ids
        ]
        orders = []
        for k in range(n_orders):
            if rng.uniform() < 0.05:
                customer_id = int(10 * n_customers + 1 + rng.integers(0, 50))  # unknown customer
            else:
                customer_id = int(ids[rng.integers(0, n_customers)])
            orders.append({
                "order_id": 1000 + k,
                "customer_id": customer_id,
                "quantity": int(rng.integers(0, 8)),
                "unit_price": round(float(rng.integers(1, 20000)) / 100, 2),
            })
        cases.append({"orders": orders, "customers": customers})
    return cases
