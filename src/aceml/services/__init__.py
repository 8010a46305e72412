"""Use cases. Each public function takes keyword arguments, opens at most one transaction,
and returns plain data or domain objects for the adapters (CLI, web) to render."""
