import numpy as np

FIRST = ["ana", "ben", "chloe", "dev", "eli", "fay", "gus", "hana", "ivo", "jun", "kai", "lea"]
DOMAINS = ["example.com", "mail.org", "shop.net"]
PADS = ["", "", "", " ", "  ", "\t", " \n"]


def variant(email: str, rng: np.random.Generator) -> str:
    """The same address as a person might type it: random case and surrounding whitespace."""
    letters = [c.upper() if rng.uniform() < 0.25 else c for c in email]
    return PADS[int(rng.integers(0, len(PADS)))] + "".join(letters) + PADS[int(rng.integers(0, len(PADS)))]


def generate(seed: int) -> list[dict]:
    rng = np.random.default_rng(seed)
    cases = []
    for n, pool in [(12, 4), (40, 15), (100, 30), (400, 60), (2000, 300)]:
        emails = [
            f"{FIRST[int(rng.integers(0, len(FIRST)))]}{int(rng.integers(0, 100))}@{DOMAINS[int(rng.integers(0, 3))]}"
            for _ in range(pool)
        ]
        records = []
        for k in range(n):
            if rng.uniform() < 0.08:
                email = PADS[int(rng.integers(0, len(PADS)))]  # missing email
            else:
                email = variant(emails[int(rng.integers(0, pool))], rng)
            records.append({"id": f"r{k}", "name": FIRST[int(rng.integers(0, len(FIRST)))].title(), "email": email})
        cases.append({"records": records})
    return cases
