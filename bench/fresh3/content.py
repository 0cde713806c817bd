"""The fresh3 set's hand-written content: the small talk every session draws on, the words of
this author's session habits, the misspellings, and the six flows (two per module).

Written from general service-desk practice by an author who did not read the matcher nor
the other sets' wording.
"""

from __future__ import annotations

from bench.evalset import HabitPhrases
from bench.fresh3 import desk, office, windows

FLOWS = (*office.FLOWS, *desk.FLOWS, *windows.FLOWS)

# Before an agent's line, now and then ("with_lead" lowers the next letter after ", "/": ").
LEAD_INS = (
    "Okay, ",
    "Cheers. ",
    "Understood. ",
    "Next: ",
    "Right then, ",
    "Good, ",
    "Noted. ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    " - it was fine on Friday.",
    ", sorry I'm not very technical.",
    ". I'm working from home today if that matters.",
    " - I've got a client call in twenty minutes.",
    ", and nobody else in my team has this.",
    ". It happened after the laptop updated overnight I think.",
)

# A user asked a question and went to look first.
HOLD_REMARKS = (
    "one sec",
    "bear with me",
    "just looking now",
    "hold on, someone's at my desk",
    "give me a minute",
    "looking...",
)

# The agent asking again after the user is back ("...: " lowers the question's first letter).
HOLD_FOLLOW_UPS = (
    "No rush. ",
    "Welcome back. ",
    "OK, whenever you're ready: ",
    "Thanks for checking. ",
)

# A user asking back when the question isn't clear to them.
GENERIC_CLARIFY_ASKS = (
    "sorry, what?",
    "how do I check that?",
    "I don't follow",
    "which bit do you need?",
    "not sure how to tell",
)

# How an agent starts saying the question again ("...: "/"- " lower its first letter).
GENERIC_CLARIFY_LEADS = (
    "No worries - ",
    "Put simply: ",
    "Let me rephrase. ",
    "Sorry, jargon - ",
)

# A user acknowledging an action.
ACKS = (
    "on it",
    "ok trying that",
    "done",
    "right, doing that now",
    "k",
    "give me a sec",
)

# A user at the end.
THANKS = (
    "brilliant, thanks",
    "thanks so much",
    "cheers for the help",
    "lifesaver, thank you",
    "thx",
)

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} Oh, and {b}",
        "Two questions: {a} And {b}",
        "{a} While you're there, {b}",
    ),
    pair_answers=(
        "{a}, {b}",
        "{a} / {b}",
        "first one: {a}. second: {b}",
        "{a} - also {b}",
    ),
    reask_leads=(
        "Sorry, just to be sure - ",
        "Checking again: ",
        "Let me confirm once more: ",
    ),
    extra_choices=("Don't know", "None of these", "Can't tell", "Other / unsure"),
    list_intros=("Pick one: ", "Options: ", "Reply with the number - ", "Which: "),
    by_number=("{n}", "number {n}", "{n} please", "it's {n} i think", "{n}."),
    volunteer_answers=(
        "{a}. oh and {b}",
        "{a}, plus {b}",
        "{a} - by the way {b}",
        "{a}. and fwiw {b}",
    ),
    correction_leads=(
        "Hmm, just checking - ",
        "Are you certain? Let me ask differently: ",
        "One sec, to be sure - ",
    ),
    correction_answers=(
        "sorry, my mistake - {b}",
        "oops no, {b}",
        "scratch that, {b}",
        "clicked the wrong one. {b}",
    ),
)

# This author's users' misspellings (a word in lower case, to its wrong spelling).
MISSPELLINGS = {
    "mailbox": "mailbx", "outlook": "outlok", "teams": "teems", "network": "netwrok",
    "connected": "conected", "fingerprint": "fingerprnt", "recognise": "recognize",
    "recognising": "recognsing", "profile": "proflie", "desktop": "desktp",
    "documents": "docuemnts", "search": "serach", "restart": "restrat",
    "restarted": "restared", "working": "wroking", "nothing": "nothign", "there": "thier",
    "settings": "setings", "attachments": "attachements", "archive": "archieve",
    "anything": "anythin", "disappeared": "dissapeared", "loading": "laoding",
    "already": "allready", "signed": "singed",
}
