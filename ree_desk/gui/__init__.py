"""The desktop program (PySide6). It holds no business rules: every figure
and every check comes from ``ree_desk.services``."""
