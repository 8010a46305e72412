"""The web app (FastAPI + Jinja2): pages for people and a JSON API under ``/api/v1``."""
