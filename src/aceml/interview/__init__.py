"""Mock interviews: blueprints, the session state machine, follow-ups and the panel report (pure logic)."""
