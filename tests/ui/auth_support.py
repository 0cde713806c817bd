"""Login in AppTest: an `[auth]` section for `at.secrets` and the `at.user` of each kind of
visitor. AppTest's `user` is what the app reads as `st.user`; its `secrets` is what the app
reads as `st.secrets` (Streamlit's own sign-in machinery, which AppTest does not run, reads
the secrets file instead, so these tests never call `st.login`)."""

from __future__ import annotations

from typing import Any

AUTH_SECRETS: dict[str, Any] = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "a-long-random-string-for-the-tests-only",
    "client_id": "flywheel",
    "client_secret": "not-a-secret",
    "server_metadata_url": "http://127.0.0.1:9400/.well-known/openid-configuration",
}

LOGGED_OUT: dict[str, Any] = {"is_logged_in": False}


def signed_in(email: str, name: str) -> dict[str, Any]:
    """`at.user` for someone who signed in through the identity provider."""
    return {"is_logged_in": True, "email": email, "name": name, "sub": f"sub-{email}"}
