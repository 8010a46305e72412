"""Generate support tickets for a smart-thermostat company from word lists and sentence templates.

Each ticket has one main intent (its label) and may also mention a side topic from another queue,
use a vague subject line, contain typos, and a few tickets were filed under the wrong queue by the
agents who labelled them (label noise), as happens in real ticket histories.
"""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 1200, 400, 400
QUEUES = ["billing", "technical", "account", "delivery", "cancellation"]
QUEUE_SHARE = [0.24, 0.30, 0.16, 0.18, 0.12]
LABEL_NOISE = 0.04
FOLLOW_UP_SHARE = 0.07  # short chasers that only point back to an earlier ticket

SLOTS = {
    "device": ["thermostat", "Nest-style thermostat", "smart thermostat", "room sensor", "hub", "display unit"],
    "amount": ["9.99", "14.99", "29.00", "59.98", "119.00", "4.50"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "September", "October"],
    "days": ["two", "three", "four", "five", "ten", "several"],
    "order": ["order 48213", "order #77120", "my order", "order no. 30391", "the order"],
    "app": ["the app", "the mobile app", "the iPhone app", "the Android app", "the web portal"],
}

# Sentences that state the main intent of each queue. Several deliberately share words with other
# queues ("charge", "order", "account", "cancel", "refund", "update") so keywords alone mislead.
INTENT = {
    "billing": [
        "I was charged {amount} twice this month for the same subscription.",
        "My invoice for {month} shows a fee I do not recognise.",
        "Why did the price of my plan go up to {amount} without any notice?",
        "The direct debit for {month} failed but my bank says there was money in the account.",
        "I need a VAT invoice with my company name on it for the last payment.",
        "You took {amount} from my card after the free trial, I thought the trial was free.",
        "Can you explain the extra charge on my statement from {month}?",
        "The refund you promised for the overcharge in {month} never reached my card.",
        "I paid with a voucher code but the full {amount} was still charged.",
        "Please update the credit card you bill, the old one expired.",
        "My subscription was cancelled months ago and you are still charging me {amount}.",
        "The payment page keeps rejecting my card when I try to pay the invoice.",
    ],
    "technical": [
        "The {device} shows offline in {app} even though the wifi is working.",
        "{app} crashes every time I open the schedule screen.",
        "After the last firmware update the {device} no longer turns the heating on.",
        "The {device} battery will not charge any more, the light just blinks red.",
        "The temperature on the {device} is three degrees higher than the real room temperature.",
        "Pairing the {device} with the hub fails at the last step with error 41.",
        "The heating keeps running at night although the schedule says eco mode.",
        "{app} says the {device} is not linked to my account, but it was working yesterday.",
        "The display of the {device} stays black after I replaced the batteries.",
        "The boiler clicks on and off every few minutes since I installed the {device}.",
        "Geofencing does not work, the house is cold when I get home.",
        "The {device} lost the wifi password after a power cut and I cannot reconnect it.",
    ],
    "account": [
        "I cannot log in, {app} says my password is wrong although I just reset it.",
        "The password reset email never arrives, I checked the spam folder too.",
        "My account was locked after too many login attempts.",
        "I changed my phone and now I cannot get the two-factor code.",
        "Please change the email address on my account, I no longer use the old one.",
        "Someone else logged into my account from another country, please secure it.",
        "How do I add my partner as a second user of the account?",
        "I want to transfer the account to the new owner of the house.",
        "{app} keeps logging me out every few minutes.",
        "I have two accounts by mistake and want to merge them into one.",
        "The verification link in the sign-up email says it has expired.",
        "Please send me a copy of all the personal data you hold about my account.",
    ],
    "delivery": [
        "{order} was supposed to arrive {days} days ago and the tracking has not moved.",
        "The parcel was marked as delivered but nothing came to my door.",
        "The box arrived damaged and the {device} inside is cracked.",
        "I received a {device} but I ordered a different model.",
        "Can you change the delivery address for {order}, I am moving next week.",
        "The courier left a card but the depot is closed every time I go there.",
        "Only one of the two items in {order} has arrived.",
        "When will {order} ship? It still says processing after {days} days.",
        "The tracking link you sent says the number does not exist.",
        "I was not home for the delivery, can it be sent to a pickup point instead?",
        "The installation kit was missing from the package.",
        "The delivery driver asked me to pay customs fees, is that right?",
    ],
    "cancellation": [
        "I want to cancel my subscription at the end of this month.",
        "Please close my account and stop all future payments.",
        "I would like to return the {device} within the 30-day trial and get my money back.",
        "How do I end the premium plan? I cannot find the button in {app}.",
        "We are moving abroad and want to terminate the contract.",
        "Please cancel {order} before it ships, I ordered by mistake.",
        "I am not happy with the service and want to stop the membership.",
        "What is the notice period if I terminate the plan now?",
        "Please downgrade me to the free plan and cancel the paid features.",
        "I sent the {device} back last week, please confirm the contract is ended.",
        "Do I have to pay a fee if I cancel before the twelve months are over?",
        "Stop renewing my subscription, I do not want it next year.",
    ],
}

# A short side remark from another queue, added to some tickets (it is not their main topic).
SIDE = {
    "billing": ["By the way, my last invoice also looked odd.", "I am paying for this every month after all."],
    "technical": ["The {device} itself works fine otherwise.", "I already restarted the {device} twice."],
    "account": ["I am logged in with my usual email.", "I had to reset my password to write this."],
    "delivery": ["I only received the {device} last month.", "It was left with my neighbour at first."],
    "cancellation": ["If this is not fixed I will cancel.", "I have been a customer for years and do not want to leave."],
}

SUBJECTS = {
    "billing": ["Double charge", "Invoice question", "Wrong amount", "Payment problem", "Refund not received", "Charge on my card"],
    "technical": ["Device offline", "App crash", "Heating problem", "Error 41", "Thermostat not working", "Battery"],
    "account": ["Cannot log in", "Password reset", "Account locked", "Change email", "Security concern", "Login problem"],
    "delivery": ["Where is my order", "Parcel missing", "Damaged delivery", "Tracking", "Wrong item", "Delivery address"],
    "cancellation": ["Cancel subscription", "Close account", "Return device", "End contract", "Stop payments", "Cancel order"],
}
# Customers say the same thing in different words; each listed word is swapped half of the time.
SYNONYMS = {
    "charged": ["billed", "debited"],
    "invoice": ["bill", "receipt"],
    "cancel": ["stop"],
    "subscription": ["plan", "membership"],
    "parcel": ["package", "shipment"],
    "arrived": ["turned up"],
    "password": ["passcode", "pass word"],
    "log": ["sign"],
    "crashes": ["freezes", "closes itself"],
    "wifi": ["wi-fi", "internet"],
    "heating": ["heat"],
    "refund": ["reimbursement"],
    "delivered": ["dropped off"],
}
FOLLOW_UPS = [
    "Any news on my previous ticket?",
    "I wrote to you last week and nobody has answered.",
    "Still not sorted, see my earlier message.",
    "Following up on the chat from yesterday, it is still the same.",
    "Your colleague said it would be fixed by now but it is not.",
    "Please reply to my last email, I am waiting.",
]
VAGUE_SUBJECTS = ["Help", "Question", "Urgent!!", "Problem", "Re: your message", "Support request", "(no subject)", "Hello"]
OPENINGS = ["Hi,", "Hello,", "Dear support,", "Good morning,", "Hi team,", "", "", ""]
CLOSINGS = ["Thanks.", "Thank you in advance.", "Please help.", "Regards, Sam", "Cheers", "This is urgent.", "", "", ""]
CHANNELS = ["email", "chat", "web-form"]


def _fill(template: str, rng: np.random.Generator) -> str:
    values = {key: options[rng.integers(len(options))] for key, options in SLOTS.items()}
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _typos(text: str, rng: np.random.Generator, rate: float) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 3 and rng.random() < rate:
            j = int(rng.integers(1, len(word) - 2))
            kind = rng.integers(3)
            if kind == 0:  # swap two letters
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            elif kind == 1:  # drop a letter
                word = word[:j] + word[j + 1 :]
            else:  # double a letter
                word = word[:j] + word[j] + word[j:]
            words[i] = word
    return " ".join(words)


def _reword(text: str, rng: np.random.Generator) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        core = word.rstrip(".,?!")
        if core.lower() in SYNONYMS and rng.random() < 0.5:
            options = SYNONYMS[core.lower()]
            words[i] = options[rng.integers(len(options))] + word[len(core):]
    return " ".join(words)


def _ticket(queue: str, rng: np.random.Generator) -> tuple[str, str]:
    if rng.random() < FOLLOW_UP_SHARE:
        body = FOLLOW_UPS[rng.integers(len(FOLLOW_UPS))]
        return VAGUE_SUBJECTS[rng.integers(len(VAGUE_SUBJECTS))], _typos(body, rng, rate=0.04)
    intents = INTENT[queue]
    picks = rng.choice(len(intents), size=1 + int(rng.random() < 0.35), replace=False)
    sentences = [_fill(intents[k], rng) for k in picks]
    if rng.random() < 0.45:
        other = QUEUES[rng.integers(len(QUEUES))]
        if other != queue:
            side = SIDE[other]
            sentences.insert(int(rng.integers(len(sentences) + 1)), _fill(side[rng.integers(len(side))], rng))
    opening, closing = OPENINGS[rng.integers(len(OPENINGS))], CLOSINGS[rng.integers(len(CLOSINGS))]
    body = " ".join(part for part in [opening, *sentences, closing] if part)
    body = _typos(_reword(body, rng), rng, rate=0.05)
    if rng.random() < 0.25:
        body = body.lower()
    if rng.random() < 0.4:
        subject = VAGUE_SUBJECTS[rng.integers(len(VAGUE_SUBJECTS))]
    else:
        subject = SUBJECTS[queue][rng.integers(len(SUBJECTS[queue]))]
    return subject, body


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    n = N_TRAIN + N_PUBLIC + N_PRIVATE
    queue = rng.choice(QUEUES, size=n, p=QUEUE_SHARE)
    rows = [_ticket(q, rng) for q in queue]
    channel = rng.choice(CHANNELS, size=n, p=[0.5, 0.3, 0.2])
    # Some tickets were filed under a wrong queue by the agent who closed them.
    noisy = rng.random(n) < LABEL_NOISE
    label = np.where(noisy, rng.choice(QUEUES, size=n), queue)

    X = pd.DataFrame(
        {"subject": [s for s, _ in rows], "body": [b for _, b in rows], "channel": channel},
        index=pd.RangeIndex(n, name="ticket"),
    )
    y = pd.Series(label, index=X.index, name="queue")
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, n]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
