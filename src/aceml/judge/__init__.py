"""The code judge: runs untrusted Python in a sandbox and turns what happens into verdicts.

``sandbox`` is the only module that starts processes; ``checkers`` and ``verdicts`` are pure;
``runtime/`` is the code that runs inside the sandbox.
"""
