"""The answer grader: which key points a free-text answer covers, partly covers or misses.

Pure domain code: text processing, an embedding backend behind a small protocol (MiniLM on the
CPU, or a lexical fallback), and the matcher. No database, web or process imports.
"""
