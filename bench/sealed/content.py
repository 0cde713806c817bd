"""The sealed set's hand-written content: the small talk every session draws on, the words of
this author's session habits, the misspellings, and the six flows (two per module).

Written from general helpdesk practice by an author who did not read the matcher nor the
other sets' wording.
"""

from __future__ import annotations

from bench.evalset import HabitPhrases
from bench.sealed import desktop, mail, printing

FLOWS = (*printing.FLOWS, *mail.FLOWS, *desktop.FLOWS)

# Before an agent's line, now and then ("with_lead" lowers the next letter after ", "/": ").
LEAD_INS = (
    "Thanks. ",
    "OK, ",
    "Got it. ",
    "Right, ",
    "Understood. ",
    "Cheers. ",
    "Alright, ",
    "Thanks for that. ",
    "Noted. ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    " - I've got a deadline this afternoon so it's a bit urgent.",
    ", sorry if that's not very helpful.",
    ". Hoping we can sort it today.",
    " - my manager is asking about it as well.",
    ", hope that makes sense.",
    ". I'm not very technical, sorry!",
    " - and I've already tried turning it off and on.",
)

# A user asked a question and went to look first.
HOLD_REMARKS = (
    "hang on, let me go and look",
    "one sec, I'm away from my desk",
    "just a moment, checking",
    "give me a minute, someone's at my desk",
    "hold on, walking over to it now",
    "brb, need to check",
)

# The agent asking again after the user is back ("...: " lowers the question's first letter).
HOLD_FOLLOW_UPS = (
    "No rush. When you're back: ",
    "Take your time. ",
    "Sure. Once you've had a look: ",
    "Whenever you're ready: ",
    "No problem. ",
)

# A user asking back when the question isn't clear to them.
GENERIC_CLARIFY_ASKS = (
    "sorry, what do you mean?",
    "not sure I follow",
    "how do I check that?",
    "where would I see that?",
    "can you explain that a bit more?",
    "sorry?",
)

# How an agent starts saying the question again ("...: "/"- " lower its first letter).
GENERIC_CLARIFY_LEADS = (
    "Sorry, I'll put it another way: ",
    "No worries - ",
    "Let me rephrase: ",
    "Sure. ",
    "Of course: ",
)

# A user acknowledging an action.
ACKS = (
    "ok doing that now",
    "done",
    "ok",
    "right, give me a sec",
    "done that",
    "ok, trying now",
)

# A user at the end.
THANKS = (
    "thanks!",
    "brilliant, thank you",
    "thanks for your help",
    "great, cheers",
    "perfect, thanks so much",
    "lifesaver, thank you",
)

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} And {b}",
        "Two quick ones: {a} Also, {b}",
        "{a} While you're there, {b}",
    ),
    pair_answers=(
        "{a}, and {b}",
        "{a} / {b}",
        "{a}. as for the other one, {b}",
        "first one: {a}. second: {b}",
    ),
    reask_leads=(
        "Just to double-check, ",
        "Sorry, one more time: ",
        "Before I go on, let me confirm: ",
    ),
    extra_choices=("Don't know", "Something else", "Other", "Can't tell"),
    list_intros=("Options: ", "Is it one of these? ", "Pick the closest: ", "Choose one - "),
    by_number=("{n}", "{n} I think", "number {n}", "it's {n}", "({n})"),
    volunteer_answers=(
        "{a}. oh and {b}",
        "{a}. also, in case you need it, {b}",
        "{a} - and before you ask, {b}",
        "{a}. btw {b}",
    ),
    correction_leads=(
        "Just so I have it right: ",
        "Let me confirm that one: ",
        "Quick check before we go on: ",
    ),
    correction_answers=(
        "sorry, wrong button - {b}",
        "oops, clicked the wrong one. {b}",
        "actually no, sorry, I misread that. {b}",
        "hang on, that's not right. {b}",
    ),
)

# This author's users' misspellings (a word in lower case, to its wrong spelling).
MISSPELLINGS = {
    "calendar": "calender", "receive": "recieve", "colleague": "collegue",
    "access": "acess", "address": "adress", "permission": "permision",
    "keyboard": "keybord", "language": "langauge", "separate": "seperate",
    "printer": "priner", "scanner": "scaner", "settings": "setings", "weird": "wierd",
    "already": "allready", "which": "wich", "can't": "cant", "couldn't": "couldnt",
    "mailbox": "mail box", "meeting": "meetng", "password": "passwrod",
    "schedule": "shedule", "there": "their", "it's": "its", "i've": "ive",
}
