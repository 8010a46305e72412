def dedupe_records(records: list[dict]) -> list[dict]:
    """Remove duplicate records, judged by normalised email.

    The key of a record is record["email"].strip().lower(). Keep the first record with
    each key, in the original order, unchanged. Records whose key is "" are never
    duplicates of anything: they are all kept.

    Args:
        records: a list of dicts with string values; every dict has an "email" key.

    Returns:
        The kept records (the original dicts, not modified), in input order.
    """
    raise NotImplementedError
