"""The fresh set's hand-written content: the small talk every session draws on, the words of
this author's session habits, the misspellings, and the six flows (two per module).

Written from general service-desk practice by an author who did not read the matcher nor
the other sets' wording.
"""

from __future__ import annotations

from bench.evalset import HabitPhrases
from bench.fresh import comms, laptop, software

FLOWS = (*laptop.FLOWS, *software.FLOWS, *comms.FLOWS)

# Before an agent's line, now and then ("with_lead" lowers the next letter after ", "/": ").
LEAD_INS = (
    "Got it. ",
    "Cheers, ",
    "Okay, ",
    "Understood. ",
    "Brilliant, ",
    "Alright: ",
    "Thanks for that. ",
    "Noted. ",
)

# What verbose users add at the end of an answer.
VERBOSE_TAILS = (
    " - it's been like this since Monday.",
    ", not sure if that's useful.",
    ". I'm working from home today if that matters.",
    " - I haven't changed anything, promise.",
    ". My manager needs this sorted before the end of the day.",
    ", and I've already turned it off and on again.",
    " - same thing happened to someone in my team last month.",
)

# A user asked a question and went to look first.
HOLD_REMARKS = (
    "one sec",
    "just checking now",
    "give me a minute",
    "hang on, someone's at my desk",
    "let me have a look",
    "brb",
    "hold on",
)

# The agent asking again after the user is back ("...: " lowers the question's first letter).
HOLD_FOLLOW_UPS = (
    "No rush. ",
    "Welcome back. So: ",
    "Whenever you're ready: ",
    "Okay, picking up where we were: ",
    "Thanks for checking. ",
)

# A user asking back when the question isn't clear to them.
GENERIC_CLARIFY_ASKS = (
    "sorry, what?",
    "not sure I follow",
    "how do I check?",
    "can you explain that",
    "I don't know what that means",
    "sorry, where would I see that?",
)

# How an agent starts saying the question again ("...: "/"- " lower its first letter).
GENERIC_CLARIFY_LEADS = (
    "No worries - ",
    "Let me rephrase: ",
    "Put simply: ",
    "Sorry, that was unclear. ",
    "Okay, another way: ",
)

# A user acknowledging an action.
ACKS = (
    "on it",
    "ok doing that",
    "done",
    "right, give me a sec",
    "ok",
    "trying now",
    "yep done",
)

# A user at the end.
THANKS = (
    "thanks so much",
    "brilliant, thank you",
    "lifesaver, thanks",
    "great, cheers",
    "thank you for your help",
    "thx",
)

HABIT_PHRASES = HabitPhrases(
    pair_asks=(
        "{a} And while I'm at it, {b}",
        "Two quick ones: {a} Also, {b}",
        "{a} Plus - {b}",
    ),
    pair_answers=(
        "{a}, and {b}",
        "{a} / {b}",
        "first one {a}, second {b}",
        "{a}... {b}",
    ),
    reask_leads=(
        "Sorry, just to be sure: ",
        "Let me check I heard right - ",
        "Quick double-check: ",
    ),
    extra_choices=("Don't know", "Something else", "Can't tell", "None of the above"),
    list_intros=("Options: ", "Pick one: ", "Which of these? ", "Is it "),
    by_number=("{n}", "{n}.", "it's {n}", "{n} - that one", "looks like {n}"),
    volunteer_answers=(
        "{a}, and {b}",
        "{a}. oh and {b}",
        "{a}. by the way {b}",
        "{a} - also {b}",
    ),
    correction_leads=(
        "Hang on, just checking: ",
        "Can I confirm - ",
        "Before I go on: ",
    ),
    correction_answers=(
        "sorry, wrong button - {b}",
        "oops no. {b}",
        "ignore that, {b}",
        "my bad, {b}",
    ),
)

# This author's users' misspellings (a word in lower case, to its wrong spelling).
MISSPELLINGS = {
    "battery": "battary", "charger": "chager", "charging": "chargeing", "update": "udpate",
    "updates": "updats", "headphones": "headphons", "speakers": "speekers",
    "sharing": "shareing", "screen": "sreen", "phone": "phnoe", "separate": "seperate",
    "weird": "wierd", "until": "untill", "which": "wich", "really": "realy",
    "tomorrow": "tommorow", "access": "acess", "error": "eror", "colleague": "collegue",
    "volume": "volumn", "certificate": "certficate", "already": "allready",
    "meeting": "meting", "nothing": "nothign", "system": "sytem", "what's": "whats",
}
