"""Two Microsoft 365 flows: a mailbox that is full or over its storage quota (mail can't be
sent or received, size warnings, the archive, big attachments, deleted items); and the Teams
desktop app that won't start, crashes, hangs on its loading screen or loops on sign-in.

Both live in Microsoft 365, with Outlook or Teams on the web, the account and the licence in
common, so they must be told apart. Written by hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "m365-support")

# --- mailbox over quota ---------------------------------------------------------------------

MAILBOX = Flow(
    id="f3-mailbox-quota",
    name="Mailbox full or over its storage quota",
    description=(
        "Outlook says the mailbox is full or over its size limit: mail can't be sent, senders "
        "get bounces, or a warning keeps appearing. Also a full shared mailbox. Covers the "
        "storage page in Outlook on the web, the local Outlook data file limit, Deleted and "
        "Recoverable Items, large attachments, the online archive and its licence, and a "
        "quota increase."
    ),
    domain="m365",
    keywords=(
        "mailbox full", "quota", "storage limit", "over size limit", "archive", "cannot send",
        "bounce", "deleted items", "large attachments", "shared mailbox",
    ),
    teams=TEAMS,
    summaries=(
        "Mailbox full",
        "email storage problem",
        "Outlook says I'm out of space",
        "mailbox size issue",
        "my inbox has hit its limit?",
        "Problems because my email is too big",
    ),
    openers=(
        Opener((("root", "send"),), (
            "outlook won't let me send anything, says my mailbox is full",
            "I get a 'mailbox full' error every time I hit send",
            "Can't send emails - something about exceeding my storage",
        )),
        Opener((("root", "receive"),), (
            "clients say their emails to me are bouncing back",
            "People are getting undeliverable messages when they mail me",
        )),
        Opener((("root", "warning"),), (
            "Keep getting a yellow banner that my mailbox is almost full",
            "outlook warns me my mailbox is nearly at its limit",
        )),
        Opener((("root", "shared"),), (
            "our team shared mailbox is full",
            "The shared finance inbox says it's out of space",
        )),
        Opener((("root", "send"), ("over_quota", "yes")), (
            "can't send, and the storage page shows I'm over 100%",
        )),
    ),
    hints=(
        Opener((("archive_enabled", "no"),), (
            "Mailbox space problem, and I've never had an archive mailbox",
        )),
        Opener((("attachments", "yes"),), (
            "Mailbox is too big - lots of big drawings get emailed in",
        )),
        Opener((("local_file", "yes"),), (
            "outlook says my data file has reached its maximum size",
        )),
    ),
    nodes=(
        Decision(
            "root", "Mailbox size symptom",
            "What is going wrong because of the mailbox size?",
            (
                opt("send", "Cannot send mail", "over_quota",
                    ("Can't send", "Sending blocked"),
                    "I can't send",
                    "sending doesn't work",
                    "every email I send gets stuck with an error"),
                opt("receive", "Senders get bounce messages", "over_quota",
                    ("Mail to me bounces", "Not receiving / bounces"),
                    "people's mail bounces",
                    "I'm not getting emails, they come back to the sender",
                    "bounce backs"),
                opt("warning", "Only a warning that it is nearly full", "archive_enabled",
                    ("Just a warning", "Nearly-full warning only"),
                    "just the warning",
                    "only a message saying it's almost full, mail still works",
                    "it's a warning, nothing broken yet"),
                opt("shared", "A shared mailbox is full", "act_shared_check",
                    ("Shared mailbox", "Team / shared inbox full"),
                    "it's the shared one",
                    "the team mailbox, not mine",
                    "a shared inbox we all use"),
            ),
            (
                "What's actually happening - are you blocked from sending, bouncing, or just "
                "getting a warning?",
                "Tell me what the size problem is stopping you from doing.",
                "Which fits best: can't send, people's mail bounces, a warning, or a shared "
                "mailbox?",
                "What's the symptom you're seeing?",
            ),
            (
                ("does it matter if it's a shared one?",
                 "Yes - shared mailboxes have their own size limit, separate from yours. So is "
                 "it your own mailbox failing to send, bouncing, or warning, or a shared one?"),
            ),
        ),
        Decision(
            "over_quota", "Over quota in the web storage page",
            "Does the storage page in Outlook on the web show the mailbox at or over its limit?",
            (
                told(yes("deleted_big",
                         "yes, it's at 100%",
                         "yep, it says I'm over",
                         "yes - the bar is full and red"),
                     "the storage page says I'm over my limit",
                     "I checked and it shows 100% used"),
                told(no("local_file",
                        "no, it says I've got space left",
                        "nope, only about half used",
                        "no, it's nowhere near full"),
                     "the web page says there's plenty of space"),
            ),
            (
                "If you open Outlook in the browser and go to Settings, then Storage - is it "
                "showing you full or over?",
                "In Outlook on the web, under storage, are you at the limit?",
                "Can you check the storage bar online for me - does it say you're at or past "
                "100%?",
            ),
            (
                ("where's the storage page?",
                 "In the browser, open outlook.office.com, click the cog, then General and "
                 "Storage. Does it show you at or over the limit?"),
            ),
        ),
        Decision(
            "local_file", "Outlook data file limit",
            "Does the error say the Outlook data file has reached its maximum size?",
            (
                told(yes("act_rebuild_ost",
                         "yes, it mentions the data file",
                         "yeah, something about the .ost file being too big",
                         "yes, 'maximum size' of the data file"),
                     "the message talks about my Outlook data file being at its maximum"),
                no("act_web_send",
                   "no, it just says mailbox full",
                   "no mention of a data file",
                   "nope"),
            ),
            (
                "Read me the error - does it talk about the data file being at its maximum?",
                "Is the message about your Outlook data file (the .ost) being too big?",
                "Does the wording mention the local data file hitting a size limit?",
            ),
        ),
        Action(
            "act_rebuild_ost", "Rebuild the Outlook data file",
            "Close Outlook, rename the .ost file in the Outlook folder under AppData and open "
            "Outlook again so it downloads a fresh copy; reduce the offline sync window to 12 "
            "months.",
            "sol_ost_rebuilt",
            (
                "I'll close Outlook, rename your old data file and let it build a new one, and "
                "set it to keep just the last year offline.",
                "Let's shrink the offline cache: rename the .ost file and restart Outlook with "
                "a 12-month sync window.",
            ),
            (
                "OST renamed, Outlook rebuilt it, sync window set to 12 months",
                "New data file created; Outlook resynced without the size error",
            ),
        ),
        Action(
            "act_web_send", "Test mail in Outlook on the web",
            "Send a test message from Outlook on the web and ask a colleague to send one in, "
            "to see whether the problem is the mailbox or the desktop Outlook.",
            "web_works",
            (
                "Can you send me a test from Outlook in the browser? I'll send one back to you.",
                "Let's try a test email both ways using the web version of Outlook.",
            ),
            (
                "Test messages sent and received via OWA",
                "Web test done both directions",
            ),
            fails=(
                "Test from the web also refused with the quota error",
                "My test to the user bounced; their web send failed too",
            ),
            fails_then="no",
        ),
        Decision(
            "web_works", "Works on the web",
            "Did sending and receiving work in Outlook on the web?",
            (
                told(yes("sol_new_profile",
                         "yes, the web one worked fine",
                         "yeah, got yours and mine went through",
                         "yes, no errors in the browser"),
                     "it works fine when I use Outlook in the browser"),
                no("sol_escalate_exchange",
                   "no, same error there",
                   "no, it failed in the browser too",
                   "nope, didn't get yours either"),
            ),
            (
                "Did both test emails get through in the browser version?",
                "So in the web version, did it all go through OK?",
                "Were the tests from the browser successful?",
            ),
        ),
        Solution(
            "sol_ost_rebuilt", "Outlook data file rebuilt",
            "The local Outlook data file had reached its maximum size. It was rebuilt with a "
            "shorter offline sync window.",
            (
                "Your local Outlook file had hit its size cap; it's been rebuilt and only keeps "
                "the last 12 months offline now, so you're fine to send again.",
                "Outlook's offline data file was full - rebuilt it with a smaller sync window.",
            ),
        ),
        Solution(
            "sol_new_profile", "New Outlook profile",
            "The mailbox was fine; the desktop Outlook profile kept showing a stale quota "
            "error. A new Outlook profile was created.",
            (
                "The mailbox itself is fine, it was your Outlook profile holding on to an old "
                "error, so I've set you up a fresh profile.",
                "Created a new Outlook profile; the quota error was stale on the desktop app.",
            ),
        ),
        Solution(
            "sol_escalate_exchange", "Escalated to the messaging team",
            "Mail fails on the web too while the mailbox is under quota: passed to the "
            "messaging team to check the mailbox's quota settings in Exchange Online.",
            (
                "This looks like a setting on the mailbox at the server end, so I'm passing it "
                "to the messaging team with the test results.",
                "Escalated to messaging: mailbox under quota but mail still refused online.",
            ),
        ),
        Decision(
            "deleted_big", "Deleted items using the space",
            "Do Deleted Items and Recoverable Items take up a large part of the mailbox?",
            (
                told(yes("act_empty_deleted",
                         "yes, Deleted Items is huge",
                         "yeah, several GB in deleted",
                         "yes, I never empty the bin"),
                     "I never empty my deleted items", "my Deleted Items folder is massive"),
                no("attachments",
                   "no, deleted is small",
                   "no, I empty it every week",
                   "not really, only a few hundred MB"),
            ),
            (
                "On that storage page, is a big chunk of the space sitting in Deleted Items or "
                "Recoverable Items?",
                "Is most of it deleted mail that's never been emptied?",
                "Are the deleted folders a big part of the total?",
            ),
            (
                ("what are recoverable items?",
                 "It's a hidden folder that keeps things you've already emptied from Deleted "
                 "Items for a while. Are Deleted or Recoverable Items a big slice of the space?"),
            ),
        ),
        Action(
            "act_empty_deleted", "Empty Deleted Items",
            "Empty Deleted Items, then in Outlook on the web use 'Recover items deleted from "
            "this folder' and purge what is there.",
            "freed",
            (
                "Let's empty Deleted Items, and then clear out the recoverable items as well.",
                "Right-click Deleted Items and empty it, then we'll purge the recovery folder "
                "in the browser.",
            ),
            (
                "Deleted Items emptied, recoverable items purged",
                "Bin and recovery folder cleared",
            ),
            fails=(
                "Emptied Deleted Items but it freed hardly anything",
                "Purge done, storage bar barely moved",
            ),
            fails_then="no",
        ),
        Decision(
            "attachments", "Large attachments",
            "Are there many large messages with attachments taking up the space?",
            (
                told(yes("act_large_items",
                         "yes, lots of big attachments",
                         "yeah, plenty of 20 MB files",
                         "yes, people send me huge files"),
                     "I get sent a lot of big files by email"),
                no("archive_enabled",
                   "no, nothing very big",
                   "no, just normal emails",
                   "not that I can see"),
            ),
            (
                "If you sort your mail by size, are there lots of big emails with files on "
                "them?",
                "Are there a good number of messages over 10 MB or so?",
                "Is the space mostly taken by emails with large attachments?",
            ),
            (
                ("how do I sort by size?",
                 "In the message list, click the sort option and pick Size, biggest first. Do "
                 "you see a lot of large emails with attachments?"),
            ),
        ),
        Action(
            "act_large_items", "Move large attachments out",
            "Sort by size, save attachments worth keeping to OneDrive or the team site, and "
            "delete the large messages, then empty Deleted Items.",
            "freed",
            (
                "Let's save the big attachments to OneDrive and delete those emails, biggest "
                "first.",
                "Go through the largest messages, keep the files in OneDrive and delete the "
                "mails.",
            ),
            (
                "Largest messages removed after saving attachments to OneDrive",
                "Cleared the big attachment emails, files kept in OneDrive",
            ),
        ),
        Decision(
            "archive_enabled", "Online archive on",
            "Is the online archive turned on for this mailbox?",
            (
                told(yes("act_run_archive",
                         "yes, I've got an In-Place Archive folder",
                         "yeah, there's an archive",
                         "yes it's on"),
                     "I do have an online archive folder in Outlook"),
                told(no("licence_archive",
                        "no, no archive",
                        "I don't have one",
                        "no, there's no archive folder in my list"),
                     "I haven't got an archive mailbox"),
            ),
            (
                "In the folder list, do you have an 'Online Archive' or 'In-Place Archive' "
                "section?",
                "Has your account got an archive mailbox switched on?",
                "Do you see an archive mailbox below your normal folders?",
            ),
        ),
        Action(
            "act_run_archive", "Move old mail to the archive",
            "Apply a two-year archive policy to the mailbox and start the archiving assistant, "
            "or drag old folders into the online archive.",
            "freed",
            (
                "I'll set a policy to move anything older than two years to your archive and "
                "kick it off now.",
                "Let's push older mail into the online archive - I'll start that from our end.",
            ),
            (
                "Archive policy applied and run; old items moving",
                "Mail over two years old moved to the online archive",
            ),
            fails=(
                "Archive run started but the mailbox size hasn't dropped yet",
            ),
            fails_then="no",
        ),
        Decision(
            "licence_archive", "Licence includes archive",
            "Does the user's licence include an online archive?",
            (
                yes("act_enable_archive",
                    "yes, it's included",
                    "yes, the licence covers it",
                    "yep"),
                no("sol_quota_request",
                   "no, not on this licence",
                   "no, it's the basic one",
                   "nope"),
            ),
            (
                "Let me check your licence - can I confirm it comes with an archive?",
                "Is an archive part of what you're licensed for?",
                "Does your licence type give you an online archive?",
            ),
        ),
        Action(
            "act_enable_archive", "Turn on the online archive",
            "Turn on the online archive in the admin centre and apply the archive policy; it "
            "can take a day to move mail.",
            "freed",
            (
                "I'll switch on your archive mailbox now and set old mail to move into it.",
                "Turning on an online archive for you and applying the move policy.",
            ),
            (
                "Archive enabled, policy applied",
                "Online archive switched on and archiving started",
            ),
        ),
        Decision(
            "freed", "Below the limit again",
            "Is the mailbox now below its limit, with mail flowing again?",
            (
                yes("sol_space_freed",
                    "yes, it's gone down",
                    "yeah, I can send now",
                    "yes, the warning's gone"),
                no("sol_quota_request",
                   "no, still full",
                   "no, still over",
                   "not yet, still the same error"),
            ),
            (
                "Has the storage figure dropped back under the limit now?",
                "Is it back below the limit and working?",
                "Check the storage bar again - are you under the limit now?",
            ),
        ),
        Solution(
            "sol_space_freed", "Space freed",
            "Space was freed in the mailbox; it is under its limit and mail flows again.",
            (
                "You're back under your limit and mail's working. Worth emptying Deleted Items "
                "now and then to stay there.",
                "Freed up space in the mailbox, under quota again.",
            ),
        ),
        Solution(
            "sol_quota_request", "Quota increase requested",
            "Clean-up was not enough or not possible: a larger mailbox or archive licence was "
            "requested through the manager.",
            (
                "There's no more we can free up, so I've raised a request for a bigger mailbox "
                "licence - your manager will need to approve it.",
                "Raised a licence upgrade for more mailbox space, pending manager approval.",
            ),
        ),
        Action(
            "act_shared_check", "Check the shared mailbox size",
            "Look up the shared mailbox in the admin centre: its size, whether it has a licence "
            "and its quota.",
            "shared_over_50",
            (
                "Give me the address of the shared mailbox and I'll check its size from the "
                "admin side.",
                "I'll look the shared mailbox up in the admin centre.",
            ),
            (
                "Shared mailbox size and licence checked",
                "Looked up the shared mailbox's usage",
            ),
        ),
        Decision(
            "shared_over_50", "Shared mailbox at 50 GB",
            "Has the shared mailbox reached 50 GB, the limit for one without a licence?",
            (
                told(yes("sol_shared_licence",
                         "yes, it's at 50",
                         "yep, right at the cap",
                         "yes, 49.9 GB"),
                     "the shared mailbox is sitting at 50 GB"),
                no("deleted_big",
                   "no, it's well under that",
                   "no, around 30 GB",
                   "nope"),
            ),
            (
                "Is it sitting at the 50 GB mark that unlicensed shared mailboxes stop at?",
                "Has it hit the 50 GB ceiling?",
                "Is the shared one at roughly 50 GB?",
            ),
        ),
        Solution(
            "sol_shared_licence", "Licence for the shared mailbox",
            "The unlicensed shared mailbox had hit 50 GB. A licence with an archive was "
            "assigned to it.",
            (
                "The shared mailbox had hit the cap for one without a licence, so I've given it "
                "a licence with an archive; it'll have room again within the hour.",
                "Assigned a licence to the shared mailbox (50 GB cap reached).",
            ),
        ),
    ),
)

# --- Teams app won't start ------------------------------------------------------------------

TEAMS_APP = Flow(
    id="f3-teams-app",
    name="Teams app won't start, crashes or stays on the loading screen",
    description=(
        "The Microsoft Teams desktop app does not open, opens and closes, hangs on its "
        "loading screen, or keeps asking to sign in. Not call audio or video. Covers a "
        "hidden Teams process, the Teams cache, Teams on the web, service alerts, new and "
        "classic Teams, resetting or reinstalling the app and cached sign-in details."
    ),
    domain="m365",
    keywords=(
        "teams won't open", "teams crash", "teams loading", "teams stuck", "teams cache",
        "new teams", "classic teams", "reinstall teams", "sign in loop", "teams white screen",
    ),
    teams=TEAMS,
    summaries=(
        "Teams not working",
        "Problem with the Teams app",
        "teams is broken on my laptop",
        "Can't get into Teams",
        "Teams app issue",
    ),
    openers=(
        Opener((("root", "nothing"),), (
            "I click on Teams and nothing happens at all",
            "teams won't open, no window, nothing",
        )),
        Opener((("root", "crash"),), (
            "Teams opens for a second and then just closes",
            "teams keeps crashing as soon as it starts",
        )),
        Opener((("root", "loading"),), (
            "Teams is stuck on the loading screen with the logo",
            "teams just sits there spinning forever",
            "Teams opens to a white screen and never gets past it",
        )),
        Opener((("root", "signin"),), (
            "Teams keeps asking me to sign in over and over",
            "stuck in a sign-in loop in Teams",
        )),
    ),
    hints=(
        Opener((("web_works", "yes"),), (
            "The Teams app won't work but Teams in Chrome is fine",
        )),
        Opener((("version_current", "classic"),), (
            "Teams app problem - I'm still on the old classic Teams",
        )),
        Opener((("in_task_manager", "yes"),), (
            "Teams won't open, but I can see it running in Task Manager",
        )),
    ),
    nodes=(
        Decision(
            "root", "Teams app symptom",
            "What does the Teams desktop app do when it is started?",
            (
                opt("nothing", "Nothing happens", "in_task_manager",
                    ("Doesn't open at all", "Nothing appears"),
                    "nothing happens",
                    "no window comes up at all",
                    "I click it and nothing"),
                opt("crash", "Opens, then closes or crashes", "web_works",
                    ("Opens then closes", "Crashes on start"),
                    "it opens and closes straight away",
                    "crashes",
                    "it flashes up and vanishes"),
                opt("loading", "Stuck on the loading screen", "web_works",
                    ("Stuck loading", "Spins / white screen"),
                    "stuck loading",
                    "it just spins",
                    "it sits on the loading screen forever"),
                opt("signin", "Keeps asking to sign in", "act_clear_creds",
                    ("Sign-in loop", "Keeps asking for login"),
                    "it keeps asking me to log in",
                    "sign in loop",
                    "I sign in and it asks again"),
            ),
            (
                "When you open Teams, what happens - nothing, a crash, endless loading, or "
                "sign-in prompts?",
                "What do you see when you launch it?",
                "Talk me through what Teams does when you start it.",
                "Which of these is it: won't open, crashes, stuck loading, or asking you to sign "
                "in again and again?",
            ),
        ),
        Decision(
            "in_task_manager", "Teams running in Task Manager",
            "Is Teams listed in Task Manager even though no window appears?",
            (
                told(yes("act_end_task",
                         "yes, it's there",
                         "yeah, ms-teams is running",
                         "yes, a couple of Teams entries"),
                     "Task Manager shows Teams running though I can't see it"),
                told(no("act_clear_cache",
                        "no, not listed",
                        "nope, nothing called Teams",
                        "no, it isn't running"),
                     "it's not even in Task Manager"),
            ),
            (
                "Can you press Ctrl+Shift+Esc and see if Teams shows up in the list?",
                "In Task Manager, is there a Teams process running?",
                "Does Task Manager show Teams as running in the background?",
            ),
            (
                ("how do I get to task manager?",
                 "Press Ctrl, Shift and Esc together, or right-click the Start button and pick "
                 "Task Manager. Is Teams listed there?"),
            ),
        ),
        Action(
            "act_end_task", "End the Teams tasks",
            "End every Teams task in Task Manager and open Teams again.",
            "opened",
            (
                "Right-click each Teams entry there and choose End task, then open Teams "
                "again.",
                "Let's kill those Teams processes and start it fresh.",
            ),
            (
                "Teams processes ended and app relaunched",
                "Ended task, reopened Teams",
            ),
            fails=(
                "Ended the tasks; Teams came back in the list but still no window",
            ),
            fails_then="no",
        ),
        Decision(
            "opened", "Opens after ending tasks",
            "Did Teams open normally after ending its tasks?",
            (
                yes("sol_end_task",
                    "yes, it's up now",
                    "yeah, that worked",
                    "yes, it opened"),
                no("act_clear_cache",
                   "no, still nothing",
                   "no, same again",
                   "nope"),
            ),
            (
                "Did it come up properly this time?",
                "Is the Teams window showing now?",
                "Has it opened this time?",
            ),
        ),
        Solution(
            "sol_end_task", "Hung Teams process ended",
            "A hung Teams process kept the app from opening; ending it fixed it.",
            (
                "A stuck copy of Teams was running in the background; now it's closed, Teams "
                "opens fine. If it happens again, end it in Task Manager.",
                "Ended a hung Teams process; app opens again.",
            ),
        ),
        Decision(
            "web_works", "Teams on the web works",
            "Does Teams work in the browser at teams.microsoft.com?",
            (
                told(yes("act_clear_cache",
                         "yes, the web one works",
                         "yeah, it loads fine in Edge",
                         "yes, all my chats are there"),
                     "Teams in the browser works fine"),
                told(no("service_alert",
                        "no, it doesn't load there either",
                        "no, same problem in the browser",
                        "nope, won't load online"),
                     "it won't work in the browser either"),
            ),
            (
                "Can you open teams.microsoft.com in your browser - does it load there?",
                "If you try Teams on the web instead, do you get in?",
                "Does the web version of Teams work for you?",
            ),
        ),
        Decision(
            "service_alert", "Service alert for Teams",
            "Is there a Microsoft 365 service alert for Teams right now?",
            (
                yes("sol_wait_outage",
                    "yes, there's an incident",
                    "yes, it's on the status page",
                    "yep, known issue"),
                no("sol_escalate_account",
                   "no alerts",
                   "no, all green",
                   "nothing listed"),
            ),
            (
                "Let me look at the service health page - is Teams showing an incident?",
                "Is Microsoft reporting a problem with Teams at the moment?",
                "Any Teams incident on the service status right now?",
            ),
        ),
        Solution(
            "sol_wait_outage", "Microsoft outage",
            "A Microsoft 365 incident affected Teams; the user was told to wait for the fix and "
            "use email or phone meanwhile.",
            (
                "Microsoft have a live incident with Teams right now, so it's not your laptop. "
                "I'll let you know when they clear it; email or phone in the meantime.",
                "Teams outage on Microsoft's side; user informed, linked to the incident.",
            ),
        ),
        Solution(
            "sol_escalate_account", "Account problem escalated",
            "Teams fails in the app and on the web with no incident: the user's Teams licence "
            "and account were passed to the M365 team to check.",
            (
                "It fails everywhere for you but not for others, so it's likely your account or "
                "licence - I'm handing it to the M365 team.",
                "Escalated to M365 support to check licence and Teams account.",
            ),
        ),
        Action(
            "act_clear_cache", "Clear the Teams cache",
            "Quit Teams completely and delete the contents of the Teams cache folder in "
            "LocalAppData, then start Teams.",
            "cache_fixed",
            (
                "Quit Teams from the system tray, then I'll clear out its cache folder and we'll "
                "start it again.",
                "Let's wipe the Teams cache - it's safe, your chats live online.",
            ),
            (
                "Teams cache cleared, app restarted",
                "Deleted the cache folder contents and relaunched",
            ),
            fails=(
                "Cache cleared, Teams still hangs the same way",
                "Cleared cache and restarted - no change",
            ),
            fails_then="no",
        ),
        Decision(
            "cache_fixed", "Works after clearing cache",
            "Does Teams start properly after the cache was cleared?",
            (
                yes("sol_cache_cleared",
                    "yes, it's loading now",
                    "yeah all good",
                    "yes it works"),
                no("version_current",
                   "no, same thing",
                   "no, still broken",
                   "nope"),
            ),
            (
                "Is it starting up properly now?",
                "Has clearing that sorted it?",
                "Did it load this time round?",
            ),
        ),
        Solution(
            "sol_cache_cleared", "Teams cache cleared",
            "A damaged Teams cache stopped the app from starting; clearing it fixed it.",
            (
                "The Teams cache was corrupted - with it cleared, Teams starts again. You may "
                "need to set your background again.",
                "Cleared corrupt Teams cache, app working.",
            ),
        ),
        Decision(
            "version_current", "Which Teams is installed",
            "Which version of Teams is installed on the computer?",
            (
                opt("new", "New Teams only", "act_reset_app",
                    ("New Teams", "The new one"),
                    "the new one",
                    "new Teams",
                    "it's the newer Teams"),
                told(opt("classic", "Classic Teams only", "act_install_new",
                         ("Classic Teams", "The old one"),
                         "classic",
                         "the old Teams",
                         "it's still the classic version"),
                     "I'm still on classic Teams"),
                opt("both", "Both new and classic", "act_remove_classic",
                    ("Both", "New and classic"),
                    "both of them",
                    "I have both",
                    "there are two Teams icons"),
            ),
            (
                "In the Start menu, is it 'Microsoft Teams' (the new one), 'Microsoft Teams "
                "classic', or both?",
                "Are you on new Teams, classic Teams, or have you got both?",
                "Which Teams have you got installed?",
            ),
            (
                ("how do I tell which one it is?",
                 "Type Teams in the Start menu. The old one is called 'Microsoft Teams "
                 "(work or school)' or 'classic'. Which one, or both, do you see?"),
            ),
        ),
        Action(
            "act_reset_app", "Reset the Teams app",
            "In Settings, Apps, Installed apps, Microsoft Teams, Advanced options, use Reset.",
            "reset_fixed",
            (
                "Go to Settings, Apps, find Microsoft Teams, open Advanced options and click "
                "Reset.",
                "We'll reset the Teams app from Settings - it's under Advanced options.",
            ),
            (
                "App reset from Settings",
                "Teams reset via Advanced options",
            ),
            fails=(
                "Reset done, Teams still crashes on launch",
            ),
            fails_then="no",
        ),
        Decision(
            "reset_fixed", "Works after reset",
            "Does Teams work after the app reset?",
            (
                yes("sol_app_reset",
                    "yes, working now",
                    "yep",
                    "yes, it opened fine"),
                no("act_reinstall",
                   "no",
                   "no, still the same",
                   "no luck"),
            ),
            (
                "Is it behaving now after the reset?",
                "Did the reset get it going?",
                "Any better after resetting it?",
            ),
        ),
        Solution(
            "sol_app_reset", "Teams app reset",
            "Resetting the Teams app from Settings fixed the start-up problem.",
            (
                "Resetting the app did it - Teams is working. Sign in once more if it asks.",
                "Teams reset from Settings; starts normally.",
            ),
        ),
        Action(
            "act_reinstall", "Reinstall Teams",
            "Uninstall Teams, restart, and install it again from Software Center.",
            "sol_reinstalled",
            (
                "Let's uninstall Teams, restart, and put it back on from Software Center.",
                "I'll remove Teams and reinstall it fresh.",
            ),
            (
                "Teams uninstalled and reinstalled from Software Center",
                "Fresh install of Teams completed",
            ),
        ),
        Solution(
            "sol_reinstalled", "Teams reinstalled",
            "The Teams installation was damaged; a clean reinstall fixed it.",
            (
                "The install itself was damaged; after a clean reinstall Teams is working.",
                "Reinstalled Teams, issue resolved.",
            ),
        ),
        Action(
            "act_install_new", "Install new Teams",
            "Install the new Teams from Software Center; classic Teams is no longer supported.",
            "sol_new_teams",
            (
                "Classic Teams isn't supported any more - I'll push the new Teams to you from "
                "Software Center.",
                "Let's get you on the new Teams; install it from Software Center.",
            ),
            (
                "New Teams installed",
                "Moved user to new Teams",
            ),
        ),
        Solution(
            "sol_new_teams", "Moved to new Teams",
            "Classic Teams had stopped working; the new Teams was installed and works.",
            (
                "The old classic Teams has been retired, which is why it broke. The new Teams "
                "is installed and working.",
                "Installed new Teams to replace retired classic client.",
            ),
        ),
        Action(
            "act_remove_classic", "Remove classic Teams",
            "Uninstall classic Teams and its machine-wide installer, leaving only the new "
            "Teams; restart.",
            "sol_classic_removed",
            (
                "Having both confuses things - I'll uninstall the classic one and its "
                "installer, then restart.",
                "Let's remove classic Teams so only the new one's left.",
            ),
            (
                "Classic Teams and machine-wide installer removed",
                "Uninstalled classic, restarted",
            ),
        ),
        Solution(
            "sol_classic_removed", "Classic Teams removed",
            "Classic and new Teams were clashing; with classic removed the new Teams starts.",
            (
                "The two versions were tripping over each other; with the old one gone, Teams "
                "starts properly.",
                "Removed classic Teams; new Teams OK.",
            ),
        ),
        Action(
            "act_clear_creds", "Clear saved Teams sign-in",
            "Sign out of Teams, remove Teams and Office entries from Credential Manager, "
            "check the work account under Access work or school, and sign in again.",
            "signin_ok",
            (
                "We'll clear your saved Microsoft sign-ins from Credential Manager and log "
                "into Teams again.",
                "Sign out of Teams; I'll remove the old cached credentials and you sign back "
                "in.",
            ),
            (
                "Cached credentials removed, signed in again",
                "Credential Manager entries cleared",
            ),
            fails=(
                "Cleared credentials; after signing in it asked again straight away",
            ),
            fails_then="no",
        ),
        Decision(
            "signin_ok", "Sign-in holds",
            "After clearing the saved sign-in, does Teams stay signed in?",
            (
                yes("sol_creds_cleared",
                    "yes, I'm in",
                    "yeah it stuck this time",
                    "yes, no more prompts"),
                no("web_works",
                   "no, it's asking again",
                   "no, still looping",
                   "nope"),
            ),
            (
                "Has it kept you signed in this time?",
                "Are you in now without it asking again?",
                "Did the login stick?",
            ),
        ),
        Solution(
            "sol_creds_cleared", "Cached sign-in cleared",
            "Old cached credentials caused the sign-in loop; clearing them fixed it.",
            (
                "Old saved login details were causing the loop; cleared out, you stay signed "
                "in now.",
                "Cleared stale cached credentials, sign-in loop gone.",
            ),
        ),
    ),
)

FLOWS = (MAILBOX, TEAMS_APP)
