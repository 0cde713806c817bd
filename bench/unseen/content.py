"""Every text of the unseen set, written by hand: the small talk shared by all sessions,
the words of this author's session habits, and (in the modules below) the six flows.

Written from general helpdesk practice, without looking at the matcher or at the other
sets' wording.
"""

from __future__ import annotations

from bench.evalset import HabitPhrases
from bench.unseen.m365 import MOBILE_MAIL, OFFICE_ACTIVATION
from bench.unseen.network import REMOTE_DESKTOP, SITE_UNREACHABLE
from bench.unseen.security import INSTALL_BLOCKED, PHISHING

FLOWS = (PHISHING, INSTALL_BLOCKED, SITE_UNREACHABLE, REMOTE_DESKTOP, MOBILE_MAIL,
         OFFICE_ACTIVATION)

# How agents start a line now and then ("OK, " lowers the next letter).
LEAD_INS = (
    "OK, ",
    "Right, ",
    "Got it. ",
    "Thanks for that. ",
    "Understood. ",
    "Alright, next: ",
    "Noted. ",
    "Cheers. ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    ", if that makes sense",
    " - sorry, I'm not very technical",
    ", I have a client call in twenty minutes so hoping we can sort it",
    ". It was fine last week, for what it's worth",
    ", and my colleague said to ring you",
    " (I did try turning it off and on already)",
)

# What a user says before answering, while they go and look.
HOLD_REMARKS = (
    "hang on, checking",
    "give me a second, I need to find it",
    "one moment please",
    "hold on, someone's at my desk",
    "let me grab the laptop, back in a sec",
    "just a minute, it's loading",
    "brb",
)

# How the agent comes back to the question after a hold ("...: " lowers the next letter).
HOLD_FOLLOW_UPS = (
    "No rush. When you're back: ",
    "Take your time. ",
    "Sure. So: ",
    "Thanks for checking. ",
    "Whenever you're ready - ",
)

# What a user asks back when a question is unclear.
GENERIC_CLARIFY_ASKS = (
    "sorry, what do you mean?",
    "how would I know that?",
    "not sure I follow",
    "can you say that in normal words?",
    "where do I look for that?",
    "is that something I can see on my screen?",
    "huh?",
)

# How the agent explains before asking again in other words.
GENERIC_CLARIFY_LEADS = (
    "No problem, let me put it another way: ",
    "Sorry, that was jargon. ",
    "Let me rephrase - ",
    "Fair question. Put simply: ",
)

# A user acknowledging an action step.
ACKS = (
    "done",
    "ok doing that now",
    "right, did that",
    "finished",
    "ok, that's done, what next",
    "did it",
)

# A user's last words when told the fix.
THANKS = (
    "brilliant, thank you",
    "thanks, appreciate it",
    "cheers!",
    "great, that's sorted then",
    "ok thanks for your help",
    "perfect",
)

# This author's users' favourite misspellings.
MISSPELLINGS = {
    "email": "emial", "password": "passwrod", "phone": "phoen", "certificate": "certifcate",
    "install": "instal", "remote": "remtoe", "office": "offce", "received": "recieved",
    "connect": "conect", "website": "webiste", "licence": "lisence", "attachment": "attachement",
    "computer": "computor", "error": "eror", "which": "wich", "doesn't": "doesnt",
    "can't": "cant", "I've": "ive", "separate": "seperate", "address": "adress",
}

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} And {b}",
        "{a} Also, {b}",
        "Two quick ones. {a} And {b}",
        "{a} While you're at it, {b}",
    ),
    pair_answers=(
        "{a}, and {b}",
        "{a}. {b}",
        "first one: {a}. second: {b}",
        "{a} / {b}",
        "{a} - and to the other question, {b}",
    ),
    reask_leads=(
        "Sorry, just to double-check before I go on: ",
        "Let me confirm one thing from earlier - ",
        "Quick sanity check, ",
        "Going back a step for my notes: ",
        "Can you confirm again: ",
    ),
    extra_choices=(
        "Not sure",
        "Something else",
        "None of these",
        "Other (type below)",
        "Need to check",
    ),
    list_intros=(
        "Options: ",
        "Reply with the number or letter - ",
        "Pick one: ",
        "Is it ",
    ),
    by_number=(
        "{n}",
        "{n}.",
        "option {n}",
        "{n} I think",
        "it's {n}",
        "number {n}",
        "{n} - that one",
    ),
)
