"""Matching a session to a flow: candidate retrieval, then conformance alignment.

Retrieval ranks the account's flows by the TF-IDF cosine of the session's words (problem
summary and trail) with each flow's words (name, description and keywords twice, node
texts), with a small bonus for the session's domain; the best few are aligned.

Alignment walks a tree along the diagnostic trail with a Viterbi search over (step, node)
states, so the best explanation of the whole trail wins, in order:

- a step *answers* a decision node when its answer (option id or label, or typed words
  equal to a label) is one of the node's options, and the walk follows that branch; an
  answer the node has no branch for (an unexplored option) leaves the flow there. An
  answer that names no option at all leaves there too, or, against a flow, takes one of
  the node's branches at a small cost, whichever the later steps bear out (an agent offers
  the options in words of its own). A step surely about the node cannot be waved off;
- an action or solution step *does* an action node or *states* a solution node;
- a step without an answer (a clarification, a question typed back, a remark) *stays* at
  the node it is about, cheaply even when its words say little, and counts neither way;
- the walk may *skip* nodes without a step (the engineer knew the answer) at a cost; before
  the first step the cost falls the more the problem summary says of the node (the opening
  statement answered it): those are the opening nodes. The summary is read in the flow's
  own words, its story around the answers left out (see `Reading`). A decision whose every
  option is explored and that an answer's typed words surely spoke of, beyond what that
  step asked ("and I'm already on the VPN"), costs as little to pass later. The opening
  statement may also answer a node it surely speaks of onto a missing branch, leaving the
  flow right away: a session whose first steps lie past a branch the flow lacks diverges at
  that node; or, when no step asks that node, later, once steps have walked down to it (the
  agent asked the questions above it, then went on past the answer the user had given), at
  a cost the steps explained before must outweigh (`LATE_OFF`);
- a step no node explains is *unexplained*; when the rest of the trail is foreign the walk
  *leaves the flow* after the last node it explained.

A step is compared with a node by its question and the options it offered, read as two
halves of one text against the node's question and options (`PreparedFlow.asked`): a
reworded question is still known by options only its node offers, a like question offering
other options is doubted, and a plain yes/no says nothing either way. An answer names an
option by id, by value (the id without its node's id in front) or by label. Against a
flow, the last solution step is read together with the session's resolution summary.

Each mapped step earns a credit (0..1) from the similarity of its words to its node (the
best of the steps at that node: a question asked in one step and answered in the next is
asked; a remark at a decision the walk then passes without another step was its answer,
typed but not recorded, and counts when its words speak of the node). The fitness is the
mean credit of the trail's counted steps (answers, actions, solutions; clarifications are
neutral): the share of the trail the flow's words explain in order. The match score is the
mean credit before the session left the flow, times e/(e + 1/2) for e the credit summed
there: a flow followed for a while and then left still matches (for an enhancement), and
one strong step alone gives at most 2/3. Steps after a session came back to the flow from a
branch of its own count in both when two or more of them are explained, and no fewer than
the steps it spent away: a session of the flow's own missing branch walks back onto it,
while one step a foreign flow happens to share, or a common ending ("reinstall the driver")
after a long way elsewhere, says nothing. Among candidate flows the one with the higher
fitness wins (then, for fitnesses within a hundredth, the score): a flow that explains a
third of the trail well never beats one that explains two thirds.

The score also credits what the walk's structure confirms (`_confirmed`), because agents
word questions and fixes unlike the flow: a step whose words say something of its node
and that went on from it a known way (an action done, an answer naming a branch) is
explained as well as any later step at a node reached from there only that way; where
the session left on an option the flow has but never explored, reached the way the step
before went on, the step is explained as well as that one; and a decision whose answer
the opening statement surely told counts as explained. Structure does not choose the flow:
a yes/no answer fits any yes/no node, so rival flows are told apart by words alone.

Proposals are read more leniently (`PROPOSAL`): their nodes are one session's words, and
their tree starts where their first session started, so a trail may begin above its root.

Flows are prepared once (words, vectors, branches) and cached by a key the caller gives
(id, version, creation time), and a library of them once per set of keys, so a batch pays
for a flow's text once; aligning is linear in trail length x tree size, with a beam. A
trail's words are counted once for all the flows it is aligned to, a text's similarities
to a keyed flow's nodes are remembered (its own questions recur in every session that
follows it), and a rival flow whose best possible fitness cannot reach the best one's so
far is not searched at all (`fitness_bound`): none of this changes a result.
"""

# The package's modules import each other's names that start with an underscore: they
# are private to the package, not to one module. Outside it, use the names below.

from flywheel.matching.alignment import Alignment
from flywheel.matching.costs import NONE, OFFER_CREDIT
from flywheel.matching.credit import match_score
from flywheel.matching.flows import (
    PHRASINGS,
    PreparedFlow,
    node_text,
    phrasings,
    prepare_flow,
    prepared,
    what_aligning_reads,
)
from flywheel.matching.options import MAX_OFFER, choose_option, paired_option
from flywheel.matching.reading import FLOW, PROPOSAL, Reading
from flywheel.matching.retrieval import (
    CONCLUSIVE_SCORE,
    Candidate,
    Library,
    align,
    align_prepared,
    fitness_bound,
    library,
)
from flywheel.matching.trail import (
    Trail,
    TrailStep,
    question_trail,
    read_trail,
    taken_back,
    trail_step,
)
from flywheel.matching.words import (
    content_words,
    cosine,
    idf_weights,
    label_words,
    normalized,
    stem,
    tfidf,
    weighted,
)

__all__ = [
    "Alignment",
    "CONCLUSIVE_SCORE",
    "Candidate",
    "FLOW",
    "Library",
    "MAX_OFFER",
    "NONE",
    "OFFER_CREDIT",
    "PHRASINGS",
    "PROPOSAL",
    "PreparedFlow",
    "Reading",
    "Trail",
    "TrailStep",
    "align",
    "align_prepared",
    "choose_option",
    "content_words",
    "cosine",
    "fitness_bound",
    "idf_weights",
    "label_words",
    "library",
    "match_score",
    "node_text",
    "normalized",
    "paired_option",
    "phrasings",
    "what_aligning_reads",
    "prepare_flow",
    "prepared",
    "question_trail",
    "read_trail",
    "stem",
    "taken_back",
    "tfidf",
    "trail_step",
    "weighted",
]
