# Lower-cases but does not strip, so " a@x.com" and "a@x.com" are kept as different people.
def dedupe_records(records: list[dict]) -> list[dict]:
    seen = set()
    kept = []
    for record in records:
        key = record["email"].lower()
        if key.strip() == "":
            kept.append(record)
        elif key not in seen:
            seen.add(key)
            kept.append(record)
    return kept
