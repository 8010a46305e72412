# A dict keyed by email keeps the first position but the LAST record's values for each key.
def dedupe_records(records: list[dict]) -> list[dict]:
    by_key = {}
    blanks = []
    for record in records:
        key = record["email"].strip().lower()
        if key == "":
            blanks.append(record)
        else:
            by_key[key] = record
    # blank records are appended at the end, which is also wrong when they are mixed in
    return list(by_key.values()) + blanks
