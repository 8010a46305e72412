# Writes the normalised email back into the output records instead of returning them unchanged.
def dedupe_records(records: list[dict]) -> list[dict]:
    seen = set()
    kept = []
    for record in records:
        key = record["email"].strip().lower()
        if key == "" or key not in seen:
            if key:
                seen.add(key)
            kept.append({**record, "email": key})
    return kept
