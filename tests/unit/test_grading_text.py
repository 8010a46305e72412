"""Text processing behind the grader."""

from __future__ import annotations

from aceml.grading.text import content_words, contradicts, demote, negated, sentences, units


def test_sentences_split_on_punctuation_lines_and_bullets() -> None:
    text = "First point. Second one; third!\n- a bullet item here\n* another bullet"
    assert sentences(text) == [
        "First point.",
        "Second one;",
        "third!",
        "a bullet item here",
        "another bullet",
    ]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Step against the gradient, i.e. w minus the scaled gradient. Use an optimiser, e.g. Adam. Compare SGD vs. Adam."
    assert sentences(text) == [
        "Step against the gradient, i.e. w minus the scaled gradient.",
        "Use an optimiser, e.g. Adam.",
        "Compare SGD vs. Adam.",
    ]


def test_units_add_clauses_of_long_sentences_only() -> None:
    long = (
        "The model memorises the noise in its sample, so it fails on new data because it is far too flexible."
    )
    found = units(long)
    assert found[0] == long
    assert "it fails on new data" in found and "it is far too flexible." in found
    assert units("It memorises noise, so it fails.") == ["It memorises noise, so it fails."]


def test_demoting_removes_question_words_but_keeps_enough() -> None:
    question_words = set(content_words("What is overfitting?"))
    assert demote("overfitting means memorising noise", question_words) == "means memorising noise"
    assert demote("overfitting happens", question_words) == "overfitting happens"


def test_negation_and_antonyms_are_contradictions() -> None:
    assert negated("the loss is not convex") and not negated("it is not not convex")
    assert contradicts(
        "The loss is convex for logistic regression.", "The loss is not convex for logistic regression."
    )
    assert contradicts(
        "It scores well on training data but poorly on unseen data.", "The model does well on unseen data."
    )
    assert not contradicts(
        "It scores well on training data but poorly on unseen data.", "It does poorly on unseen data."
    )


def test_strict_cues_spare_paraphrases() -> None:
    point = "Tree-based models split on thresholds, so scaling does not change them."
    paraphrase = "Scaling leaves tree-based models unchanged because they split on thresholds."
    assert contradicts(point, paraphrase)  # a "not" on one side only: parity says "opposite"
    assert not contradicts(point, paraphrase, strict=True)
    assert contradicts(  # the other cues still apply
        "It scores well on training data but poorly on unseen data.",
        "The model does well on unseen data.",
        strict=True,
    )
    roc = "The ROC curve plots the true positive rate against the false positive rate."
    assert contradicts(roc, "It shows a false positive rate.")  # "false" against the first "true"
    assert not contradicts(roc, "It shows a false positive rate.", strict=True)  # the point says both
    base_rate = (
        "When a condition is rare, false positives from the large healthy group outnumber true positives."
    )
    paraphrase = "As the disease is rare, even a small false positive rate in the healthy group outnumbers true positives."
    assert contradicts(base_rate, paraphrase)  # "large" swapped for "small", about another noun
    assert not contradicts(base_rate, paraphrase, strict=True)  # strict swaps only contrast terms
    bagging = (
        "Bagging trains each model independently on a bootstrap sample, so the models train in parallel."
    )
    assert contradicts(
        bagging, "Boosting trains each model independently on a bootstrap sample, in parallel.", strict=True
    )


def test_rebuttal_cues() -> None:
    from aceml.grading.text import rebuts

    assert rebuts("Accuracy is misleading on imbalanced data.")
    assert rebuts("Tuning on the test set doesn't fix overfitting.")
    assert not rebuts("Tuning on the test set also helps.")


def test_a_negated_mistake_restated_with_its_negation_is_not_a_rebuttal() -> None:
    from aceml.grading.text import rebuts

    mistake = "Selecting features on the full dataset before cross-validation does not affect the score."
    assert not rebuts("Doing it once on all the data doesn't change the validation score.", mistake)
    assert rebuts("Doing it once on all the data does change the validation score.", mistake)
    assert rebuts(
        "Tuning on the test set doesn't fix overfitting.", "Tuning on the test set fixes overfitting."
    )


def test_a_denied_claim_contradicts_the_claim() -> None:
    assert contradicts(
        "It is not the probability that the null hypothesis is true.",
        "It is the probability that the null hypothesis is true.",
    )


def test_the_same_claim_about_the_other_member_of_a_contrast_pair_is_a_contradiction() -> None:
    assert contradicts(
        "L1 drives some weights exactly to zero, producing sparse models.",
        "L2 regularization drives the weights of useless features exactly to zero.",
    )
    assert not contradicts(
        "L1 drives some weights exactly to zero, producing sparse models.",
        "L1 regularization drives the weights of useless features exactly to zero.",
    )
    assert contradicts(
        "Gradient descent moves the parameters opposite to the gradient.",
        "Gradient descent moves the parameters in the same direction as the gradient.",
    )


def test_swapped_roles_of_a_contrast_pair_contradict() -> None:
    from aceml.grading.text import swapped_roles

    point = "L1 adds the sum of the absolute values of the weights to the loss, while L2 adds the sum of their squares."
    assert swapped_roles(point, "L1 adds the squared weights to the loss and L2 adds their absolute values.")
    assert contradicts(point, "L1 adds the squared weights to the loss and L2 adds their absolute values.")
    assert not swapped_roles(point, "L1 adds the absolute weights to the loss and L2 adds their squares.")


def test_strict_polar_cues_read_claims_not_names_or_hedges() -> None:
    auc = "An AUC of 1 is a perfect ranking, 0.5 is no better than random, and below 0.5 means the scores are inverted."
    assert not contradicts(auc, "below 0.5 is worse than random", strict=True)  # "no better" is not "better"
    sampling = "Collection makes some parts of the population more or less likely to be included than others."
    assert not contradicts(
        sampling, "It makes certain groups of the population more likely to be in the data.", strict=True
    )
    imbalance = "Many false positives still give a small false positive rate when negatives dominate."
    assert not contradicts(
        imbalance, "They may swamp the few true positives.", strict=True
    )  # names, not claims
    symptom = "It scores well on training data but poorly on unseen data."
    assert contradicts(
        symptom, "It does badly on the training set but generalizes well to unseen data.", strict=True
    )


def test_a_contrast_pair_named_together_is_not_a_swap() -> None:
    point = "Stochastic or mini-batch versions scale to huge or streaming datasets."
    assert not contradicts(point, "Mini-batch or stochastic versions scale to huge datasets.", strict=True)
    point = "A baseline reduces that variance, which leads to actor-critic methods."
    assert not contradicts(
        point,
        "A baseline reduces variance without adding bias, which leads to actor-critic methods.",
        strict=True,
    )


def test_strict_cues_read_a_direction_of_change_on_the_same_target() -> None:
    threshold = "Raising the decision threshold usually increases precision and lowers recall."
    assert contradicts(threshold, "Raising the threshold increases recall.", strict=True)
    assert not contradicts(threshold, "A higher threshold lowers recall but raises precision.", strict=True)
    # "boosting" names a method, it is not a verb of increase
    bagging = "Bagging mainly reduces variance, while boosting mainly reduces bias and suits weak learners."
    assert not contradicts(
        bagging, "Boosting is a bias reduction trick that starts from weak learners.", strict=True
    )


def test_strict_cues_stay_within_a_clause_and_read_predicates() -> None:
    convex = "For convex losses any local minimum is global, but neural network losses are non-convex."
    # the point says the minimum is both local and global; naming the global one is no contradiction
    assert not contradicts(
        convex, "On a convex loss you're guaranteed to end up at the global minimum.", strict=True
    )
    perplexity = "Perplexity is the exponential of the average negative log-likelihood, and lower perplexity is better."
    assert contradicts(
        perplexity, "Higher perplexity is better, since the model is more confident.", strict=True
    )


def test_strict_roles_ignore_what_follows_both_terms() -> None:
    variants = (
        "Batch uses the whole dataset per step, stochastic uses one example, and mini-batch a small subset."
    )
    swapped = (
        "Stochastic gradient descent uses the full dataset for every update, while batch gradient descent uses "
        "one random example."
    )
    right = (
        "Batch gradient descent uses the full dataset for every update, while stochastic gradient descent uses "
        "one random example."
    )
    assert contradicts(variants, swapped, strict=True)
    assert not contradicts(variants, right, strict=True)


def test_a_mistake_restated_without_its_reason_keeps_its_polarity() -> None:
    from aceml.grading.text import rebuts

    mistake = "Fitting a scaler on the whole dataset before splitting is harmless because it does not use the label."
    # the "not" belongs to the reason, which this sentence leaves out: it states the mistake
    assert not rebuts("Fitting a scaler on the whole dataset before splitting is totally harmless.", mistake)
    assert rebuts("Fitting a scaler on the whole dataset before splitting is not harmless.", mistake)
