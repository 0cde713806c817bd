"""Write the volunteers set: flows.json, sessions.json and labels.json.

    python -m bench.volunteers.build           # (re)write the three files
    python -m bench.volunteers.build --check   # exit 1 if the files are not what this writes
    python -m bench.volunteers.build --stats   # print the set's statistics

The unseen set's flows, words, personas and habits (`bench.unseen`), another seed and id
prefix, and one habit more: a user answers a question and adds, unasked, the answer to the
next one ("Asks for an admin password. And before you ask, I've already looked in Company
Portal and it's not there"); the agent does not ask that question. The words users say it
in (`TOLD`, per option) are this set's own. Made to develop against that habit without
reading the sealed set, which has it too.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from bench import evalset
from bench.evalset.spec import Decision, Flow
from bench.unseen import build as unseen
from bench.unseen import content as unseen_content

# (flow, decision, option key): how a user volunteers that answer before it is asked
TOLD: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("un-phishing-report", "others_got_it", "yes"): (
        "half the office got the same one",
        "my colleagues have it too",
    ),
    ("un-phishing-report", "others_got_it", "no"): (
        "nobody else seems to have it",
        "as far as I know it's only me",
    ),
    ("un-phishing-report", "creds_entered", "password"): ("I put my password in on that page",),
    ("un-phishing-report", "creds_entered", "nothing"): ("I closed it without typing anything",),
    ("un-phishing-report", "download_started", "no"): ("nothing downloaded or popped up",),
    ("un-phishing-report", "macros_enabled", "yes"): ("I clicked the enable button at the top",),
    ("un-phishing-report", "macros_enabled", "no"): ("I didn't enable anything in it",),
    ("un-install-blocked", "in_portal", "no"): (
        "I've already looked in Company Portal and it's not there",
        "it isn't in the Company Portal",
    ),
    ("un-install-blocked", "in_portal", "yes"): ("I can see it in Company Portal",),
    ("un-install-blocked", "source_trusted", "vendor"): ("I downloaded it from the maker's site",),
    ("un-install-blocked", "source_trusted", "other"): ("someone emailed me the installer",),
    ("un-install-blocked", "business_need", "yes"): ("my manager has signed it off",),
    ("un-site-unreachable", "other_browser", "yes"): ("it works fine in Edge",),
    ("un-site-unreachable", "other_browser", "no"): ("Edge won't open it either",),
    ("un-site-unreachable", "other_people", "yes"): ("my colleague can open it",),
    ("un-site-unreachable", "other_people", "no"): ("it's the same for the person next to me",),
    ("un-site-unreachable", "clock_right", "yes"): ("the clock on my laptop is right",),
    ("un-site-unreachable", "vpn_connected", "yes"): ("the VPN is on",),
    ("un-remote-desktop", "vpn_up", "yes"): ("I'm already on the VPN",),
    ("un-remote-desktop", "vpn_up", "no"): ("I haven't started the VPN",),
    ("un-remote-desktop", "client_app", "yes"): ("I've got the Remote Desktop app installed",),
    ("un-remote-desktop", "pc_awake", "yes"): ("my office PC is definitely on",),
    ("un-remote-desktop", "password_recent", "yes"): ("I changed my password on Monday",),
    ("un-remote-desktop", "password_recent", "no"): ("my password hasn't changed",),
    ("un-mobile-mail", "app_used", "outlook"): ("I'm using the Outlook app",),
    ("un-mobile-mail", "app_used", "builtin"): ("I'm using the mail app that came on the phone",),
    ("un-mobile-mail", "portal_installed", "yes"): ("Company Portal is installed and signed in",),
    ("un-mobile-mail", "portal_installed", "no"): ("I don't have Company Portal on it",),
    ("un-office-activation", "signed_in_account", "personal"): (
        "it shows my personal Microsoft account",
    ),
    ("un-office-activation", "signed_in_account", "work"): ("it shows my work email",),
    ("un-office-activation", "shared_pc", "yes"): ("a few of us share this PC",),
    ("un-office-activation", "sub_owner", "company"): ("it's the Office work gave me",),
}

VOLUNTEER_ANSWERS = (
    "{a}. And before you ask, {b}",
    "{a} - oh, and {b}",
    "{a}. Also, {b}",
    "{a}. In case it helps, {b}",
)


def _told(flow: Flow) -> Flow:
    """The flow with `TOLD` on its options."""
    nodes = []
    for node in flow.nodes:
        if isinstance(node, Decision):
            options = tuple(
                replace(o, told=TOLD.get((flow.id, node.id, o.key), o.told)) for o in node.options
            )
            node = replace(node, options=options)
        nodes.append(node)
    return replace(flow, nodes=tuple(nodes))


CONTENT = SimpleNamespace(
    **{name: getattr(unseen_content, name) for name in dir(unseen_content) if name.isupper()}
)
CONTENT.FLOWS = tuple(_told(flow) for flow in unseen_content.FLOWS)

PHRASES = replace(unseen.HABITS.phrases, volunteer_answers=VOLUNTEER_ANSWERS)

SET = evalset.redrawn(
    unseen.SET,
    __file__,
    seed=6_4417,
    prefix="VO",
    content=CONTENT,
    habits=replace(unseen.HABITS, volunteer=0.5, phrases=PHRASES),
)


def main(argv: list[str] | None = None) -> int:
    return evalset.main(SET, argv, description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
