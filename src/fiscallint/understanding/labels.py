"""Labels compared: whether two labels name the same thing."""
from __future__ import annotations


def shares_word(a: str, b: str) -> bool:
    """Two labels share a word of two characters (转移支付收入 / 上级转移支付收入)."""
    grams = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in grams for i in range(len(b) - 1) if not b[i:i + 2].isdigit())
