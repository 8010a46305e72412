"""Text processing for grading: sentences and clauses, content words, question demoting,
negation and antonym cues."""

from __future__ import annotations

import re
from functools import lru_cache

# A stop ends a sentence unless it ends "e.g.", "i.e.", "vs." or "cf.", which never end one.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!(?i:\be\.g\.))(?<!(?i:\bi\.e\.))(?<!(?i:\bvs\.))(?<!(?i:\bcf\.))\s+"
    r"|\n+|^\s*[-*•]\s+|\s+[-*•]\s+",
    re.MULTILINE,
)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|so|because|which|while|whereas|although|though)\s+|\s+(?:because|whereas|while|but)\s+|,\s+|:\s+"
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    """a an the and or but if then else of to in on at by for with from as is are was were be been being it its
    this that these those there their they them we our you your he she his her i me my mine do does did doing
    have has had having can could would should may might will shall must so such than too very just also only
    into onto over under about above below between through during before after again further once here when
    where why how all any both each few more most other some own same what which who whom whose out up down off
    s t don doesn didn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn""".split()
)
NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "cannot", "without", "neither", "nor", "fails", "fail",
                       "lack", "lacks", "isn't", "aren't", "doesn't", "don't", "didn't", "won't", "can't",
                       "shouldn't", "wasn't", "weren't", "hardly"})  # fmt: skip
_ANTONYM_PAIRS = [
    ("well", "poorly"), ("good", "bad"), ("high", "low"), ("higher", "lower"), ("increase", "decrease"),
    ("increases", "decreases"), ("more", "less"), ("more", "fewer"), ("better", "worse"), ("large", "small"),
    ("larger", "smaller"), ("overestimate", "underestimate"), ("overfitting", "underfitting"), ("positive", "negative"),
    ("rises", "falls"), ("raise", "lower"), ("add", "remove"), ("simple", "complex"), ("simpler", "complex"),
    ("seen", "unseen"), ("labeled", "unlabeled"), ("labelled", "unlabelled"), ("supervised", "unsupervised"),
    ("before", "after"), ("maximize", "minimize"), ("maximise", "minimise"), ("true", "false"), ("always", "never"),
    ("same", "opposite"), ("local", "global"), ("locally", "globally"), ("harmless", "harmful"), ("safe", "unsafe"),
    ("inside", "outside"), ("biased", "unbiased"), ("sparse", "dense"), ("stable", "unstable"),
]  # fmt: skip
# Terms an answer can mix up ("L2 sets weights exactly to zero" where the point is about L1).
_CONTRAST_PAIRS = [
    ("l1", "l2"), ("lasso", "ridge"), ("batch", "stochastic"), ("oversampling", "undersampling"),
    ("oversample", "undersample"), ("precision", "recall"), ("bias", "variance"), ("majority", "minority"),
    ("inner", "outer"), ("bagging", "boosting"), ("sensitivity", "specificity"), ("rows", "columns"),
    ("row", "column"), ("encoder", "decoder"), ("numerator", "denominator"), ("underfitting", "overfitting"),
]  # fmt: skip
# Verbs of change in one direction, each the opposite of every verb of the other ("increases
# precision" against "lowers precision"); read only in strict mode, where a claim's direction matters.
_UP = "increase increases increasing increased raise raises raising raised rise rises rising grow grows growing".split()
_DOWN = ("decrease decreases decreasing decreased lower lowers lowering lowered reduce reduces reducing reduced "
         "fall falls falling drop drops dropping shrink shrinks shrinking").split()  # fmt: skip
CONTRASTS: dict[str, str] = {}
for _a, _b in _CONTRAST_PAIRS:
    CONTRASTS[_a], CONTRASTS[_b] = _b, _a
ANTONYMS: dict[str, set[str]] = {}
for _a, _b in _ANTONYM_PAIRS:
    ANTONYMS.setdefault(_a, set()).add(_b)
    ANTONYMS.setdefault(_b, set()).add(_a)
STRICT_ANTONYMS: dict[str, set[str]] = {word: set(opposites) for word, opposites in ANTONYMS.items()}
for _a in _UP:
    for _b in _DOWN:
        STRICT_ANTONYMS.setdefault(_a, set()).add(_b)
        STRICT_ANTONYMS.setdefault(_b, set()).add(_a)


def tokens(text: str) -> list[str]:
    """Return lowercase word tokens (apostrophes kept inside words)."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    # Key points and units are compared pairwise, so the same texts are read many times per answer.
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a light stem (plurals, -ing, -ed, -ly) so word forms match."""
    if len(word) <= 3:
        return word
    for suffix in ("ingly", "ing", "edly", "ed", "ies", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix == "ies" else base
    return word


def content_words(text: str) -> list[str]:
    """Return the stems of the words that carry meaning (no stop words, no negations)."""
    return list(_content_words(text))


@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _tokens(text) if word not in STOPWORDS and word not in NEGATIONS)


def sentences(text: str) -> list[str]:
    """Split text into sentences (also on semicolons, line breaks and list bullets)."""
    parts = [part.strip(" \t-*•") for part in _SENTENCE_END.split(text or "")]
    return [part for part in parts if part and re.search(r"[A-Za-z0-9]", part)]


LONG_SENTENCE_WORDS = 16


def sentence_units(text: str) -> list[tuple[str, list[str]]]:
    """Return each sentence of ``text`` with its clauses (only long sentences are split).

    Short sentences are one idea already; splitting only long ones keeps the number of evidence
    units close to the number of ideas.
    """
    found: list[tuple[str, list[str]]] = []
    for sentence in sentences(text):
        clauses: list[str] = []
        if len(tokens(sentence)) >= LONG_SENTENCE_WORDS:
            clauses = [c.strip() for c in _CLAUSE_BREAK.split(sentence) if c and len(tokens(c)) >= 4]
        found.append((sentence, clauses if len(clauses) > 1 else []))
    return found


def units(text: str) -> list[str]:
    """Return the candidate evidence units of an answer: each sentence, then the clauses of long ones."""
    return [unit for sentence, clauses in sentence_units(text) for unit in (sentence, *clauses)]


def demote(text: str, question_words: set[str]) -> str:
    """Remove the question's own content words from ``text`` (question demoting).

    Returns the original text when demoting would leave fewer than two content words.
    """
    kept = [word for word in tokens(text) if stem(word) not in question_words]
    if len([w for w in kept if w not in STOPWORDS]) < 2:
        return text
    return " ".join(kept)


def negated(text: str) -> bool:
    """Return True if ``text`` contains an odd number of negation cues."""
    count = sum(1 for word in tokens(text) if word in NEGATIONS or word.endswith("n't"))
    return count % 2 == 1


@lru_cache(maxsize=16384)
def polar_targets(text: str, *, strict: bool = False) -> dict[str, list[str]]:
    """Map the first content word after each polarity word (within four words) to the polarity
    words applied to it, in order.

    "well on training data but poorly on unseen data" gives {train: [well], unseen: [poorly]}.

    ``strict`` reads a polarity word only where it is a claim: not "true" or "false" naming a
    kind of prediction ("true positives" and "false positives" are different counts, not opposite
    claims), not a negated one ("no better than random" is compatible with "worse than random"),
    and a pair joined by "or" or "and" qualifies the same word ("more or less likely": both). It
    also reads within one clause ("global, but neural networks" says nothing of networks), gives a
    predicate to the clause's last target ("any local minimum is global": the minimum is both),
    and takes any verb of increase as the opposite of any verb of decrease ("increases recall"
    against "lowers recall").

    Cached (a key point is read against every unit of every answer): do not change the result.
    """
    if not strict:
        return _loose_targets(tokens(text))
    targets: dict[str, list[str]] = {}
    for clause in _CLAIM_CLAUSE.split(text):
        words = tokens(clause)
        last: str | None = None
        for index, word in enumerate(words):
            if word not in STRICT_ANTONYMS:
                if word not in STOPWORDS and word not in NEGATIONS:
                    last = stem(word)
                continue
            following = words[index + 1 : index + 5]
            if word in _PREDICTION_KINDS and following[:1] and following[0] in _PREDICTION_NAMES:
                continue
            if index and (words[index - 1] in NEGATIONS or words[index - 1].endswith("n't")):
                continue
            if following[:1] in (["or"], ["and"]) and following[1:2] and following[1] in STRICT_ANTONYMS:
                following = words[index + 3 : index + 7]  # "more or less likely": both qualify "likely"
            follower = next((w for w in following if w not in STOPWORDS), None)
            if follower is None and index and words[index - 1] in _COPULAS and last is not None:
                follower = last  # "any local minimum is global": a predicate of the minimum
            if follower is not None:
                targets.setdefault(stem(follower), []).append(word)
    return targets


def _loose_targets(words: list[str]) -> dict[str, list[str]]:
    targets: dict[str, list[str]] = {}
    for index, word in enumerate(words):
        if word not in ANTONYMS:
            continue
        follower = next((w for w in words[index + 1 : index + 5] if w not in STOPWORDS), None)
        if follower is not None:
            targets.setdefault(stem(follower), []).append(word)
    return targets


# The clauses of a claim: what a polarity word can qualify, and what an answer can restate.
_CLAIM_CLAUSE = re.compile(
    r"[,;:.()]|\b(?:but|while|whereas|although|though|because|since|so)\b", re.IGNORECASE
)
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "becomes", "become", "stays", "remains"})
_PREDICTION_KINDS = frozenset({"true", "false"})
_PREDICTION_NAMES = frozenset({"positive", "positives", "negative", "negatives"})


BINDING_WINDOW = 5


def _window(words: list[str], term: str, stop: set[str], size: int = BINDING_WINDOW) -> set[str]:
    """Content-word stems in the few words after each mention of ``term`` (up to another contrast term)."""
    found: set[str] = set()
    for index, word in enumerate(words):
        if word != term:
            continue
        taken = 0
        for follower in words[index + 1 :]:
            if follower in stop or taken == size:
                break
            if follower not in STOPWORDS and follower not in NEGATIONS:
                found.add(stem(follower))
                taken += 1
    return found


def _close(words: list[str], first: str, second: str, gap: int = 3) -> bool:
    """Return True if ``first`` and ``second`` occur within ``gap`` words of each other."""
    at = [i for i, word in enumerate(words) if word == first]
    return any(abs(i - j) <= gap for j, word in enumerate(words) if word == second for i in at)


def swapped_roles(reference: str, candidate: str, *, strict: bool = False) -> bool:
    """Return True if ``candidate`` says of one term of a contrast pair what ``reference`` says of the other.

    "Precision is the share of actual positives the model finds, and recall the share of predicted
    positives that are correct" against "Precision is ... the share of predicted positives that are
    actually positive": what follows "recall" in the candidate matches what follows "precision" in
    the reference better than what follows "precision" in the candidate does.

    ``strict`` ignores a pair named together in either text ("stochastic or mini-batch versions
    scale", "reduces variance without adding bias, which leads to ..."): what follows is said of
    both, or of the phrase, not of one term. It reads further after each term in the candidate and
    drops the words that follow both ("stochastic gradient descent uses the full dataset, while
    batch gradient descent uses one example": "gradient descent uses" says nothing of either).
    """
    ref_words, cand_words = tokens(reference), tokens(candidate)
    for term in set(ref_words) & CONTRASTS.keys():
        other = CONTRASTS[term]
        if term not in cand_words or other not in cand_words:
            continue
        if strict and (_close(ref_words, term, other) or _close(cand_words, term, other)):
            continue
        stop = {term, other}
        said = _window(ref_words, term, stop)
        if other in ref_words:
            said -= _window(ref_words, other, stop)  # only what the reference says of this term alone
        if not said:
            continue
        size = 2 * BINDING_WINDOW if strict else BINDING_WINDOW
        mine, theirs = _window(cand_words, term, stop, size), _window(cand_words, other, stop, size)
        if strict:
            mine, theirs = mine - theirs, theirs - mine
        own, swapped = len(mine & said), len(theirs & said)
        if swapped >= 2 and swapped > own:
            return True
    return False


def contradicts(reference: str, candidate: str, *, strict: bool = False) -> bool:
    """Return True if ``candidate`` says the opposite of ``reference`` on a shared idea.

    Four cues: opposite negation parity while sharing most content words ("is not convex" vs
    "is convex"), or an antonym applied to the same target ("well on unseen data" vs
    "poorly on unseen data"); or the same statement made about the other member of a contrast
    pair ("L2 zeroes weights" against "L1 zeroes weights"); or the roles of a contrast pair swapped
    (``swapped_roles``).

    ``strict`` keeps only the precise cues, for written key points: no negation parity (it tells a
    rebuttal of a listed mistake from the mistake, but key points are paraphrased with "not" and
    "doesn't" too often: on the development answers it flagged 24 covered evidence units for 4
    missed ones), swaps of contrast terms only (an antonym swapped in is often a paraphrase, "large
    group" / "small rate": 7 covered for 2 missed), and no antonym on a target the reference
    itself gives both ("true positives" against a point about true and false positives).
    """
    ref_words, cand_words = set(content_words(reference)), set(content_words(candidate))
    shared = ref_words & cand_words
    smaller = min(len(ref_words), len(cand_words))
    if (
        not strict
        and ref_words
        and len(shared) / len(ref_words) >= 0.5
        and negated(reference) != negated(candidate)
    ):
        return True
    ref_tokens, cand_tokens = set(tokens(reference)), set(tokens(candidate))
    for term in ref_tokens & (CONTRASTS.keys() | ANTONYMS.keys()):
        if term in cand_tokens:
            continue
        opposites = set() if strict else ANTONYMS.get(term, set())
        for counterpart in opposites | {CONTRASTS.get(term, term)}:
            if counterpart != term and counterpart not in ref_tokens and counterpart in cand_tokens:
                rest = shared - {stem(term), stem(counterpart)}
                if len(rest) >= 2 and len(rest) >= 0.4 * smaller:
                    return True  # the same statement with a contrast term or an antonym swapped
    if swapped_roles(reference, candidate, strict=strict):
        return True
    ref_polar = polar_targets(reference, strict=strict)
    for target, polarities in polar_targets(candidate, strict=strict).items():
        said = ref_polar.get(target)
        if said is None:
            continue
        if not strict:
            if said[0] in ANTONYMS.get(polarities[0], set()):
                return True
        elif any(
            p not in said and set(said) & (STRICT_ANTONYMS.get(p, set()) - set(polarities))
            for p in polarities
        ):
            return True  # an opposite of a polarity the reference applies to this target, and not that one
    return False


_REBUTTAL_CUES = frozenset(
    {"myth", "misconception", "mistake", "wrong", "misleading", "false", "fallacy", "incorrect", "untrue", "trap",
     "pitfall", "instead", "rather"}
)  # fmt: skip


def rebuts(text: str, claim: str = "") -> bool:
    """Return True if ``text`` argues against ``claim`` (a listed mistake): a word like "myth" or
    "misleading", or the opposite negation parity.

    A sentence that names a misconception in order to reject it must not count as making it. The
    parity is the claim's, not zero: "doing it on all the data doesn't change the validation score"
    states the mistake "selecting features on the full dataset does not affect the validation
    score", it does not rebut it. Only the claim's clauses that ``text`` restates count: "fitting a
    scaler on the whole dataset is totally harmless" states "fitting a scaler on the whole dataset
    is harmless because it does not use the label" without its "not".
    """
    if any(word in _REBUTTAL_CUES for word in tokens(text)):
        return True
    return negated(text) != negated(restated(claim, text))


@lru_cache(maxsize=16384)
def restated(claim: str, text: str) -> str:
    """Return the clauses of ``claim`` that share at least half their content words with ``text``
    (all of ``claim`` when none does)."""
    found = set(content_words(text))
    kept = []
    for part in _CLAIM_CLAUSE.split(claim):
        words = set(content_words(part))
        if words and len(words & found) >= 0.5 * len(words):
            kept.append(part)
    return " ".join(kept) if kept else claim
