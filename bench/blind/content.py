"""The blind set's hand-written content: the small talk every session draws on, the words of
this author's session habits, the misspellings, and the six flows (two per module).

Written from general service-desk practice by an author who did not read the matcher nor
the other sets' wording.
"""

from __future__ import annotations

from bench.blind import devices, files, security
from bench.evalset import HabitPhrases

FLOWS = (*files.FLOWS, *security.FLOWS, *devices.FLOWS)

# Before an agent's line, now and then ("with_lead" lowers the next letter after ", "/": ").
LEAD_INS = (
    "OK. ",
    "Thanks, ",
    "Right. ",
    "Perfect, ",
    "Lovely. ",
    "Sure, ",
    "Ok thanks. ",
    "Makes sense. ",
    "Great: ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    " - it was all fine last week, honestly.",
    ", if that helps at all.",
    ". I have a client call at 3 so fingers crossed.",
    " - sorry, I'm rubbish with computers.",
    ", my colleague said to ring you.",
    ". It's been driving me mad all morning.",
    " - I did restart it first like the intranet says.",
)

# A user asked a question and went to look first.
HOLD_REMARKS = (
    "sec",
    "hold on, let me check",
    "one moment, phone's ringing",
    "wait, let me look",
    "2 mins, just need to find it",
    "hang on a sec",
    "bear with me",
)

# The agent asking again after the user is back ("...: " lowers the question's first letter).
HOLD_FOLLOW_UPS = (
    "No worries. When you're ready: ",
    "Sure, take your time. ",
    "OK, back to it: ",
    "No problem. So: ",
    "That's fine. ",
)

# A user asking back when the question isn't clear to them.
GENERIC_CLARIFY_ASKS = (
    "what do you mean?",
    "sorry, I don't understand",
    "where do I find that?",
    "how would I know that?",
    "um, not sure what you're asking",
    "?",
)

# How an agent starts saying the question again ("...: "/"- " lower its first letter).
GENERIC_CLARIFY_LEADS = (
    "Sorry, let me put it differently: ",
    "No problem - ",
    "In other words: ",
    "Fair enough. ",
    "Let me try again: ",
)

# A user acknowledging an action.
ACKS = (
    "ok",
    "doing it now",
    "done that",
    "ok one sec",
    "right, done",
    "trying it",
    "k",
)

# A user at the end.
THANKS = (
    "thank you!",
    "amazing, thanks",
    "cheers for that",
    "great thanks very much",
    "thanks, really appreciate it",
    "ty",
)

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} Also {b}",
        "A couple of things: {a} And {b}",
        "{a} And one more - {b}",
    ),
    pair_answers=(
        "{a} and {b}",
        "{a}; {b}",
        "1) {a} 2) {b}",
        "{a}. and to the second one, {b}",
    ),
    reask_leads=(
        "Sorry, just confirming: ",
        "Can I double-check something - ",
        "Going back a step: ",
    ),
    extra_choices=("Not sure", "None of these", "Other", "I don't know"),
    list_intros=("Which is it? ", "Choose from: ", "Is it: ", "One of these? "),
    by_number=("{n}", "{n} please", "option {n}", "{n} i think", "the {n} one"),
    volunteer_answers=(
        "{a}. also {b}",
        "{a} - oh and {b}",
        "{a}. should have said, {b}",
        "{a}. fwiw {b}",
    ),
    correction_leads=(
        "Just checking I've got that right: ",
        "Sorry, can you confirm: ",
        "Want to make sure - ",
    ),
    correction_answers=(
        "oh sorry, clicked wrong. {b}",
        "no wait - {b}",
        "ah my mistake, {b}",
        "misclicked sorry. {b}",
    ),
)

# This author's users' misspellings (a word in lower case, to its wrong spelling).
MISSPELLINGS = {
    "camera": "camra", "webcam": "web cam", "browser": "broswer", "definitely": "definately",
    "recognise": "recognize", "received": "recieved", "necessary": "neccessary",
    "antivirus": "anti virus", "deleted": "deleated", "folder": "foler", "version": "verison",
    "restart": "re start", "spreadsheet": "spreadhseet", "document": "documnet",
    "because": "becuase", "something": "somthing", "yesterday": "yesturday",
    "there": "their", "it's": "its", "don't": "dont", "i'm": "im", "laptop": "labtop",
    "extension": "extention", "website": "web site", "computer": "comptuer",
}
