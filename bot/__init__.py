"""Précis: a Slack bot that reads the news and answers with summaries and quotes."""
