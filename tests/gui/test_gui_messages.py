"""The ledger's problems said in Chinese on every screen that shows them."""
from __future__ import annotations

from ree_desk.domain.problems import Problem
from ree_desk.gui.i18n import install_language
from ree_desk.gui.widgets.entry_messages import problem_text


def test_month_close_and_reversal_problems_read_in_chinese(qapp):
    install_language(qapp, "zh_CN")
    try:
        close = problem_text(Problem(None, "month", "every month before 2026-06 closed first", "2026-05 is still open"))
        assert "先结清 2026-06 之前的所有月份" in close and "2026-05 尚未结账" in close
        again = problem_text(Problem(None, "movement", "a movement not reversed yet", "movement 7 was reversed by 9"))
        assert "尚未冲销的流水" in again and "流水 7 已被流水 9 冲销" in again
        unknown = problem_text(Problem(None, None, "something new", "x"))
        assert "something new" in unknown  # a sentence not known is shown as the ledger wrote it
    finally:
        install_language(qapp, "en")
    assert "every month before 2026-06 closed first" in problem_text(
        Problem(None, "month", "every month before 2026-06 closed first", "2026-05 is still open"))
