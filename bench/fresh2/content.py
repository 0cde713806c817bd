"""The fresh2 set's hand-written content: the small talk every session draws on, the words of
this author's session habits, the misspellings, and the six flows (two per module).

Written from general service-desk practice by an author who did not read the matcher nor
the other sets' wording.
"""

from __future__ import annotations

from bench.evalset import HabitPhrases
from bench.fresh2 import documents, hardware, security

FLOWS = (*hardware.FLOWS, *security.FLOWS, *documents.FLOWS)

# Before an agent's line, now and then ("with_lead" lowers the next letter after ", "/": ").
LEAD_INS = (
    "Right, ",
    "Thanks. ",
    "OK, ",
    "Got that. ",
    "Lovely, ",
    "Sure: ",
    "So, ",
    "Alright, ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    " - started this morning out of nowhere.",
    ", if that helps at all.",
    ". I've got a deadline at three so fingers crossed.",
    " - honestly I didn't touch any settings.",
    ". I'm in the Leeds office today, by the way.",
    ", and yes I've restarted it twice already.",
    " - my colleague next to me doesn't have the problem.",
)

# A user asked a question and went to look first.
HOLD_REMARKS = (
    "hang on",
    "wait a sec, checking",
    "two mins",
    "let me look",
    "one moment please",
    "sorry, phone rang - one sec",
    "checking...",
)

# The agent asking again after the user is back ("...: " lowers the question's first letter).
HOLD_FOLLOW_UPS = (
    "Take your time. ",
    "No problem. ",
    "You're back - so: ",
    "When you've got it: ",
    "Great, thanks. ",
)

# A user asking back when the question isn't clear to them.
GENERIC_CLARIFY_ASKS = (
    "what do you mean?",
    "sorry, lost me there",
    "where do I look for that?",
    "can you say that differently",
    "not sure what you're asking",
    "huh?",
)

# How an agent starts saying the question again ("...: "/"- " lower its first letter).
GENERIC_CLARIFY_LEADS = (
    "Sorry - ",
    "In other words: ",
    "My fault, I'll put it another way. ",
    "Simpler version: ",
    "Let me try again - ",
)

# A user acknowledging an action.
ACKS = (
    "ok will do",
    "doing it now",
    "done that",
    "sure, one sec",
    "ok",
    "give me two minutes",
    "alright",
)

# A user at the end.
THANKS = (
    "thank you!",
    "perfect, thanks a lot",
    "amazing, cheers",
    "thanks for sorting that",
    "great stuff, thank you",
    "ty",
)

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} And {b}",
        "Couple of things: {a} Then, {b}",
        "{a} Also - {b}",
    ),
    pair_answers=(
        "{a}; {b}",
        "{a} and {b}",
        "1) {a} 2) {b}",
        "{a}. and {b}",
    ),
    reask_leads=(
        "Just to double check: ",
        "Sorry, one more time - ",
        "Can I confirm: ",
    ),
    extra_choices=("Not sure", "Other", "I don't know", "Something different"),
    list_intros=("Choose: ", "Options are ", "Which one - ", "Is it: "),
    by_number=("{n}", "{n} I think", "option {n}", "{n}!", "it's {n}"),
    volunteer_answers=(
        "{a}, also {b}",
        "{a}. btw {b}",
        "{a} - and {b}",
        "{a}. just so you know, {b}",
    ),
    correction_leads=(
        "Just checking that one - ",
        "Quick check, are you sure - ",
        "Let me make sure I've got that right: ",
    ),
    correction_answers=(
        "oh sorry, no - {b}",
        "wait, wrong one. {b}",
        "actually no, {b}",
        "misclicked, sorry: {b}",
    ),
)

# This author's users' misspellings (a word in lower case, to its wrong spelling).
MISSPELLINGS = {
    "laptop": "labtop", "definitely": "definately", "because": "becuase",
    "browser": "broswer", "certificate": "certifcate", "message": "mesage",
    "password": "pasword", "received": "recieved", "signature": "signiture",
    "spreadsheet": "spreadsheat", "macros": "macroes", "printer": "priner",
    "touchpad": "touchpd", "keyboard": "keybaord", "website": "webiste",
    "supplier": "suplier", "something": "somthing", "doesn't": "doesnt",
    "anything": "anythign", "working": "workign", "nothing": "nothin",
    "it's": "its", "different": "diffrent", "colleague": "colleage",
}
