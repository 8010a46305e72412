# Uses casefold() instead of the required lower(): merges keys such as "strasse" and "straße".
def dedupe_records(records: list[dict]) -> list[dict]:
    seen = set()
    kept = []
    for record in records:
        key = record["email"].strip().casefold()
        if key == "":
            kept.append(record)
        elif key not in seen:
            seen.add(key)
            kept.append(record)
    return kept
