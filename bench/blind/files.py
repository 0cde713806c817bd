"""Two flows about a user's documents: a file that opens read-only or locked for editing, and
a file that was deleted, saved over or lost and has to be got back.

Both are about Word and Excel files on shared folders, SharePoint and OneDrive, about other
people who had the file open and about saving, versions and copies, so they share words and
must be told apart. Written by hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "file-services")

# --- file locked or read-only ---------------------------------------------------------------

LOCKED = Flow(
    id="bl-file-locked",
    name="File opens read-only or is locked for editing",
    description=(
        "A Word, Excel or PowerPoint file opens read-only, says it is locked for editing by "
        "someone, opens in Protected View, or opens but will not save changes. Covers stale "
        "locks, view-only sharing, folder permissions, the read-only attribute and documents "
        "marked as final."
    ),
    domain="m365",
    keywords=(
        "read-only", "locked for editing", "file in use", "protected view", "enable editing",
        "cannot save", "Excel", "Word", "shared folder",
    ),
    teams=TEAMS,
    summaries=(
        "Can't edit a spreadsheet",
        "Problem editing a document",
        "excel file issue",
        "Word doc won't let me make changes",
        "File problem - can't work on it",
        "having trouble with one of our team files",
    ),
    openers=(
        Opener((("root", "locked"),), (
            "Excel says the file is locked for editing",
            "getting 'file in use' every time I open the budget sheet",
            "Word keeps telling me the document is locked by someone",
        )),
        Opener((("root", "readonly"),), (
            "My spreadsheet opens as Read-Only and I can't type in it",
            "document opens read only for some reason",
        )),
        Opener((("root", "protected"),), (
            "There's a yellow Protected View bar on a file I need to edit",
            "file opens in protected view and half the buttons are greyed out",
        )),
        Opener((("root", "cant_save"),), (
            "I can edit the file but when I hit save it says I can't",
            "Changes won't save, it wants me to save a copy instead",
        )),
        Opener((("root", "locked"), ("who_named", "self")), (
            "Excel says the file is locked for editing by ME, which makes no sense",
            "it says the document is in use by my own name",
        )),
        Opener((("root", "readonly"), ("where_stored", "email")), (
            "An attachment I opened from Outlook is read-only and I can't save my edits",
        )),
    ),
    hints=(
        Opener((("colleague_open", "no"),), (
            "File says it's locked by Priya but she's on leave and her PC is off",
            "it's locked by a colleague who swears she hasn't got it open",
        )),
        Opener((("check_edit_link", "yes"),), (
            "Someone shared a SharePoint file with me but I think it was view only, can't edit",
        )),
        Opener((("file_attr", "yes"),), (
            "The file on the S drive has the read-only box ticked in properties and I can't "
            "untick it",
        )),
        Opener((("sender_known", "no"),), (
            "Got an invoice file from a company I don't know and it opened in Protected View",
        )),
        Opener((("protected_src", "web"),), (
            "I downloaded a form from a supplier's website and it only opens in Protected View",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the user sees",
            "Which message or behaviour does the user get when opening the file?",
            (
                opt("locked", "Locked for editing by another user", "who_named",
                    ("Locked / in use", "Locked for editing", "File in use"),
                    "it says locked for editing",
                    "a box pops up saying the file is in use",
                    "it says someone else has it open",
                    "it wants me to open read only or get notified when it's free"),
                opt("readonly", "Opens read-only with no lock message", "where_stored",
                    ("Read-Only in the title bar", "Just read-only"),
                    "it just says read-only at the top",
                    "no message, it just opens read only",
                    "title bar says [Read-Only] after the name"),
                opt("protected", "Protected View bar", "protected_src",
                    ("Protected View", "Yellow or red bar at the top"),
                    "there's a yellow bar saying protected view",
                    "protected view thing with an enable editing button",
                    "a red bar at the top and I can't edit"),
                opt("cant_save", "Opens and edits but will not save", "where_stored",
                    ("Won't save", "Can't save changes"),
                    "I can type but saving fails",
                    "it says I don't have permission to save in this location",
                    "when I save it asks me to save a copy"),
            ),
            (
                "What exactly happens when you open it? Any message?",
                "When you open the file, what do you get?",
                "Can you tell me what the file does when you try to open it for editing?",
                "What do you see on screen when you open that document?",
            ),
            (
                ("what do you mean, what do I get?",
                 "Whether a box pops up about the file being in use, or a coloured bar across "
                 "the top, or it just opens and won't save - each one has a different cause."),
            ),
        ),
        Decision(
            "who_named", "Name on the lock",
            "Whose name does the locked-for-editing message give?",
            (
                opt("colleague", "A colleague", "colleague_open",
                    ("A colleague", "Someone else by name"),
                    "it names Dave from accounts",
                    "someone in my team",
                    "another person's name is on it"),
                opt("self", "The user's own name", "close_office",
                    ("My own name", "Me"),
                    "it's my name!",
                    "it says locked by me",
                    "my own username weirdly"),
                opt("none", "Just 'another user', no name", "where_stored",
                    ("No name", "'Another user'"),
                    "just says another user",
                    "no name, it says 'another user'",
                    "doesn't say who"),
            ),
            (
                "Does it say who has it locked?",
                "Whose name is in the message?",
                "Is there a name in that box, and whose is it?",
            ),
            (
                ("why does it matter who?",
                 "If it's a colleague we can ask them to close it; if it's you, it's usually "
                 "a copy of Office that didn't close properly on your own PC."),
            ),
        ),
        Decision(
            "colleague_open", "Colleague has it open",
            "Does the named colleague confirm the file is open on their computer?",
            (
                told(yes("coauthor",
                         "yes she had it open, she's closing it",
                         "he says yes it's open on his screen",
                         "yep, they're in it right now"),
                     "my colleague says she's got it open",
                     "the person it names is working in it now"),
                told(no("stale_lock",
                        "no, he hasn't touched it today",
                        "she's on holiday, PC is off",
                        "they say it's not open at all"),
                     "the person it names says they haven't got it open",
                     "the guy it says is off sick today"),
            ),
            (
                "Could you check with them whether they actually have it open right now?",
                "Has that colleague got the file open at the moment, as far as they know?",
                "If you ping them, do they say it's open on their side?",
            ),
        ),
        Decision(
            "coauthor", "Stored where co-authoring works",
            "Is the file stored in SharePoint, Teams or OneDrive rather than a network drive?",
            (
                told(yes("sol_coauthor",
                         "it's in our Teams channel",
                         "yes, sharepoint",
                         "it's in OneDrive, shared with me"),
                     "the file lives in our Teams files tab",
                     "it's on sharepoint by the way"),
                told(no("sol_wait_close",
                        "no it's on the S drive",
                        "network drive, the shared folder",
                        "it's on a mapped drive"),
                     "the file is on the S: drive",
                     "it's on the old network share"),
            ),
            (
                "Does the file live in Teams or SharePoint rather than on a mapped drive?",
                "Is it a SharePoint/Teams file, or on one of the network drive letters?",
                "Is that document saved in Teams/SharePoint/OneDrive?",
            ),
            (
                ("does it matter where?",
                 "Yes - files in SharePoint and Teams can be edited by several people at once, "
                 "files on a network drive can only be edited by one person at a time."),
            ),
        ),
        Action(
            "stale_lock", "Release the stale lock",
            "Check open files on the file server (Computer Management > Shared Folders > Open "
            "Files) and close the session holding the file; delete the hidden ~$ owner file "
            "next to it if it is left behind.",
            "still_locked",
            (
                "Looks like a lock left behind. I'll close the file on the server side and "
                "clear the leftover lock file - give me a minute.",
                "I'm going to release the lock from the file server; please close the file on "
                "your side first.",
            ),
            (
                "Closed open-file handle on FS01; removed ~$ owner file",
                "Stale lock released on the server",
            ),
            fails=("No open handle found on the server for that file",),
            fails_then="no",
        ),
        Action(
            "close_office", "Close all Office processes",
            "Close every Office app, end any leftover WINWORD/EXCEL/POWERPNT processes in Task "
            "Manager (or restart the PC), then open the file again.",
            "still_locked",
            (
                "Office has probably still got it open in the background. Please close all "
                "Office apps, then in Task Manager end any Word or Excel still listed - or "
                "just restart.",
                "Can you restart the PC for me? A copy of Excel left running in the background "
                "is the usual cause.",
            ),
            (
                "Two EXCEL.EXE processes ended in Task Manager",
                "User restarted the PC",
                "Closed Office apps and background processes",
            ),
            fails=("Restarted but the same lock message comes back",),
            fails_then="no",
        ),
        Decision(
            "still_locked", "Editable now",
            "After that, does the file open normally for editing?",
            (
                yes("sol_lock_cleared",
                    "yes, I can edit now",
                    "works, no message this time",
                    "yep opens normally"),
                no("sol_escalate_files",
                   "no still the same",
                   "same message again",
                   "nope, still read only"),
            ),
            (
                "Try opening it again - can you edit it now?",
                "Is it letting you make changes this time?",
                "Any luck? Does it open without the message?",
            ),
        ),
        Decision(
            "where_stored", "Where the file lives",
            "From where is the user opening the file?",
            (
                told(opt("email", "An email attachment", "sol_save_copy",
                         ("Email attachment", "From Outlook"),
                         "straight from the email",
                         "it's an attachment in outlook",
                         "I double-clicked it in the email"),
                     "I'm opening it straight from the email"),
                told(opt("share", "A network shared folder", "file_attr",
                         ("Network drive", "Shared folder", "S: / P: drive"),
                         "the shared drive",
                         "it's on the team's network folder",
                         "from the S drive"),
                     "the file is on our shared network drive"),
                told(opt("cloud", "SharePoint, Teams or OneDrive", "check_edit_link",
                         ("SharePoint / Teams", "OneDrive", "A shared link"),
                         "it's in teams",
                         "someone sent me a sharepoint link",
                         "from onedrive"),
                     "I open it from a link someone shared on SharePoint"),
            ),
            (
                "Where are you opening it from - an email, a network drive, or Teams/SharePoint?",
                "Where is the file saved?",
                "How do you get to the file: attachment, shared drive or a link?",
            ),
            (
                ("how do I know where it is?",
                 "Look at the address bar in File Explorer, or the top of the file in Word or "
                 "Excel: a drive letter means a network drive, a web address means "
                 "SharePoint or OneDrive."),
            ),
        ),
        Decision(
            "file_attr", "Read-only attribute",
            "Is the Read-only attribute ticked in the file's Properties?",
            (
                yes("clear_attr",
                    "yes that box is ticked",
                    "read-only is checked",
                    "yeah it's ticked"),
                no("perm_check",
                   "no it's not ticked",
                   "box is empty",
                   "nope, unticked"),
            ),
            (
                "Right-click the file, Properties - at the bottom, is Read-only ticked?",
                "In the file's Properties, General tab, is there a tick in Read-only?",
                "Could you check Properties on the file and tell me if Read-only is checked?",
            ),
            (
                ("properties where?",
                 "Find the file in File Explorer, right-click it and pick Properties. The "
                 "Attributes line is near the bottom of the first tab."),
            ),
        ),
        Action(
            "clear_attr", "Clear the read-only attribute",
            "Untick Read-only in the file's Properties (or have the owner do it if the user "
            "cannot), apply, and reopen the file.",
            "sol_attr_cleared",
            (
                "Untick Read-only, click Apply, then open the file again.",
                "I'll clear that flag for you remotely and you can reopen it.",
            ),
            (
                "Read-only attribute cleared",
                "Attribute removed; file reopened editable",
            ),
        ),
        Decision(
            "perm_check", "Write permission on the folder",
            "Does the user have modify rights on the folder the file is in?",
            (
                told(yes("mark_final",
                         "security tab shows modify for my group",
                         "yes I can save other files there fine",
                         "yes, other files in that folder are fine"),
                     "I can edit every other file in that folder"),
                told(no("sol_request_write",
                        "only read access it seems",
                        "I can't save anything in that folder",
                        "no, my group has read only"),
                     "I can't save anything at all in that folder",
                     "nothing in that folder lets me save"),
            ),
            (
                "Can you save other files in that same folder, e.g. make a new text file there?",
                "I'm checking the folder permissions now - do you normally save into that "
                "folder without problems?",
                "Do you have rights to change things in that folder, as far as you know?",
            ),
            (
                ("how would I know?",
                 "Try right-click > New > Text Document in the folder. If it says you need "
                 "permission, you've only got read access there."),
            ),
        ),
        Decision(
            "check_edit_link", "Shared as view-only",
            "Was the file shared with the user with view-only permission?",
            (
                yes("sol_request_write",
                    "it says 'can view' on the link",
                    "yes, view only",
                    "looks like I've only got view"),
                no("mark_final",
                   "no it says can edit",
                   "edit access, I checked",
                   "no, I've edited it before"),
            ),
            (
                "When they shared it with you, was it 'Can view' only?",
                "In the top right, does it show you've got view access only?",
                "Is your access to that file view-only, going by the sharing link?",
            ),
            (
                ("where do I see that?",
                 "In the browser version there's a pencil or eye icon at the top right "
                 "('Editing' or 'Viewing'); the sharing email also says can view or can edit."),
            ),
        ),
        Decision(
            "mark_final", "Marked as final or restricted",
            "Does the document show a 'Marked as Final' or 'Restrict Editing' banner?",
            (
                yes("sol_enable_editing",
                    "yes it says marked as final",
                    "there's a restrict editing pane on the right",
                    "yeah the author marked it final"),
                no("close_office",
                   "no banner at all",
                   "nothing like that",
                   "no, no bars"),
            ),
            (
                "Is there a bar saying the author marked it as final, or a Restrict Editing "
                "panel?",
                "Any banner about 'final' version or restricted editing when it opens?",
                "Do you see 'Marked as Final' near the top of the document?",
            ),
        ),
        Decision(
            "protected_src", "Where the file came from",
            "Where did the file that opens in Protected View come from?",
            (
                told(opt("email", "An email attachment", "sender_known",
                         ("Email attachment", "Someone emailed it"),
                         "came in an email",
                         "it was attached to an email",
                         "email from a customer"),
                     "it came as an email attachment"),
                opt("web", "Downloaded from a website", "unblock",
                    ("Downloaded from the internet", "A website"),
                    "downloaded it from a website",
                    "from the internet",
                    "a supplier's portal, I downloaded it"),
                opt("share", "From an internal shared folder", "sol_trusted_location",
                    ("Our shared drive", "Internal folder"),
                    "it's on our own shared drive",
                    "internal, from the team folder",
                    "it's one of ours on the network"),
            ),
            (
                "Where did you get the file from?",
                "Was it emailed to you, downloaded, or is it one of ours on the network?",
                "How did that document get to you?",
            ),
        ),
        Decision(
            "sender_known", "Expected from a known sender",
            "Did the user expect this attachment from a sender they know?",
            (
                yes("sol_trusted_sender",
                    "yes it's from my colleague at the supplier, I asked for it",
                    "yes, expected it",
                    "yes I know them well"),
                no("sol_report_suspicious",
                   "no idea who they are",
                   "no, it just turned up",
                   "not really, never heard of them"),
            ),
            (
                "Do you know who sent it, and were you expecting it?",
                "Is it from someone you deal with and were expecting a file from?",
                "Was that attachment expected, from someone you know?",
            ),
            (
                ("why, is it dangerous?",
                 "Protected View is Office being careful with outside files. If you know and "
                 "expected it, it's fine to edit; if not, it could be a phishing attempt."),
            ),
        ),
        Action(
            "unblock", "Unblock the downloaded file",
            "In the file's Properties, tick Unblock (downloaded-from-internet mark), apply, "
            "and reopen; only for files from a trusted site.",
            "sol_unblocked",
            (
                "Right-click the file, Properties, and at the bottom tick 'Unblock', then OK "
                "and open it again.",
                "Windows has marked it as from the internet. Tick Unblock in Properties and it "
                "will open normally.",
            ),
            (
                "Unblock ticked; opens without Protected View",
                "File unblocked",
            ),
        ),
        Solution(
            "sol_coauthor", "Co-author in the desktop app or browser",
            "The file is in SharePoint/Teams: both people can edit at once. Opened it from "
            "Teams/SharePoint with 'Open in desktop app' (not a downloaded copy) and AutoSave on.",
            (
                "Since it's in Teams you can both edit at the same time: open it from Teams "
                "with 'Open in app', not a downloaded copy, and keep AutoSave on.",
                "Open it from SharePoint rather than a local copy and you can edit alongside "
                "your colleague.",
            ),
        ),
        Solution(
            "sol_wait_close", "Wait for the colleague to close it",
            "Network-drive files can only be edited by one person at a time; the colleague "
            "closed the file (or the user chose Notify) and then it opened for editing.",
            (
                "On the network drive only one person can edit at a time, so once your "
                "colleague closes it you'll get it. Choose 'Notify' and Excel will tell you.",
                "Ask them to save and close, then open it again and it'll be editable.",
            ),
        ),
        Solution(
            "sol_lock_cleared", "Lock cleared",
            "A stale lock from a crashed or background Office process; cleared, and the file "
            "opens for editing.",
            (
                "That was an old lock left behind; it's cleared and you can edit again.",
                "Sorted - the leftover lock was the issue.",
            ),
        ),
        Solution(
            "sol_escalate_files", "Escalate to file services",
            "Lock could not be cleared at the desk; passed to file services with the path, "
            "the lock message and what was tried.",
            (
                "I'll pass this to the file services team with the path and what we've done; "
                "they can look at the server.",
                "This needs the server team. Logged with them, they'll be in touch.",
            ),
        ),
        Solution(
            "sol_save_copy", "Save a copy before editing",
            "Attachments open from a temporary folder as read-only; save the attachment to "
            "Documents (or the team folder) first and edit that copy.",
            (
                "Attachments always open read-only from Outlook. Save it to your Documents "
                "first, then open that copy and edit away.",
                "Use Save As to put it somewhere of your own, then edit the saved copy.",
            ),
        ),
        Solution(
            "sol_attr_cleared", "Read-only flag cleared",
            "The file had the read-only attribute set; cleared it and it opens for editing.",
            (
                "The file was flagged read-only. Flag's off now, you can edit.",
                "That tick box was the culprit - all good now.",
            ),
        ),
        Solution(
            "sol_request_write", "Ask the owner for edit access",
            "The user has read or view access only; the folder or file owner needs to grant "
            "edit/modify access (request raised for approval).",
            (
                "You've only got read access there. I've raised a request for the owner to "
                "approve edit rights.",
                "The owner needs to give you edit access - ask them to share it with 'Can "
                "edit', or I can raise the request.",
            ),
        ),
        Solution(
            "sol_enable_editing", "Enable editing",
            "The author deliberately protected the document (marked as final or restricted "
            "editing); clicked Edit Anyway, or asked the author to lift the restriction.",
            (
                "Click 'Edit Anyway' on that bar and you can make changes.",
                "It's just protected by the author. Use the button on the bar to edit, or ask "
                "them to remove the restriction.",
            ),
        ),
        Solution(
            "sol_trusted_sender", "Expected attachment: enable editing",
            "Protected View on an expected attachment from a known sender; safe to click "
            "Enable Editing.",
            (
                "As you know the sender and were expecting it, click Enable Editing on the "
                "yellow bar and carry on.",
                "That's Office being cautious with outside files. Enable Editing is fine here.",
            ),
        ),
        Solution(
            "sol_report_suspicious", "Do not enable; report the attachment",
            "Unexpected attachment from an unknown sender: kept in Protected View, not "
            "enabled, and reported to security with the Report button.",
            (
                "Please don't click Enable Editing on that one. Use the Report button in "
                "Outlook and delete it.",
                "Leave it in Protected View - report it as suspicious and security will check it.",
            ),
        ),
        Solution(
            "sol_unblocked", "Downloaded file unblocked",
            "Windows marked the download as from the internet; unblocked in Properties and it "
            "opens normally.",
            (
                "It was just Windows' download mark. Unblocked, so it opens normally now.",
                "Fixed: the file's unblocked.",
            ),
        ),
        Solution(
            "sol_trusted_location", "Internal location not trusted",
            "Internal share not in Office's trusted locations; requested the path be added by "
            "policy, and enable editing meanwhile.",
            (
                "That folder isn't on Office's trusted list. I've asked for it to be added; "
                "until then just click Enable Editing.",
                "I'll get that share added to trusted locations. Enable Editing is safe for now.",
            ),
        ),
    ),
)

# --- deleted or overwritten file --------------------------------------------------------

RESTORE = Flow(
    id="bl-file-restore",
    name="Recover a deleted, overwritten or lost file",
    description=(
        "A user deleted a file or folder, saved over it with the wrong changes, cannot find "
        "it any more, or lost unsaved work when an app closed. Covers the Recycle Bin, the "
        "OneDrive and SharePoint recycle bins, version history, Previous Versions on network "
        "shares, backup restores and Office's unsaved-document recovery."
    ),
    domain="m365",
    keywords=(
        "deleted file", "restore", "recycle bin", "previous versions", "version history",
        "overwritten", "saved over", "recover unsaved", "backup",
    ),
    teams=TEAMS,
    summaries=(
        "Need a file back",
        "Lost a document",
        "file gone, need help urgently",
        "Can you restore something for me?",
        "lost some work",
        "Problem with a file I was working on yesterday",
    ),
    openers=(
        Opener((("root", "deleted"),), (
            "I deleted a folder by mistake, can it be restored?",
            "accidentally deleted a file, need it back",
            "I think I deleted the quarterly report",
        )),
        Opener((("root", "overwritten"),), (
            "I saved over a spreadsheet with the wrong data, need the old version",
            "overwrote a document by accident, is there an older copy?",
        )),
        Opener((("root", "missing"),), (
            "A file I used yesterday has vanished",
            "can't find my document anywhere, it was there on Friday",
        )),
        Opener((("root", "unsaved"),), (
            "the program crashed and I hadn't saved, lost two hours of work",
            "my laptop restarted for updates and my unsaved work is gone",
        )),
        Opener((("root", "deleted"), ("where_deleted", "cloud")), (
            "I deleted a file from our Teams channel and need it back",
            "deleted something from my OneDrive by mistake",
        )),
        Opener((("root", "overwritten"), ("ov_location", "share")), (
            "Someone saved over a file on the S drive, we need yesterday's version",
        )),
    ),
    hints=(
        Opener((("recycle_bin", "no"),), (
            "deleted a file off my desktop and it's not in the recycle bin, I already emptied it",
        )),
        Opener((("cloud_bin", "yes"),), (
            "I can see my deleted file in the online recycle bin but don't know how to get it "
            "back",
        )),
        Opener((("prev_versions", "no"),), (
            "lost a file on the network drive and the Previous Versions tab is empty",
        )),
        Opener((("version_history", "yes"),), (
            "Overwrote a SharePoint doc - I can see older versions in version history but not "
            "sure which to restore",
        )),
    ),
    nodes=(
        Decision(
            "root", "What happened to the file",
            "Which best describes what happened to the user's file?",
            (
                opt("deleted", "It was deleted", "where_deleted",
                    ("Deleted", "Deleted by mistake"),
                    "I deleted it",
                    "deleted it by accident",
                    "I think I binned it",
                    "a colleague deleted the folder"),
                opt("overwritten", "It was saved over with the wrong content", "ov_location",
                    ("Saved over", "Overwritten", "Need an older version"),
                    "I saved over it",
                    "the content is wrong now, someone overwrote it",
                    "need the version from before yesterday"),
                opt("missing", "It cannot be found, maybe moved", "search_done",
                    ("Can't find it", "Gone missing", "Maybe moved"),
                    "it's just vanished",
                    "I can't find it anywhere",
                    "it's not where it was, might have been moved"),
                opt("unsaved", "Work was never saved before the app closed", "unsaved_app",
                    ("Never saved", "App crashed", "Unsaved work"),
                    "I never saved it",
                    "the program crashed before I saved",
                    "laptop restarted with it open"),
            ),
            (
                "What happened to it - deleted, saved over, or just can't find it?",
                "Can you tell me how the file was lost?",
                "What's happened to the file exactly?",
                "Was it deleted, overwritten, never saved, or has it just gone missing?",
            ),
        ),
        Decision(
            "where_deleted", "Where it was stored",
            "Where was the deleted file stored?",
            (
                told(opt("local", "On the PC (Desktop, Documents, Downloads)", "recycle_bin",
                         ("On my PC", "Desktop / Documents"),
                         "on my desktop",
                         "in my documents folder on the laptop",
                         "just on my computer"),
                     "it was only on my desktop"),
                told(opt("share", "A network shared folder", "prev_versions",
                         ("Network drive", "Shared drive"),
                         "on the S drive",
                         "our team's shared folder",
                         "network drive"),
                     "it was on the team network drive"),
                told(opt("cloud", "OneDrive, SharePoint or Teams", "cloud_bin",
                         ("OneDrive", "SharePoint / Teams"),
                         "in teams",
                         "my onedrive",
                         "the sharepoint site"),
                     "it was saved in OneDrive"),
            ),
            (
                "Where was it saved - on your PC, a network drive, or OneDrive/Teams?",
                "Where did the file live before it went?",
                "Was that on your computer, on a shared drive or in the cloud?",
            ),
            (
                ("not sure, how can I tell?",
                 "Think of where you used to open it: a drive letter like S: is the network, "
                 "a cloud icon or Teams is OneDrive/SharePoint, Desktop or Documents is the PC."),
            ),
        ),
        Decision(
            "recycle_bin", "In the Recycle Bin",
            "Is the file in the Windows Recycle Bin?",
            (
                yes("restore_bin",
                    "yes it's there",
                    "found it in the bin",
                    "yep I can see it"),
                no("onedrive_backup",
                   "no, not there",
                   "bin's empty",
                   "I emptied it last week"),
            ),
            (
                "Have a look in the Recycle Bin on your desktop - is it in there?",
                "Can you open the Recycle Bin and search for it?",
                "Is it sitting in the Recycle Bin?",
            ),
        ),
        Action(
            "restore_bin", "Restore from the Recycle Bin",
            "Right-click the item in the Recycle Bin > Restore; it goes back to where it was.",
            "sol_back_in_place",
            (
                "Right-click it and choose Restore - it'll go back to its original folder.",
                "Select it and click 'Restore the selected items' at the top.",
            ),
            (
                "Restored from the Recycle Bin",
                "Item restored to original location",
            ),
        ),
        Decision(
            "onedrive_backup", "PC folders backed up to OneDrive",
            "Are the user's Desktop and Documents folders backed up to OneDrive?",
            (
                told(yes("cloud_bin",
                         "yes there's a green tick on the folders",
                         "I think so, onedrive backs them up",
                         "yes, my desktop is in onedrive"),
                     "my desktop is synced to OneDrive anyway"),
                told(no("sol_not_recoverable",
                        "no, never set that up",
                        "no cloud icon on them",
                        "don't think so"),
                     "I don't use OneDrive for my desktop"),
            ),
            (
                "Do your Desktop and Documents sync to OneDrive - little cloud or tick icons "
                "next to the files?",
                "Is folder backup to OneDrive switched on for your PC?",
                "Are your desktop files also in OneDrive, do you know?",
            ),
            (
                ("what does that mean?",
                 "Many PCs copy Desktop and Documents to OneDrive automatically. If yours does, "
                 "there's a second recycle bin online we can check."),
            ),
        ),
        Decision(
            "cloud_bin", "In the OneDrive or SharePoint recycle bin",
            "Is the file listed in the OneDrive or SharePoint site recycle bin?",
            (
                yes("restore_cloud",
                    "yes it's there in the web recycle bin",
                    "found it online",
                    "yes I see it"),
                no("sol_escalate_restore",
                   "no it's not in there",
                   "not in either bin",
                   "nope"),
            ),
            (
                "In OneDrive or the SharePoint site in your browser, open Recycle bin on the "
                "left - is it listed?",
                "Can you check the online recycle bin for it?",
                "Is it in the recycle bin on the OneDrive / SharePoint website?",
            ),
            (
                ("there's a recycle bin online?",
                 "Yes, OneDrive and each SharePoint site keep deleted files for 93 days in "
                 "their own recycle bin, separate from the one on your desktop."),
            ),
        ),
        Action(
            "restore_cloud", "Restore from the online recycle bin",
            "Select the item in the OneDrive/SharePoint recycle bin > Restore; wait for sync.",
            "sol_cloud_restored",
            (
                "Tick it and click Restore at the top; it'll sync back down in a minute.",
                "I'll restore it from the site's recycle bin for you.",
            ),
            (
                "Restored from the SharePoint recycle bin",
                "Restored from OneDrive recycle bin; synced",
            ),
        ),
        Decision(
            "prev_versions", "Previous Versions on the share",
            "Does Previous Versions on the folder list a copy from before the file was lost?",
            (
                yes("restore_prev",
                    "yes there's one from last night",
                    "a few dates show up",
                    "yes, from yesterday"),
                no("backup_request",
                   "no, there are no previous versions",
                   "the tab is empty",
                   "nothing listed"),
            ),
            (
                "Right-click the folder it was in, Properties > Previous Versions - any dates "
                "listed from before it went?",
                "Can you check the Previous Versions tab on that folder?",
                "Do you get any older snapshots in Previous Versions?",
            ),
            (
                ("previous versions?",
                 "The file server takes snapshots a couple of times a day. Right-click the "
                 "folder, Properties, and there's a Previous Versions tab."),
            ),
        ),
        Action(
            "restore_prev", "Restore from a snapshot",
            "Open the snapshot from before the loss in Previous Versions and copy the file out "
            "(to a new name first if the current one exists).",
            "sol_snapshot",
            (
                "Open the version from before it went, find the file and copy it back. If the "
                "file is still there, save it under a new name so we don't overwrite anything.",
                "I'll copy it out of last night's snapshot for you.",
            ),
            (
                "Copied file from the 06:00 snapshot",
                "Restored from Previous Versions as '... (restored)'",
            ),
        ),
        Action(
            "backup_request", "Request a restore from backup",
            "Raise a restore request to the backup team with the full path, file name and the "
            "last date the file was known to be good.",
            "sol_backup_restore",
            (
                "No snapshot, so it'll need the backups. Can you give me the full folder path "
                "and the last date you know it was OK?",
                "I'm logging a restore request with the backup team - what's the exact "
                "folder and roughly when was it last fine?",
            ),
            (
                "Restore request logged with backup team",
                "Backup restore ticket raised with path and date",
            ),
        ),
        Decision(
            "ov_location", "Where the overwritten file lives",
            "Where is the file that was saved over?",
            (
                opt("share", "A network shared folder", "prev_versions",
                    ("Network drive", "Shared folder"),
                    "on our network drive",
                    "the S drive",
                    "team share"),
                opt("cloud", "OneDrive, SharePoint or Teams", "version_history",
                    ("SharePoint / Teams", "OneDrive"),
                    "it's a teams file",
                    "sharepoint",
                    "in my onedrive"),
            ),
            (
                "Is it on a network drive or in OneDrive/SharePoint/Teams?",
                "Where's that file kept?",
                "Where do you open the file from - a drive letter or Teams/SharePoint?",
            ),
        ),
        Decision(
            "version_history", "Older version in version history",
            "Does the file's version history show a version from before the change?",
            (
                yes("restore_version",
                    "yes there's one from this morning",
                    "loads of versions there",
                    "yes, yesterday's is there"),
                no("sol_escalate_restore",
                   "only the current one",
                   "no older versions",
                   "version history is empty"),
            ),
            (
                "Right-click it in OneDrive or SharePoint and pick Version history - is there "
                "an older one?",
                "Can you see an earlier version in Version history?",
                "In Version history, is there one from before it got overwritten?",
            ),
        ),
        Action(
            "restore_version", "Restore the older version",
            "In Version history, pick the version from before the change > Restore (the "
            "current one is kept as a newer version).",
            "sol_version",
            (
                "Click the three dots next to the version you want and choose Restore.",
                "Restore that version - the current one isn't lost, it's kept as a version too.",
            ),
            (
                "Restored version 14 from yesterday",
                "Earlier version restored",
            ),
        ),
        Decision(
            "search_done", "Already searched",
            "Has the user already searched for the file by name in File Explorer?",
            (
                told(yes("where_deleted",
                         "yes searched everywhere",
                         "already did, nothing",
                         "yep, searched the whole drive"),
                     "I've searched for it already"),
                no("do_search",
                   "no I haven't",
                   "not really, just looked in the folder",
                   "no, how do I?"),
            ),
            (
                "Have you tried searching for it by name?",
                "Did you do a search in File Explorer for it yet?",
                "Have you searched your drives for the file name already?",
            ),
        ),
        Action(
            "do_search", "Search for the file",
            "Search for part of the name in File Explorer (This PC and the network drive) and "
            "check Recent in Word/Excel and in OneDrive.",
            "found",
            (
                "Let's search: in File Explorer type part of the name in the search box, and "
                "also check File > Open > Recent in Excel.",
                "Search the drive for a bit of the name; also try 'Recent' in the Office app.",
            ),
            (
                "Searched This PC, S: and Office Recent",
                "Search run",
            ),
            fails=("Search of the network drive timed out; nothing found on This PC",),
            fails_then="no",
        ),
        Decision(
            "found", "Search found it",
            "Did the search find the file?",
            (
                yes("sol_found",
                    "yes it was in another folder",
                    "found it! it had been dragged into a subfolder",
                    "yes, in recent"),
                no("where_deleted",
                   "no nothing",
                   "not found",
                   "no sign of it"),
            ),
            (
                "Did it turn up?",
                "Any luck with the search?",
                "Did that find it anywhere?",
            ),
        ),
        Decision(
            "unsaved_app", "Which app",
            "Which application was the unsaved work in?",
            (
                told(opt("office", "Word, Excel or PowerPoint", "autorecover",
                         ("Word / Excel / PowerPoint", "An Office app"),
                         "excel",
                         "a word document",
                         "powerpoint"),
                     "it was a Word document"),
                opt("other", "Another program", "sol_not_recoverable",
                    ("Something else", "Another program"),
                    "notepad",
                    "it was in a web form",
                    "some other program"),
            ),
            (
                "Which program was it in?",
                "Was it Word, Excel, PowerPoint or something else?",
                "What app were you working in?",
            ),
        ),
        Action(
            "autorecover", "Look for AutoRecover copies",
            "Open the app > File > Info > Manage Document > Recover Unsaved Documents, or the "
            "Document Recovery pane on restart.",
            "recovered",
            (
                "Open the app again and go File > Info > Manage Document > Recover Unsaved "
                "Documents.",
                "When you reopen Excel, see if a Document Recovery pane appears on the left; "
                "if not, File > Info > Recover Unsaved Workbooks.",
            ),
            (
                "Checked Recover Unsaved Documents",
                "Looked in Document Recovery and UnsavedFiles folder",
            ),
            fails=("UnsavedFiles folder empty; no Document Recovery pane",),
            fails_then="no",
        ),
        Decision(
            "recovered", "AutoRecover had it",
            "Was there a recovered copy with the user's work?",
            (
                yes("sol_recovered_unsaved",
                    "yes! most of it is there",
                    "found one from 10 minutes before",
                    "yes there's a copy"),
                no("sol_not_recoverable",
                   "no, nothing there",
                   "empty",
                   "only an old one"),
            ),
            (
                "Is there a copy in there with your work?",
                "Did you find a recovered version?",
                "Anything in the recovery list?",
            ),
        ),
        Solution(
            "sol_back_in_place", "Restored from a recycle bin",
            "The deleted file was restored from the Windows Recycle Bin to its original folder.",
            (
                "It's back where it was. Check it opens OK.",
                "Restored - you'll find it in its original folder.",
            ),
        ),
        Solution(
            "sol_cloud_restored", "Restored from the online recycle bin",
            "The file was restored from the OneDrive or SharePoint recycle bin and synced back.",
            (
                "It's restored online and will show up in the folder again once it syncs.",
                "Back from the OneDrive/SharePoint bin - give it a minute to appear.",
            ),
        ),
        Solution(
            "sol_snapshot", "Copied back from a snapshot",
            "The file was restored from a Previous Versions snapshot of the network share.",
            (
                "Got it back from last night's snapshot; anything changed since then is lost.",
                "Restored from the server snapshot.",
            ),
        ),
        Solution(
            "sol_backup_restore", "Restore from backup requested",
            "No snapshot or bin copy; the backup team will restore from tape/cloud backup to "
            "the original folder and tell the user.",
            (
                "The backup team will restore it, usually within a working day; they'll email "
                "you when it's back.",
                "It's with the backup team now. You'll get an email once it's restored.",
            ),
        ),
        Solution(
            "sol_version", "Older version restored",
            "An earlier version from version history was restored.",
            (
                "You're back on the older version. The overwritten one is still in the history "
                "if you need anything from it.",
                "Restored the earlier version for you.",
            ),
        ),
        Solution(
            "sol_found", "File found, it had moved",
            "The file had been moved or dragged into another folder; found by searching and "
            "put back.",
            (
                "It had just been dragged into another folder. Moved it back.",
                "Found it - it was moved, not deleted.",
            ),
        ),
        Solution(
            "sol_recovered_unsaved", "Unsaved work recovered",
            "AutoRecover had a copy; opened it and saved it properly.",
            (
                "Save that recovered copy straight away under a proper name.",
                "Great, AutoRecover had it - save it now and you're good.",
            ),
        ),
        Solution(
            "sol_not_recoverable", "Cannot be recovered",
            "No copy in any bin, sync, snapshot or recovery store; the file cannot be "
            "recovered. Advised saving work in OneDrive or the team site.",
            (
                "I'm sorry, there's no copy of it anywhere we can get to. Going forward, save "
                "to OneDrive so there's always a history.",
                "Unfortunately that one can't be recovered. OneDrive or Teams would keep "
                "versions in future.",
            ),
        ),
        Solution(
            "sol_escalate_restore", "Escalate to the M365 admins",
            "Not in the first-stage bin or version history; escalated to the Microsoft 365 "
            "admins for a second-stage bin or site restore.",
            (
                "I'll ask the 365 admins - they can check the second-stage recycle bin and site "
                "backups.",
                "Escalated to the M365 team to look deeper for it.",
            ),
        ),
    ),
)

FLOWS = (LOCKED, RESTORE)
