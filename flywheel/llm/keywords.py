"""Text helpers for drafting without a language model: shortening, keywords, domain, title.

Everything here is deterministic: the same text gives the same result, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TITLE_MIN_WORDS = 5
TITLE_MAX_WORDS = 10
KEYWORDS_MIN = 5
KEYWORDS_MAX = 10
_TITLE_WORD_CHARS = 19  # 10 words of 19 characters plus spaces stay under the 200 limit
_KEYWORD_CHARS = 40

_ELLIPSIS = "…"
_TRAILING = ".,;:!?-–—…·/\\|'\"([{<*&#+=~`^_ "

# Error codes and identifiers, each with a function building the keyword from the match.
_CODE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b0x[0-9a-f]{4,8}\b"), "{0}"),
    (re.compile(r"\baadsts\d{5,6}\b"), "{0}"),
    (re.compile(r"\bkb\s?-?(\d{6,7})\b"), "kb{1}"),
    (re.compile(r"\bevent\s*(?:id)?\s*[:#]?\s*(\d{3,5})\b"), "event id {1}"),
    (re.compile(r"\b([245]\d{2})[ -]([245]\.\d{1,3}\.\d{1,3})\b"), "{1} {2}"),
    (re.compile(r"\b(?:http|status)\s*(?:code)?\s*[:#]?\s*([1-5]\d{2})\b"), "http {1}"),
    (
        re.compile(
            r"\b([45]\d{2})\s+(?:unauthorized|forbidden|not found|bad request|bad gateway|"
            r"service unavailable|internal server error|gateway timeout)\b"
        ),
        "http {1}",
    ),
    (re.compile(r"\berror\s*(?:code)?\s*[:#]?\s*(\d{2,5})\b"), "error {1}"),
)

# Technology names: the keyword, then the phrases (regular expressions) that mean it.
_TECHNOLOGIES: tuple[tuple[str, str], ...] = (
    ("vpn", r"vpn"),
    ("outlook", r"outlook"),
    ("exchange", r"exchange( online)?"),
    ("active directory", r"active directory"),
    ("group policy", r"group policy|gpo"),
    ("kerberos", r"kerberos"),
    ("ldap", r"ldaps?"),
    ("dns", r"dns"),
    ("dhcp", r"dhcp"),
    ("firewall", r"firewall"),
    ("wi-fi", r"wi-?fi|wireless|wlan"),
    ("rdp", r"rdp|remote desktop"),
    ("printer", r"printers?"),
    ("spooler", r"spooler"),
    ("onedrive", r"onedrive"),
    ("sharepoint", r"sharepoint"),
    ("teams", r"teams"),
    ("microsoft 365", r"microsoft 365|office 365|m365|o365"),
    ("intune", r"intune"),
    ("entra id", r"entra( id)?|azure ad"),
    ("azure", r"azure"),
    ("aws", r"aws"),
    ("bitlocker", r"bitlocker"),
    ("mfa", r"mfa|multi-?factor|2fa"),
    ("defender", r"defender"),
    ("certificate", r"certificates?|ssl|tls"),
    ("backup", r"backups?"),
    ("veeam", r"veeam"),
    ("vmware", r"vmware|esxi|vcenter"),
    ("hyper-v", r"hyper-?v"),
    ("citrix", r"citrix"),
    ("smtp", r"smtp"),
    ("spf", r"spf"),
    ("dkim", r"dkim"),
    ("dmarc", r"dmarc"),
    ("windows update", r"windows update"),
)
_TECH_PATTERNS = tuple(
    (name, re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])")) for name, phrases in _TECHNOLOGIES
)

# Domain rules, in priority order for ties: the domain, then phrases that point to it.
_DOMAIN_RULES: tuple[tuple[str, str], ...] = (
    (
        "active_directory",
        r"active directory|locked out|lockout|domain controller|group policy|gpo|ldaps?|"
        r"kerberos|password (?:reset|change|expired)|event id 47\d\d|event id 4625",
    ),
    ("email", r"outlook|exchange|smtp|spf|dkim|dmarc|mailbox|mail flow|e-?mail|ndr|inbox"),
    (
        "m365",
        r"microsoft 365|office 365|m365|o365|teams|onedrive|sharepoint|entra|azure ad|"
        r"aadsts\d+|licen[cs]e",
    ),
    (
        "networking",
        r"vpn|dns|dhcp|firewall|wi-?fi|wireless|network|router|switch|vlan|subnet|ip address|"
        r"ping|latency|packet loss|internet|ike|error 809",
    ),
    ("printing", r"printers?|printing|print queue|spooler|toner|scan to"),
    ("backup", r"backups?|veeam|restore|snapshot|replication|datto"),
    (
        "virtualization",
        r"vmware|esxi|vcenter|hyper-?v|virtual machine|vm|citrix|vdi|rds host",
    ),
    (
        "security",
        r"mfa|multi-?factor|phishing|malware|ransomware|virus|compromised|suspicious|"
        r"bitlocker|certificate|defender|breach",
    ),
    ("cloud", r"azure|aws|gcp|cloud|s3 bucket|saas"),
    (
        "endpoint",
        r"windows update|intune|driver|blue screen|bsod|install(?:ation)?|software|"
        r"slow (?:pc|computer|laptop)|crash(?:es|ing)?|freez(?:e|es|ing)|boot",
    ),
    (
        "hardware",
        r"laptop|monitor|keyboard|mouse|dock(?:ing)?|disk|ssd|ram|battery|bios|usb|"
        r"hardware|screen|power supply|fan",
    ),
)
_DOMAIN_PATTERNS = tuple(
    (domain, re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])")) for domain, phrases in _DOMAIN_RULES
)

_DOMAIN_WORDS = {
    "active_directory": "active directory",
    "networking": "network",
    "m365": "microsoft 365",
    "email": "email",
    "printing": "printing",
    "backup": "backup",
    "virtualization": "virtualization",
    "security": "security",
    "cloud": "cloud",
    "endpoint": "endpoint",
    "hardware": "hardware",
    "other": "",
}

_STOP_WORDS_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can cannot could did do does doing down during each few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just me more most my no nor not now of off on once only or other our out over own same she
    should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you
    your yours get gets got getting keep keeps kept still since via per
    user users issue issues problem problems error errors unable cant can't doesnt doesn't
    dont don't wont won't isnt isn't working work works anymore again today yesterday
    someone something new one two see says said message shows showing
"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_FILLER_KEYWORDS = ("troubleshooting", "support", "incident", "diagnosis", "helpdesk")
_TITLE_PADDING = ("issue", "troubleshooting", "guide", "steps", "checklist", "flow")


# --- shortening ----------------------------------------------------------------------------


def squash(text: str | None) -> str:
    """Collapse all whitespace (newlines included) into single spaces and trim."""
    return " ".join((text or "").split())


def shorten(text: str | None, limit: int = 60) -> str:
    """One line of at most `limit` characters, cut at a word boundary with an ellipsis."""
    line = squash(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(_TRAILING) + _ELLIPSIS


def as_sentence(text: str) -> str:
    """`text` ending in a full stop (unless it already ends in . ! ? or is empty)."""
    return text if not text or text[-1] in ".!?…" else f"{text}."


REMARK_WORDS = 4  # words of a remark before a question ("Thanks for that.", "Alright, next:")
_QUESTION_END = re.compile(r"\?(?=\s|$)")  # a question mark ending a sentence, not in a link


def the_question(text: str | None) -> str:
    """What a step asks, without the talk around it: remarks of a few words before the
    question ("Thanks for that.", "No rush.", "Alright, next:") and what follows its last
    question mark (the options read out again: "Options: 1) Just one site 2) ..."). A text
    that asks nothing is returned as it is (squashed)."""
    line = squash(text)
    ends = [match.end() for match in _QUESTION_END.finditer(line)]
    if not ends:
        return line
    parts = re.split(r"(?<=[.!:])\s+", line[: ends[-1]])
    while len(parts) > 1 and _remark(parts[0]):
        parts.pop(0)
    return " ".join(parts)


def _remark(part: str) -> bool:
    """Whether a few words before a question are a remark, not the question's own start
    ("What stops you: a password prompt, a warning, or an error?")."""
    words = part.split()
    asking = bool(words) and words[0].lower().strip(",") in _ASKING
    return "?" not in part and len(words) <= REMARK_WORDS and not asking


_ASKING = frozenset({"what", "which", "how", "where", "who", "whose", "when", "why"})


def first_sentence(text: str | None, limit: int = 160) -> str:
    """The first sentence of `text`, shortened, without its final punctuation."""
    line = squash(text)
    match = re.search(r"[.!?](?:\s|$)", line)
    if match:
        line = line[: match.start()]
    return shorten(line, limit).rstrip(_TRAILING)


def _unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, each once."""
    return list(dict.fromkeys(items))


# --- keywords ------------------------------------------------------------------------------


def error_codes(text: str) -> list[str]:
    """Error codes and ids in `text` (hex codes, 'error 809', 'event id 4740', KB numbers...)."""
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    for pattern, template in _CODE_PATTERNS:
        for match in pattern.finditer(lowered):
            found.append((match.start(), template.format(match.group(0), *match.groups())))
    return _unique(code for _, code in sorted(found))


def technologies(text: str) -> list[str]:
    """Technology names from a small vocabulary, in order of first mention."""
    lowered = text.lower()
    found = [(m.start(), name) for name, pat in _TECH_PATTERNS if (m := pat.search(lowered))]
    return _unique(name for _, name in sorted(found))


def informative_words(text: str) -> list[str]:
    """Words worth matching on: lower-case, no stop words, no bare numbers, 3+ characters."""
    words = re.findall(r"[^\W_](?:[\w'.-]*[^\W_])?", text.lower())
    kept = (
        w[:_KEYWORD_CHARS]
        for w in words
        if len(w) >= 3 and w not in _STOP_WORDS and not w.replace(".", "").isdigit()
    )
    return _unique(kept)


def match_keywords(*, summary: str, texts: Iterable[str], domain: str) -> list[str]:
    """5 to 10 keywords: error codes, technologies, then the summary's informative words."""
    others = " \n ".join(texts)
    codes = error_codes(f"{summary}\n{others}")
    techs = technologies(f"{summary}\n{others}")
    named = [*codes[:4], *techs[:4]]
    covered = {word for phrase in named for word in phrase.split()}
    ordered = [
        *named,
        *(w for w in informative_words(summary) if w not in covered),
        *codes[4:],
        *techs[4:],
        *(w for w in informative_words(others) if w not in covered),
    ]
    chosen = _unique(ordered)[:KEYWORDS_MAX]
    fillers = [squash(_DOMAIN_WORDS.get(domain, domain.replace("_", " "))).lower()]
    fillers.extend(_FILLER_KEYWORDS)
    for word in fillers:
        if len(chosen) >= KEYWORDS_MIN:
            break
        if word and word not in chosen:
            chosen.append(word[:_KEYWORD_CHARS])
    return chosen


# --- domain and title ----------------------------------------------------------------------


def guess_domain(summary: str, texts: Iterable[str]) -> str:
    """The known domain the text points to most (summary hits count double), else 'other'."""
    lowered = summary.lower()
    rest = " \n ".join(texts).lower()
    best, best_score = "other", 0
    for domain, pattern in _DOMAIN_PATTERNS:
        score = 2 * len(pattern.findall(lowered)) + len(pattern.findall(rest))
        if score > best_score:
            best, best_score = domain, score
    return best


def make_title(summary: str, domain: str) -> str:
    """A 5-10 word title from the summary, padded with domain words when it is short."""
    words = [w[:_TITLE_WORD_CHARS] for w in squash(summary).split() if _has_word_char(w)]
    words = words[:TITLE_MAX_WORDS]
    if words:
        words[-1] = _strip_tail(words[-1])
    have = {w.lower() for w in words}
    padding = [*_DOMAIN_WORDS.get(domain, domain.replace("_", " ")).split(), *_TITLE_PADDING]
    for word in padding:
        if len(words) >= TITLE_MIN_WORDS:
            break
        if word and word.lower() not in have:
            words.append(word[:_TITLE_WORD_CHARS])
            have.add(word.lower())
    title = " ".join(words)
    first = title[:1].upper()
    return first + title[1:] if len(first) == 1 else title


def _strip_tail(word: str) -> str:
    """Drop trailing characters that are not letters or digits (the word keeps at least one)."""
    end = len(word)
    while end > 1 and not word[end - 1].isalnum():
        end -= 1
    return word[:end]


def _has_word_char(word: str) -> bool:
    """Whether a token holds a letter or digit (a lone dash or emoji is not a word)."""
    return any(ch.isalnum() for ch in word)
