"""Scheduled digests: `/digest` parsing (schedule), due dates (due), content (compose),
the tick that claims and posts (runner) and the `/digest` answers (commands)."""
