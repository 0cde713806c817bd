"""Two Outlook flows about other people's mailboxes: a shared (team) mailbox that is missing
or will not send, and calendars (a colleague's, a manager's as delegate, meeting rooms).

Both are about permissions on someone else's mailbox, owners who approve, delegates, Outlook
on the web and Outlook profiles, so they share many words and must be told apart. Written by
hand from general helpdesk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "messaging")

# --- shared mailbox ------------------------------------------------------------------------

SHARED = Flow(
    id="se-shared-mailbox",
    name="Shared mailbox missing in Outlook or cannot send from it",
    description=(
        "A team (shared) mailbox does not show in the user's Outlook, will not let them send "
        "as it, or behaves as read-only, or messages sent from it are kept in the user's own "
        "Sent Items. Covers access requests, permissions, auto-mapping and the From field."
    ),
    domain="email",
    keywords=(
        "shared mailbox", "team mailbox", "send as", "send on behalf", "full access",
        "mailbox permissions", "Outlook", "From field",
    ),
    teams=TEAMS,
    summaries=(
        "Problem with the shared mailbox",
        "Team inbox not working properly",
        "Issue with our group email address in Outlook",
        "shared mailbox issue",
        "Can't use the team mailbox",
        "Something's wrong with the accounts@ mailbox for me",
    ),
    openers=(
        Opener((("root", "missing"),), (
            "The shared mailbox has disappeared from my Outlook",
            "I can't see the team mailbox in Outlook any more",
        )),
        Opener((("root", "send"),), (
            "I can't send emails from our team mailbox",
            "Sending as the team mailbox doesn't work for me",
        )),
        Opener((("root", "sent"),), (
            "When I send from the shared mailbox the emails go into my own Sent Items",
        )),
        Opener((("root", "missing"), ("granted", "yes")), (
            "I was given access to the accounts mailbox but it doesn't show up in Outlook",
        )),
        Opener((("root", "items"),), (
            "I can see the team mailbox but can't open any of its folders",
        )),
    ),
    hints=(
        Opener((("from_field", "nofrom"),), (
            "I need to send as the team address but there's no From box on my emails",
        )),
        Opener((("how_long", "no"),), (
            "I've had the support mailbox for months and now it's gone from Outlook",
        )),
        Opener((("web_check", "yes"),), (
            "The shared mailbox opens fine in the browser, just not in Outlook",
        )),
        Opener((("send_perm", "no"),), (
            "I was only given read access to the team mailbox and now I need to send from it",
        )),
        Opener((("granted", "no"),), (
            "I need the team mailbox in my Outlook but nobody ever set me up with access",
        )),
    ),
    nodes=(
        Decision(
            "root", "Shared mailbox symptom",
            "What is going wrong with the shared mailbox for this user?",
            (
                opt("missing", "It does not appear in Outlook", "granted",
                    ("Not showing in Outlook", "Mailbox missing", "Can't see it"),
                    "it's just not in my outlook",
                    "the team inbox isn't in my folder list",
                    "I can't see the shared mailbox at all",
                    "there's no sign of it on the left side"),
                opt("send", "Cannot send from it", "send_perm",
                    ("Can't send as it", "Sending fails", "Bounces when sending"),
                    "when I send from it I get a bounce",
                    "it won't let me send as the team address",
                    "I get an error saying I don't have permission to send",
                    "emails from it come back undelivered"),
                opt("items", "Visible but folders will not open or change", "perm_level",
                    ("Can't open folders", "Read-only", "Can't move or delete"),
                    "I can see it but clicking folders gives an error",
                    "I can't delete anything in there",
                    "it says I don't have permission to open the folder",
                    "it's like read only"),
                opt("sent", "Sent mail lands in own Sent Items", "sent_setting",
                    ("Sent items go to mine", "Sent copies in the wrong place"),
                    "emails I send from it end up in my own sent items",
                    "the team can't see what I've sent, it's in my sent folder",
                    "my replies go in my personal sent items instead of the shared one"),
            ),
            (
                "What's happening with the shared mailbox: missing, won't send, or something "
                "else?",
                "Tell me what goes wrong when you try to use the team mailbox.",
                "Which bit isn't working with the shared inbox?",
                "What exactly happens with the shared mailbox in Outlook?",
            ),
            (
                ("shared mailbox? you mean the team email?",
                 "Yes: an address the whole team uses, like accounts@ or support@, that shows "
                 "up under your own mailbox in Outlook."),
            ),
        ),
        Decision(
            "granted", "Access approved",
            "Has access to this shared mailbox been requested and approved for the user?",
            (
                told(yes("how_long",
                         "yes my manager requested it",
                         "I was told it's been approved",
                         "yes, I've had access before",
                         "yes, the owner okayed it"),
                     "my manager already got me access approved",
                     "access was approved by the owner"),
                told(no("sol_request_access",
                        "no I've never had it",
                        "nobody has requested it, I thought I'd just have it",
                        "not that I know of",
                        "no, I'm new to the team"),
                     "nobody has asked for access for me yet",
                     "I don't think anyone requested access for me"),
            ),
            (
                "Has someone requested access to that mailbox for you, and was it approved?",
                "Did your manager or the mailbox owner ask for you to be added to it?",
                "Were you given access to it, has that been approved?",
            ),
            (
                ("who approves it?",
                 "Each shared mailbox has an owner, usually a team lead; they approve who can "
                 "use it."),
            ),
        ),
        Decision(
            "how_long", "Recently granted",
            "Was the user's access to the mailbox granted within the last two hours?",
            (
                told(yes("sol_wait",
                         "yes, about an hour ago",
                         "this morning, not long ago",
                         "just now, the email said access granted"),
                     "I was only added to it an hour ago",
                     "the access came through just now"),
                told(no("web_check",
                        "no, last week",
                        "it's been days",
                        "I've had it for months, it just vanished"),
                     "I've had access for ages, it's only just gone",
                     "I was added weeks ago"),
            ),
            (
                "Was the access given today, in the last couple of hours?",
                "Did the access only come through recently, like in the past hour or two?",
                "Were you only added in the last hour or two?",
            ),
        ),
        Decision(
            "web_check", "Outlook on the web",
            "Can the user open the shared mailbox in Outlook on the web?",
            (
                yes("add_manually",
                    "yes it opens there fine",
                    "in the browser it works",
                    "yep, all the emails are there"),
                no("regrant",
                   "no, it says I don't have access",
                   "it won't open there either",
                   "error in the browser too"),
            ),
            (
                "Could you go to Outlook in the browser, click your picture, choose 'Open "
                "another mailbox' and type the team address: does it open?",
                "If you try it in Outlook on the web, does the mailbox open there?",
                "Does it open when you use Outlook in a web browser?",
            ),
            (
                ("how do I do that?",
                 "Go to Outlook in your browser, click your initials in the top right, choose "
                 "Open another mailbox and type the shared mailbox's name."),
            ),
        ),
        Action(
            "add_manually", "Add the mailbox to Outlook by hand",
            "Classic Outlook: File > Account Settings > Change > More Settings > Advanced > "
            "Add the shared mailbox. New Outlook: right-click 'Shared with me' > Add shared "
            "folder or mailbox. Restart Outlook.",
            "fixed",
            (
                "Your access is fine, Outlook just hasn't picked it up. I'll add the mailbox to "
                "your Outlook by hand and restart it.",
                "Let's add it manually: File, Account Settings, More Settings, Advanced, then "
                "Add and type the mailbox name.",
            ),
            (
                "Added the shared mailbox manually; restarted Outlook",
                "Mailbox added under Shared with me",
            ),
        ),
        Action(
            "regrant", "Remove and re-add the permission",
            "Remove the user's Full Access (and Send As, if used) on the shared mailbox, wait "
            "a few minutes, then add it again with auto-mapping on.",
            "fixed",
            (
                "I'll take your permission off the mailbox and put it back; that often kicks "
                "Outlook into showing it. It can take a little while to apply.",
                "Let me re-apply your access to the mailbox from the admin side.",
            ),
            (
                "Full Access removed and re-added with auto-mapping",
                "Permissions re-applied; Outlook restarted after 20 minutes",
            ),
            fails=("Permission re-applied but nothing changed after an hour",),
            fails_then="no",
        ),
        Decision(
            "send_perm", "Send rights",
            "Does the user have Send As or Send on Behalf rights on the shared mailbox?",
            (
                told(yes("from_field",
                         "yes, send as was set up with the access",
                         "I think so, I used to be able to send",
                         "admin centre shows send as for them"),
                     "I do have send as rights on it, I've used them before",
                     "I'm sure I was given rights to send from it"),
                no("sol_request_access",
                   "no, only full access",
                   "I was only given read access I think",
                   "no send rights listed"),
            ),
            (
                "Were you given the right to send as the team mailbox as well as read it?",
                "I'm checking your send permissions on that mailbox now. Were you set up to "
                "send from it?",
                "Do you have permission to send from the shared address?",
            ),
            (
                ("isn't that the same as access?",
                 "Not quite: reading a mailbox and sending as it are separate permissions, and "
                 "people are sometimes given only the first."),
            ),
        ),
        Decision(
            "from_field", "Choosing the sender",
            "How did the user put the shared address in the From field?",
            (
                opt("typed", "Typed it (autocomplete)", "clear_cache",
                    ("Typed it in", "Autocomplete suggestion"),
                    "I typed it and picked the suggestion",
                    "I just typed support@ in the from box",
                    "typed it, it filled in by itself"),
                opt("picked", "Picked from the address list", "granted_today",
                    ("From the address book", "Chose it from the list"),
                    "I clicked From and chose it from the address list",
                    "picked it from the global list",
                    "from the directory"),
                opt("nofrom", "There is no From field", "show_from",
                    ("No From field", "Can't find From"),
                    "I don't have a from box",
                    "where's the From? I don't see it",
                    "there is no from line on my email"),
            ),
            (
                "When you write an email from the team mailbox, how do you choose it as the "
                "sender?",
                "How are you selecting the shared address as the sender?",
                "How does the shared address get into the From line of your email?",
            ),
        ),
        Action(
            "clear_cache", "Clear the stale autocomplete entry",
            "Delete the cached autocomplete suggestion for the shared address (the X next to "
            "it), then choose the mailbox from the global address list in From.",
            "fixed",
            (
                "The suggestion Outlook remembers can be out of date. Start typing the address "
                "in From, click the little X next to the suggestion, then choose the mailbox "
                "from the address book instead.",
                "Let's clear Outlook's remembered entry for that address and pick it fresh from "
                "the directory.",
            ),
            (
                "Autocomplete entry removed; picked from the address list",
                "Stale nickname deleted; test email sent",
            ),
            fails=("Cleared autocomplete, still bounces with no permission",),
            fails_then="no",
        ),
        Action(
            "show_from", "Show the From field",
            "In a new message: Options > Show From (classic Outlook) or the ... menu > Show "
            "From (new Outlook), then pick the shared mailbox.",
            "fixed",
            (
                "The From box is hidden by default. In a new email, go to Options and click "
                "From, then choose the team mailbox.",
                "Let's switch on the From field: new message, Options, From. It stays on after "
                "that.",
            ),
            (
                "From field enabled; shared mailbox selected",
                "Showed the user how to turn on From",
            ),
        ),
        Decision(
            "granted_today", "Send rights added today",
            "Were the send rights added to the user today?",
            (
                yes("sol_wait",
                    "yes, this morning",
                    "they were added an hour ago",
                    "today, yes"),
                no("regrant",
                   "no, ages ago",
                   "I've had them for a long time",
                   "no, last month"),
            ),
            (
                "Were your send rights only set up today?",
                "Did you get permission to send from it just recently?",
                "Is the send permission something you got today?",
            ),
        ),
        Decision(
            "perm_level", "Permission held",
            "What permission does the user hold on the shared mailbox, according to the admin "
            "center?",
            (
                opt("full", "Full Access", "regrant",
                    ("Full Access", "Full mailbox rights"),
                    "full access is there",
                    "they have full access on it",
                    "admin centre says full access"),
                opt("folder", "Only folder-level permissions", "sol_request_access",
                    ("Folder permissions only", "Reviewer on some folders"),
                    "they only have reviewer on the inbox folder",
                    "just folder permissions, nothing on the mailbox",
                    "only some folders shared with them"),
                opt("none", "No permission listed", "sol_request_access",
                    ("Nothing listed", "No access at all"),
                    "nothing listed for them at all",
                    "they're not on any permission list",
                    "no rights whatsoever"),
            ),
            (
                "I'm looking at the mailbox permissions now: what access does the user have, "
                "Full Access, only folders, or nothing?",
                "Checking your rights on the mailbox. Which permission is set for you?",
                "What does the admin center list for this user on the mailbox?",
            ),
        ),
        Action(
            "sent_setting", "Keep sent items in the shared mailbox",
            "Turn on the mailbox settings that save a copy of messages sent as, or on behalf "
            "of, the shared mailbox into its own Sent Items.",
            "sol_sent_copy",
            (
                "That's a setting on the shared mailbox. I'll switch it on so anything sent "
                "from it also goes into its Sent Items.",
                "I'm turning on 'keep a copy of sent items' for the team mailbox.",
            ),
            (
                "Copy of sent items enabled for Send As and Send on Behalf",
                "Sent items setting switched on for the mailbox",
            ),
        ),
        Decision(
            "fixed", "Working now",
            "Is the shared mailbox working as expected for the user now?",
            (
                yes("sol_fixed",
                    "yes it's there now",
                    "all working, thanks",
                    "yep, sent one fine"),
                no("new_profile",
                   "no, still the same",
                   "still not right",
                   "nope"),
            ),
            (
                "How is it now: does the mailbox behave?",
                "Can you try again: is it working?",
                "Is everything OK with the team mailbox now?",
            ),
        ),
        Action(
            "new_profile", "Create a new Outlook profile",
            "Create a fresh Outlook profile (Control Panel > Mail > Show Profiles > Add), set "
            "it as default and start Outlook with it.",
            "after_profile",
            (
                "Your Outlook profile may be damaged. I'll set up a fresh one; your mail is all "
                "on the server, so nothing is lost.",
                "Let's build a new Outlook profile and see if it behaves with that.",
            ),
            (
                "New profile created and set as default",
                "Fresh profile built; mailbox re-synced",
            ),
            fails=("New profile created; Outlook still won't load the shared mailbox",),
            fails_then="no",
        ),
        Decision(
            "after_profile", "After new profile",
            "Is the shared mailbox working with the new Outlook profile?",
            (
                yes("sol_profile",
                    "yes, it's all there now",
                    "works with the new one",
                    "yep"),
                no("sol_escalate_mail",
                   "no, same problem",
                   "still broken",
                   "no change"),
            ),
            (
                "With the new profile, does the mailbox work?",
                "Now that Outlook has rebuilt itself, is the team mailbox OK?",
                "Any better with the fresh profile?",
            ),
        ),
        Solution(
            "sol_wait", "Permissions still applying",
            "Mailbox permissions can take up to an hour or two to apply. Close and reopen "
            "Outlook later; nothing else to change.",
            (
                "The permission is there, it just takes up to a couple of hours to reach "
                "Outlook. Restart Outlook later this afternoon and it'll appear.",
                "It's only just been set, so give it an hour or so and reopen Outlook.",
            ),
        ),
        Solution(
            "sol_request_access", "Access needs the owner's approval",
            "The user has no (or not enough) rights on the mailbox. Raised an access request "
            "for the mailbox owner to approve; the permission is added once approved.",
            (
                "You haven't been given the right access yet. I've raised a request with the "
                "mailbox owner; once they approve, we'll add it.",
                "Access to that mailbox needs the owner's approval. The request is in and you "
                "will get an email when it's done.",
            ),
        ),
        Solution(
            "sol_sent_copy", "Sent copies saved in the shared mailbox",
            "Messages sent from the shared mailbox now also go to its own Sent Items, so the "
            "team can see them.",
            (
                "Done: from now on anything you send from the team mailbox is kept in its own "
                "Sent Items as well.",
                "The shared mailbox now keeps its own copy of sent mail.",
            ),
        ),
        Solution(
            "sol_fixed", "Shared mailbox working",
            "After the change the shared mailbox appears and works in Outlook.",
            (
                "Great, the shared mailbox is working for you again.",
                "All sorted, the team mailbox is back to normal.",
            ),
        ),
        Solution(
            "sol_profile", "Damaged Outlook profile replaced",
            "The old Outlook profile was damaged; a new profile fixed the shared mailbox.",
            (
                "The old Outlook profile was corrupt. The new one works, and the shared mailbox "
                "is back.",
                "The fresh profile sorted it out.",
            ),
        ),
        Solution(
            "sol_escalate_mail", "Escalate to the messaging team",
            "Not fixed at the desk; escalated to the messaging team with the mailbox, the user "
            "and the steps tried.",
            (
                "I'm passing this to the messaging team with everything we've tried. They'll "
                "contact you.",
                "This one needs the email admins. I've escalated it.",
            ),
        ),
    ),
)

# --- calendars and rooms -------------------------------------------------------------------

CALENDAR = Flow(
    id="se-calendar-rooms",
    name="Calendar sharing, delegate access or meeting room booking",
    description=(
        "A user cannot see or edit a colleague's calendar, cannot manage a manager's calendar "
        "as a delegate, or cannot book a meeting room (declined, not listed, no reply, double "
        "booked)."
    ),
    domain="email",
    keywords=(
        "calendar", "shared calendar", "delegate", "meeting room", "room booking",
        "free/busy", "declined", "room finder",
    ),
    teams=TEAMS,
    summaries=(
        "Calendar problem in Outlook",
        "Having trouble with calendars",
        "Outlook calendar isn't doing what I need",
        "calendar issue",
        "Need help with a calendar in Outlook",
        "Problem with meetings and calendars",
    ),
    openers=(
        Opener((("root", "room"),), (
            "I can't book the meeting room for Thursday",
            "Room booking isn't working for me",
        )),
        Opener((("root", "colleague"),), (
            "I can't see my colleague's calendar in Outlook",
        )),
        Opener((("root", "delegate"),), (
            "I look after my manager's calendar and it's stopped working",
            "As my director's PA I can't manage her diary any more",
        )),
        Opener((("root", "room"), ("room_issue", "declined")), (
            "The meeting room keeps declining my booking",
            "Every time I book the boardroom I get an automatic decline",
        )),
        Opener((("root", "colleague"), ("what_see", "busy")), (
            "I can only see 'busy' on my teammate's calendar, no details",
        )),
    ),
    hints=(
        Opener((("decline_reason", "restricted"),), (
            "The boardroom says only certain people can book it",
        )),
        Opener((("shared_with", "yes"),), (
            "My colleague shared her calendar with me but I still can't open it",
        )),
        Opener((("external_person", "yes"),), (
            "I want to see the calendar of someone at our partner company",
        )),
        Opener((("delegate_set", "no"),), (
            "I've just started as my manager's assistant and need to manage her calendar",
        )),
        Opener((("room_issue", "missing"),), (
            "Our new meeting room doesn't show up when I try to book it",
        )),
        Opener((("what_see", "notfound"),), (
            "I can't find my colleague when I try to add her calendar",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which calendar problem",
            "Is the issue with another person's calendar, with acting as a delegate, or with "
            "booking a meeting room?",
            (
                opt("colleague", "A colleague's calendar", "what_see",
                    ("A colleague's calendar", "Someone else's calendar"),
                    "I can't open my colleague's calendar",
                    "it's about seeing my teammate's calendar",
                    "my coworker's diary, I can't see it"),
                opt("delegate", "Managing someone's calendar as delegate", "delegate_set",
                    ("My manager's calendar", "Delegate access", "A diary I manage"),
                    "I manage my boss's calendar and it's gone wrong",
                    "I'm a PA, it's my director's diary",
                    "I book meetings for my manager"),
                opt("room", "Booking a meeting room", "room_issue",
                    ("Meeting room", "Room booking", "Booking a room"),
                    "it's the meeting rooms",
                    "I'm trying to book a room",
                    "room booking"),
            ),
            (
                "Is this about seeing someone else's calendar, looking after a manager's "
                "diary, or booking a room?",
                "Which calendar problem is it: a colleague's calendar, a calendar you manage "
                "for someone, or a meeting room?",
                "What are you trying to do: see a colleague's calendar, manage your manager's, "
                "or book a room?",
            ),
            (
                ("what do you mean by delegate?",
                 "A delegate is someone, often a PA, who manages another person's calendar and "
                 "meeting invites for them."),
            ),
        ),
        Decision(
            "what_see", "What the user sees",
            "What does the user see when they try to open the colleague's calendar?",
            (
                opt("denied", "A permission error", "shared_with",
                    ("Permission error", "Can't open it", "Access denied"),
                    "it says I don't have permission",
                    "an error pops up saying it can't open",
                    "'you don't have permission to view this calendar'"),
                opt("busy", "Only free/busy blocks", "ask_share",
                    ("Only 'Busy'", "Just free/busy", "No details"),
                    "just grey blocks saying busy",
                    "I can see when they're busy but not what the meetings are",
                    "only busy, no subjects"),
                opt("notfound", "Cannot find the person to add", "external_person",
                    ("Can't find them", "Not in the list"),
                    "their name doesn't come up when I search",
                    "I can't find them to add",
                    "they're not in the list"),
            ),
            (
                "What happens when you try to open their calendar?",
                "When you add their calendar, what do you get?",
                "What do you see on their calendar: an error, just busy blocks, or can't you "
                "find them?",
            ),
        ),
        Decision(
            "shared_with", "Shared by the owner",
            "Has the colleague shared their calendar with the user from their own Outlook?",
            (
                told(yes("accept_invite",
                         "yes she sent me a sharing invite",
                         "he says he shared it",
                         "I got an email saying it was shared"),
                     "she already sent me a sharing invite",
                     "he told me he's shared it with me"),
                told(no("ask_share",
                        "no, I don't think so",
                        "not that I know of",
                        "I didn't ask them to"),
                     "they haven't shared it with me yet",
                     "I never asked them to share it"),
            ),
            (
                "Has your colleague shared their calendar with you, did you get an invitation "
                "email?",
                "Did they give you access from their side in Outlook?",
                "Have they sent you a calendar sharing invite?",
            ),
            (
                ("can't you just give me access?",
                 "The calendar's owner decides who sees it, so it has to come from them; I can "
                 "walk them through it."),
            ),
        ),
        Action(
            "accept_invite", "Accept the sharing invitation",
            "Open the sharing invitation email and click Accept (or Add this calendar); remove "
            "the old entry from the calendar list first if one is already there.",
            "works_now",
            (
                "Find the sharing email from your colleague and click Accept. If their calendar "
                "is already in your list, remove it first so it doesn't use the old link.",
                "Let's remove the old copy of their calendar and accept the invite again.",
            ),
            (
                "Old calendar entry removed; invitation accepted",
                "Invite accepted, calendar added to My Calendars",
            ),
            fails=("The invitation link says it is no longer valid",),
            fails_then="no",
        ),
        Action(
            "ask_share", "Have the owner share with full details",
            "The calendar owner opens Calendar > Share (or Sharing permissions), adds the user "
            "with 'Can view all details' (or 'Can edit' if needed) and sends the invitation; "
            "the user accepts.",
            "works_now",
            (
                "Your colleague needs to share it with full details. I'll message them the "
                "steps: Calendar, Share, add you, choose 'Can view all details'.",
                "Could you ask them to share the calendar with you and pick 'all details'? "
                "Once the invite arrives, accept it.",
            ),
            (
                "Owner shared with 'Can view all details'; user accepted",
                "Colleague changed the permission from free/busy to full details",
            ),
        ),
        Decision(
            "external_person", "Outside the company",
            "Does the colleague work for a different organisation?",
            (
                yes("sol_external",
                    "yes, they're at our partner company",
                    "she's with a client",
                    "yes, different firm"),
                no("add_from_directory",
                   "no, they're in the same company",
                   "no, just another department",
                   "same company, other office"),
            ),
            (
                "Is this person at another organisation?",
                "Does your colleague work for another company?",
                "Are they outside our organisation?",
            ),
        ),
        Action(
            "add_from_directory", "Add the calendar from the directory",
            "Calendar > Add calendar > From directory (or From address book); search by "
            "surname and add.",
            "works_now",
            (
                "Let's add it from the company directory instead: in Calendar, click Add "
                "calendar, From directory, then search their surname.",
                "Try searching the address book by surname rather than first name: Add "
                "calendar, From address book.",
            ),
            (
                "Found by surname in the directory; calendar added",
                "Added from the address book",
            ),
        ),
        Decision(
            "delegate_set", "Delegate already set up",
            "Is the user already set up as a delegate on the manager's mailbox?",
            (
                yes("invites_q",
                    "yes, I've been her delegate for years",
                    "yes it's all set up",
                    "I think so, I could do it before"),
                no("add_delegate",
                   "no, I'm new in this role",
                   "not yet",
                   "no, I've just started covering for him"),
            ),
            (
                "Are you already set up as your manager's delegate in Outlook?",
                "Has your manager added you as a delegate before?",
                "Is the delegate access already in place?",
            ),
        ),
        Decision(
            "invites_q", "Invites going astray",
            "Is the problem that meeting invitations are delivered to the wrong person?",
            (
                yes("sol_delegate_delivery",
                    "yes, I'm not getting her invites",
                    "the requests go to him and not to me",
                    "yes, we both get them and it's a mess"),
                no("readd_delegate",
                   "no, I can't edit the calendar",
                   "no, I just can't open it anymore",
                   "not that, I can't add anything to it"),
            ),
            (
                "Is the issue where the meeting requests end up?",
                "Are the meeting invites going to the wrong inbox?",
                "Is the trouble with who receives the invitations?",
            ),
        ),
        Action(
            "add_delegate", "Add the user as a delegate",
            "The manager adds the user in File > Account Settings > Delegate Access (classic "
            "Outlook) or Calendar > Delegates (new Outlook), with Editor rights on the "
            "calendar.",
            "works_now",
            (
                "Your manager needs to add you as a delegate. I'll take them through it: File, "
                "Account Settings, Delegate Access, add you as Editor on the calendar.",
                "Let's get you added as a delegate with Editor on the calendar. I can remote "
                "in on your manager's PC if they prefer.",
            ),
            (
                "User added as delegate with Editor on Calendar",
                "Delegate access granted by the manager",
            ),
        ),
        Action(
            "readd_delegate", "Remove and re-add the delegate",
            "Remove the user from the manager's delegates and add them again; in classic "
            "Outlook this repairs a broken delegate setup.",
            "works_now",
            (
                "The delegate setup gets damaged sometimes. I'll remove you as delegate on your "
                "manager's side and add you back.",
                "Let's reset the delegate access: remove, then add again with Editor rights.",
            ),
            (
                "Delegate removed and re-added",
                "Delegate permissions reset on the manager's mailbox",
            ),
            fails=("Re-added the delegate but still can't edit the manager's calendar",),
            fails_then="no",
        ),
        Decision(
            "room_issue", "Room booking problem",
            "What goes wrong when the user tries to book the meeting room?",
            (
                opt("declined", "Booking is declined", "decline_reason",
                    ("Declined", "Automatic decline"),
                    "I get an automatic decline",
                    "the room says no straight away",
                    "it keeps declining me"),
                opt("missing", "Room is not in the list", "add_room",
                    ("Room not listed", "Can't find the room"),
                    "the room isn't in the list",
                    "I can't find room 3B anywhere",
                    "room finder doesn't have our new room"),
                opt("pending", "Stays tentative, no reply", "sol_room_approval",
                    ("No reply", "Still tentative", "Never accepted"),
                    "it just says tentative",
                    "it never accepts, no reply",
                    "the room hasn't responded"),
                opt("double", "Double booked with someone else", "sol_escalate_cal",
                    ("Double booked", "Clash with another booking"),
                    "someone else turned up, they had it booked too",
                    "it accepted me and another team for the same slot",
                    "two bookings at once"),
            ),
            (
                "What happens when you try to book the room?",
                "How does the booking go wrong: declined, can't find the room, or something "
                "else?",
                "When you add the room to your meeting, what do you get back?",
            ),
            (
                ("what counts as declined?",
                 "If you get an email back from the room saying 'Declined', usually within a "
                 "minute of sending the invite."),
            ),
        ),
        Decision(
            "decline_reason", "Decline reason",
            "What reason does the room's decline message give?",
            (
                opt("policy", "Outside the allowed window or length", "sol_booking_policy",
                    ("Too far ahead / too long", "Booking rules"),
                    "it says too far in advance",
                    "something about the maximum duration",
                    "it says recurring meetings aren't allowed that long"),
                opt("restricted", "Only approved people may book it", "sol_room_restricted",
                    ("Restricted room", "Not allowed to book"),
                    "it says I'm not allowed to book this room",
                    "only certain people can book it apparently",
                    "restricted, it says"),
                opt("conflict", "Conflicts with an existing booking", "sol_conflict",
                    ("Already booked", "Time conflict"),
                    "it's already booked then",
                    "it says conflict",
                    "someone has it at that time"),
            ),
            (
                "Open the decline email: what reason does it give?",
                "What does the room's reply say about why it declined?",
                "Does the decline message say why?",
            ),
        ),
        Action(
            "add_room", "Find the room by its room list",
            "In Room Finder choose the building's room list, or add the room by typing its full "
            "name in the To or Location box. If it is a new room, check it has been added to a "
            "room list.",
            "works_now",
            (
                "Rooms are grouped by building. In the meeting, open Room Finder and choose "
                "your building's list first, then the room should be there.",
                "Try typing the room's full name into the To line. If it's a new room, I'll "
                "check it's been put in the right room list.",
            ),
            (
                "Room found under the building's list",
                "New room added to the room list; user found it",
            ),
        ),
        Decision(
            "works_now", "Working now",
            "Can the user now see or book what they needed?",
            (
                yes("sol_cal_fixed",
                    "yes that's it, I can see it now",
                    "works, thanks",
                    "all good"),
                no("web_ok",
                   "no, still the same",
                   "still can't",
                   "nope"),
            ),
            (
                "Can you try again: does it work now?",
                "How about now, can you see it?",
                "Is it working for you now?",
            ),
        ),
        Decision(
            "web_ok", "Outlook on the web",
            "Does it work when the user tries it in Outlook on the web?",
            (
                yes("sol_cache",
                    "yes, it works in the browser",
                    "on the web version it's fine",
                    "yep, there it works"),
                no("sol_escalate_cal",
                   "no, same there",
                   "doesn't work in the browser either",
                   "no"),
            ),
            (
                "If you try the same thing in Outlook in your web browser, does it work there?",
                "Does it work on the web version of Outlook?",
                "Could you check in the browser version of Outlook?",
            ),
        ),
        Solution(
            "sol_external", "Sharing with other organisations",
            "The company's sharing policy only shows free/busy to other organisations. The "
            "colleague can publish their calendar or send the times; full sharing needs a "
            "request to the messaging team.",
            (
                "Calendars can't be fully shared with other companies by default, only "
                "free/busy. They can publish theirs for you, or we can raise a request.",
                "Sharing across organisations is limited by policy. I've explained the options "
                "and raised a request with the messaging team.",
            ),
        ),
        Solution(
            "sol_delegate_delivery", "Change where invitations go",
            "Set the delegate option to send meeting requests to the delegate only, or to the "
            "delegate with a copy to the manager.",
            (
                "It's the delegate setting for meeting requests. Your manager has it set to "
                "send them to themselves; I've changed it to you with a copy to them.",
                "I've changed the delegate options so invitations come to you first.",
            ),
        ),
        Solution(
            "sol_room_approval", "Room needs approval",
            "The room is managed by a delegate (facilities) who must approve each booking; "
            "the request stays tentative until they do.",
            (
                "That room needs approving by facilities, so it stays tentative until they "
                "accept. I've asked them to look at your request.",
                "Bookings for that room go to facilities for approval. They'll accept it or "
                "contact you.",
            ),
        ),
        Solution(
            "sol_booking_policy", "Booking outside the room's rules",
            "The room only accepts bookings within its booking window and maximum length. Book "
            "closer to the date or shorter, or ask facilities for an exception.",
            (
                "The room has booking rules: not too far ahead and not too long. Book it in "
                "shorter slots or closer to the date.",
                "That's the room's booking limits. I've explained them; facilities can make an "
                "exception if needed.",
            ),
        ),
        Solution(
            "sol_room_restricted", "Restricted room",
            "Only an approved group may book this room. Request booking rights from facilities "
            "or ask someone in the group to book it.",
            (
                "Only certain people can book that room. I've asked facilities to add you, or "
                "someone in that group can book it for you.",
                "That room is restricted. You need facilities to give you booking rights.",
            ),
        ),
        Solution(
            "sol_conflict", "Room already booked",
            "The room is already booked at that time. Use the Scheduling Assistant to find a "
            "free slot or another room.",
            (
                "Someone already has the room then. Use the Scheduling Assistant to find a free "
                "slot or another room nearby.",
                "It's a genuine clash; the room is taken. Pick another time or room.",
            ),
        ),
        Solution(
            "sol_cal_fixed", "Calendar working",
            "After the change the user can see the calendar or book the room.",
            (
                "Great, that's working now.",
                "All sorted, your calendar is behaving.",
            ),
        ),
        Solution(
            "sol_cache", "Outlook cache out of date",
            "It works in Outlook on the web, so the desktop Outlook cache was stale. Removed "
            "and re-added the calendar, or switched off cached shared folders, and restarted.",
            (
                "It works on the web, so it's your Outlook's local copy that's out of date. "
                "I've refreshed it and restarted Outlook.",
                "Outlook's cache was stale. Cleared and it's fine now.",
            ),
        ),
        Solution(
            "sol_escalate_cal", "Escalate to the messaging team",
            "Not fixed at the desk; escalated to the messaging team with the calendar or room "
            "and the steps tried.",
            (
                "I'll escalate this to the messaging team with what we've tried.",
                "This needs looking at by the email admins. I've passed it on.",
            ),
        ),
    ),
)

FLOWS = (SHARED, CALENDAR)
