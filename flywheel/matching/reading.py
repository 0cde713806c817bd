"""How strictly a trail is read: against a flow (`FLOW`) or a proposal (`PROPOSAL`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flywheel.matching.costs import EVIDENCE_HALF, FULL_CREDIT, NO_CREDIT


@dataclass(frozen=True)
class Reading:
    """How strictly a trail is read against a tree.

    A flow's nodes are its authors' words, so a step earns full credit only when it says
    much the same (FULL_CREDIT). A proposal's nodes are one session's words: a paraphrase
    meets a paraphrase, which share fewer words for the same question, so credit comes
    earlier; and a proposal's tree starts where its first session started, so a trail may
    begin above its root (`late_start`) without counting for or against it.

    An opening statement is a story (the device, since when, why it is urgent) around the
    answers it gives. Against a flow, whose authors' words cover its problem, the words the
    flow never uses say nothing of which of its questions the statement answered, so they
    are left out of the summary's vector (`opening_in_flow_words`); a step's foreign words,
    by contrast, do mean it is about something else. A proposal knows only one session's
    words, too few to tell a story from an answer, so it reads summaries like steps.

    An answer in the agent's own words names the option whose label shares most of its
    words; against a flow only when both say no or neither does ("No dock" is not "Through
    a docking station", `heeds_no`). A proposal's options are one session's offer, read as
    leniently as its questions: measured, heeding negation there split one problem's
    sessions over more proposals.

    A plain yes/no question answered by typing a reply that begins with yes or no ("no, I
    empty it every week") gave that option, though none was recorded (`trail`'s
    `_typed_yes_or_no`): against a flow the walk follows it (`reads_typed_picks`), where
    before the reply was a remark and the walk free to take either branch. A proposal reads
    it as before: joining and merging by such picks split one problem's sessions over more
    proposals (sealed: scan-to-email in three, not one).

    A session's resolution summary is the engineer's own account of the fix, often in
    words nearer a flow's solution than the agent's ("accept their terms on the sign-in
    page" for "log in to the hotel's Wi-Fi page"), so against a flow the last solution step
    is read with it (`reads_resolution`). A proposal's solutions were drafted from
    resolution summaries too, and read so, sessions of other problems that ended in the
    same words (a restart, a reinstall) joined proposals they did not belong to.

    An answer that names none of a decision's options may still have taken one of its
    branches, offered in the agent's own words ("locks up now and then" for "freezes at
    times"): against a flow, whose options are its authors' words, the walk may follow a
    branch for it when the later steps bear that out (`unnamed_may_follow`). A proposal's
    options are one session's words, and an answer naming none of them is the branch the
    proposal lacks, which merging grafts there.

    An option picked from an offer in the agent's own words may be known by the whole offer
    (`paired_option`: the other offered options are the flow's other options) when no word
    of it names one (`reads_offers`). A proposal's options are one session's offer: the
    pick it lacks is its new branch, not the one left over.

    A session that answered with an option a flow offers but has no branch for may do a few
    steps of its own and then come back to the flow further down, where the lacking branch
    would have led (`may_rejoin`): the new branch is the steps in between. (An answer naming
    none of the options does not leave to come back: it may have taken a branch in words of
    its own, and leaving would be a cheap way round later steps the flow explains less well.)
    A proposal's tree grows by merging whole trails, so against a proposal the walk does
    not come back.

    A flow's structure may explain a step whose words say nothing of its node
    (`places_unworded`): where the session left the flow, the step whose answer names an
    option the flow has no branch for yet is the flow's question when the flow led there
    (the answer names one of the authors' own options); and a step between one fully
    explained by its words, which led to its node, and one whose words speak of the node
    it led on to; and a question asked again, above where the walk has got to, with the
    answer that led there (`_Walk._confirmed`). A proposal's options are one session's
    offer and its structure one session's way through, and its words count as sure at far
    lower similarity: read so, sessions of other problems joined it, so against a proposal
    a step's words must speak of its node.

    An action no node of a flow explains is a step the flow lacks (on the development
    sets, no session walking its whole flow had one). Done while the walk stood at, or had
    just passed, a decision with an option the flow never explored, it is that option's
    missing branch (`action_leaves`, `_left_by_action`): the session took the option in
    words no step recorded, often the opening statement's ("fine in Edge" for "does it
    load in another browser?"), did what the flow lacks, and came back to the flow further
    on. A proposal is one session's steps: an action it lacks is merged in where its path
    left it.
    """

    late_start: bool = False
    opening_in_flow_words: bool = True
    unnamed_may_follow: bool = True
    reads_offers: bool = True
    may_rejoin: bool = True
    places_unworded: bool = True
    action_leaves: bool = True
    heeds_no: bool = True
    reads_typed_picks: bool = True
    reads_resolution: bool = True
    no_credit: float = NO_CREDIT
    full_credit: float = FULL_CREDIT
    evidence_half: float = EVIDENCE_HALF

    def credit(self, sim: float) -> float:
        """How much a step at this similarity to its node counts as explained, 0..1."""
        return min(1.0, max(0.0, (sim - self.no_credit) / (self.full_credit - self.no_credit)))

    def sure(self, sims: Sequence[float]) -> list[bool]:
        """For each similarity, whether it earns full credit (`credit(sim) >= 1`, in one pass:
        the walk asks it of every node a step may be about)."""
        low, span = self.no_credit, self.full_credit - self.no_credit
        return [(sim - low) / span >= 1.0 for sim in sims]


FLOW = Reading()
PROPOSAL = Reading(
    late_start=True,
    opening_in_flow_words=False,
    unnamed_may_follow=False,
    reads_offers=False,
    may_rejoin=False,
    places_unworded=False,
    action_leaves=False,
    heeds_no=False,
    reads_typed_picks=False,
    reads_resolution=False,
    no_credit=0.05,
    full_credit=0.2,
    evidence_half=0.3,
)
