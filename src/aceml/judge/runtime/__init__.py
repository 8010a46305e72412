"""Code that runs INSIDE the sandbox: the zygote and the harness.

These modules import nothing from aceml (the sandbox does not contain it) and only the
standard library plus NumPy and, where present, python3-seccomp. They are bound read-only
into the sandbox at ``/judge``.
"""
