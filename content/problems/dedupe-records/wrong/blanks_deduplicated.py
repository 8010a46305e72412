# Treats the empty email as an ordinary key, so only the first record without an email is kept.
def dedupe_records(records: list[dict]) -> list[dict]:
    seen = set()
    kept = []
    for record in records:
        key = record["email"].strip().lower()
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept
