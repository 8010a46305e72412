def dedupe_records(records: list[dict]) -> list[dict]:
    """One pass with a set of normalised emails; blank emails are never duplicates."""
    seen: set[str] = set()
    kept: list[dict] = []
    for record in records:
        key = record["email"].strip().lower()
        if key == "":
            kept.append(record)
            continue
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept
