"""The look the single form and the day grid share: the posting button and
the status line under it."""
from __future__ import annotations


def post_button_style(name: str) -> str:
    """Style sheet rules for the button called ``name`` and the ``statusLabel``."""
    return f"""
#{name} {{ background: #2b5d8a; color: white; border: 1px solid #244f75; border-radius: 5px;
    font-weight: 600; padding: 4px 16px; }}
#{name}:hover {{ background: #316a9d; }}
#{name}:disabled {{ background: #c9d3dd; color: #f5f7f9; border-color: #c0cad4; }}
#statusLabel[tone="ok"] {{ color: #166534; font-weight: 600; }}
#statusLabel[tone="bad"] {{ color: #b42318; font-weight: 600; }}
"""
