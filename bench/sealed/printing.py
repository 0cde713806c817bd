"""Two flows at the office's multifunction copiers: scans that never arrive, and print jobs
that will not come out when the user badges in (secure / follow-me printing).

Both happen at the same machine, with the same badge, panel and print server, so they
share many words and must be told apart. Written by hand from general helpdesk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "site-support")

# --- scans that do not arrive --------------------------------------------------------------

SCAN = Flow(
    id="se-scan-send",
    name="Scan to email or scan to folder not arriving",
    description=(
        "A user scans at a multifunction copier and the scan never reaches the mailbox or the "
        "network folder, or the copier shows an error when it tries to send. Covers one user's "
        "saved destination as well as a copier, or every copier, that cannot send at all."
    ),
    domain="printing",
    keywords=(
        "scan to email", "scan to folder", "scanner", "copier", "multifunction printer",
        "MFP", "address book", "SMTP", "scan not received",
    ),
    teams=TEAMS,
    summaries=(
        "Scanning from the copier isn't working",
        "My scans aren't coming through",
        "Problem scanning documents at the office printer",
        "can't scan anything",
        "Scans from the big printer never show up",
        "Need help with scanning, it's not sending",
        "The copier won't send my scanned documents",
    ),
    openers=(
        Opener((("root", "all"),), (
            "Nobody on our floor can scan from the copier by the lifts",
            "The copier in reception won't send scans for anyone",
            "None of us can scan today, the whole team has tried",
        )),
        Opener((("root", "one"),), (
            "Scanning doesn't work for me but my colleagues can scan fine",
            "I'm the only one in the office whose scans don't come through",
        )),
        Opener((("root", "one"), ("dest", "folder")), (
            "My scans to my network folder stopped arriving, everyone else's are fine",
            "Scan to folder stopped working for me, other people can still use it",
        )),
        Opener((("root", "one"), ("dest", "email")), (
            "Only my scans to email never arrive, the rest of the team gets theirs",
            "scan to email works for everyone except me",
        )),
    ),
    hints=(
        Opener((("panel_msg", "too_big"),), (
            "The copier says my file is too big when I scan a long contract",
            "scanning a 60 page document and the printer complains about the size",
        )),
        Opener((("pw_changed", "yes"),), (
            "Since I changed my password last week I can't scan to my folder",
        )),
        Opener((("folder_error", "denied"),), (
            "Scanning to my folder gives a login failed message on the copier",
            "The copier says access denied when I scan to my folder",
        )),
        Opener((("panel_msg", "stuck"),), (
            "When I scan to email it just sits on 'sending' and then times out",
        )),
        Opener((("address_source", "typed"),), (
            "I type the email address in on the copier every time and the scan never turns up",
        )),
        Opener((("external", "yes"),), (
            "I'm trying to scan a document from the copier straight to a client's email",
        )),
    ),
    nodes=(
        Decision(
            "root", "Who is affected",
            "Is the scanning problem limited to this one user, or does it affect everyone who "
            "scans at that copier?",
            (
                opt("one", "Just this user", "dest",
                    ("Just me", "Only this user", "Only me so far"),
                    "just me i think, the others in my team are scanning fine",
                    "only me, my colleague scanned something ten minutes ago and got it",
                    "as far as I know it's only me",
                    "the person next to me can scan no problem",
                    "only me"),
                opt("all", "Everyone at that copier", "other_copiers",
                    ("Everyone", "The whole office", "Everybody at that machine"),
                    "nobody can, the whole floor is complaining",
                    "everyone, it's the copier by reception",
                    "all of us, none of our scans are coming through",
                    "it's everyone, we've all tried"),
            ),
            (
                "Is it just you having trouble scanning, or is everyone who uses that copier "
                "affected?",
                "Can your colleagues scan from the same machine, or are they stuck too?",
                "Does anyone else in the office have the same trouble scanning on that device?",
                "Is this only happening to you, or to other people at that copier as well?",
            ),
            (
                ("how would I know if others have the problem?",
                 "Just ask someone nearby to scan a page to themselves from the same copier. "
                 "If theirs arrives, it's only you."),
                ("does it matter?",
                 "It does: if the whole copier can't send, the fix is on the device or the mail "
                 "server, not on your account. So, is it only you?"),
            ),
        ),
        Decision(
            "other_copiers", "Other copiers",
            "Can users still scan successfully from the other copiers in the building?",
            (
                yes("reboot_copier",
                    "yes the one on the 3rd floor works",
                    "people have been walking to the other copier and that's fine",
                    "the other machine seems ok",
                    "yep, the one downstairs works"),
                no("relay_check",
                   "no, none of them work",
                   "tried two other copiers, same problem",
                   "no, it's all of them",
                   "nope, it's every machine in the building"),
            ),
            (
                "Are the other copiers in the building still able to scan?",
                "If you go to a different copier, does scanning work there?",
                "Can people scan if they walk over to one of the other copiers?",
            ),
            (
                ("which other copiers?",
                 "Any other big multifunction printer on your site, the ones that copy and "
                 "scan, not the small desk printers."),
            ),
        ),
        Action(
            "reboot_copier", "Restart the copier",
            "Power the copier off at its main switch for 30 seconds, turn it back on, and print "
            "a configuration page to confirm it has its usual IP address and can reach the mail "
            "server.",
            "copier_back",
            (
                "Could you switch the copier off at the power switch on the side, wait half a "
                "minute, and turn it back on? Once it's up I'll check it's back on the network.",
                "Let's restart that copier: full power off, 30 seconds, back on. I'll ping it "
                "from here afterwards.",
                "Please turn the copier off and on again at the main switch and tell me when "
                "the touch screen is back.",
            ),
            (
                "Copier restarted, back on the network with its usual IP",
                "Power cycled; panel back after about 3 minutes, device answers ping",
                "Restarted the device; configuration page printed fine",
            ),
            fails=(
                "Copier restarted but the panel still shows a network error",
                "Device came back up but does not answer ping",
            ),
            fails_then="no",
        ),
        Decision(
            "copier_back", "Working after restart",
            "After the restart, can users scan from that copier again?",
            (
                yes("sol_copier_restart",
                    "yes that did it, my scan just came through",
                    "it works now",
                    "just tested, scan arrived",
                    "yep all good now"),
                no("sol_vendor_call",
                   "no, still failing",
                   "same error as before",
                   "nope, still nothing arriving",
                   "tried again, still broken"),
            ),
            (
                "Now that it's restarted, could you scan a page to yourself: does it come "
                "through?",
                "Is scanning working again on that machine?",
                "Could someone try a test scan now and tell me if it arrives?",
            ),
        ),
        Action(
            "relay_check", "Check the scan relay and service account",
            "In the mail admin portal, check the connector the copiers send through and the "
            "sign-in status of the account the scanners use.",
            "relay_state",
            (
                "Since every copier is affected, I'm going to look at the mail relay the "
                "copiers send through. Give me a few minutes.",
                "This points at the server side. I'm checking the account and connector the "
                "scanners use to send email.",
                "Let me check the scanning account and the mail connector on our side.",
            ),
            (
                "Checked connector and the scanner account's sign-in logs",
                "Reviewed relay settings and the service account's sign-in history",
                "Ran a message trace for the copiers' sending address",
            ),
        ),
        Decision(
            "relay_state", "Relay check result",
            "What did the check of the scanners' mail relay and service account show?",
            (
                opt("expired", "Service account password expired or sign-in blocked",
                    "sol_relay_password",
                    ("Account password expired", "Sign-in blocked", "Scan account locked"),
                    "the scanner account's password expired on Monday",
                    "sign-in log shows the scan account being blocked",
                    "scan account locked after the password policy change"),
                opt("connector", "Relay connector or certificate error", "sol_relay_connector",
                    ("Connector error", "Certificate problem", "TLS failure"),
                    "connector is rejecting the copiers, cert has expired",
                    "message trace shows TLS failures from the copier IPs",
                    "relay says the certificate isn't valid anymore"),
                opt("fine", "Relay and account look healthy", "sol_vendor_call",
                    ("All looks fine", "Nothing wrong on our side", "No errors found"),
                    "everything looks healthy on the mail side",
                    "account and connector both fine",
                    "no errors on the relay at all"),
            ),
            (
                "What did you find on the relay and the scanning account?",
                "So what's the verdict on the mail side: the account, the connector, or all "
                "fine?",
                "What does the sign-in and relay check tell us?",
            ),
        ),
        Decision(
            "dest", "Scan destination",
            "Is the user scanning to an email address or to a network folder?",
            (
                opt("email", "Email", "panel_msg",
                    ("Email", "Scan to email", "To an inbox"),
                    "email, I send it to myself",
                    "to my email address",
                    "to my inbox, I use scan to me",
                    "email, I normally forward it on from there"),
                opt("folder", "Network folder", "folder_error",
                    ("Network folder", "Scan to folder", "A folder on the server"),
                    "to the scans folder on the server",
                    "to a folder on the network",
                    "it goes into my scans folder",
                    "folder, the one with my name on it"),
            ),
            (
                "Where do your scans go: to an email address, or into a folder on the network?",
                "When you scan, which do you pick on the copier, email or folder?",
                "Is it a scan to email or a scan to folder you're doing?",
            ),
            (
                ("what's the difference?",
                 "On the copier's screen you either choose an email address, or a folder "
                 "destination that saves the file on a server. Which one do you press?"),
            ),
        ),
        Decision(
            "panel_msg", "Copier message",
            "What message does the copier panel show after the user presses Start to send the "
            "scan?",
            (
                opt("sent", "Reports it was sent", "junk",
                    ("It says sent", "Job complete", "Sent OK"),
                    "it says job complete, like normal",
                    "the screen says sent successfully",
                    "it beeps and says done, it just never shows up",
                    "no error at all, looks like it went"),
                opt("error", "Send error or error code", "address_source",
                    ("Send error", "An error code", "Transmission error"),
                    "it says send failed with some code",
                    "there's an error, something like transmission error",
                    "a red error comes up after a few seconds",
                    "error code starting with 8 something"),
                opt("too_big", "File too large message", "shrink_scan",
                    ("File too big", "Size limit error", "Over the maximum size"),
                    "says the file is too big",
                    "something about exceeding the maximum size",
                    "it complains the data size is over the limit",
                    "'file size limit exceeded' or similar"),
                opt("stuck", "Stuck sending, then times out", "other_copiers",
                    ("Hangs on sending", "Times out", "Stuck on 'Sending'"),
                    "it just sits on sending... forever",
                    "it spins for ages then gives up",
                    "sending, then timeout or something",
                    "it hangs and eventually cancels itself"),
            ),
            (
                "When you press Start, what does the copier's screen say?",
                "What do you see on the copier's display once the pages have gone through?",
                "Does the copier show any message or error when it tries to send?",
                "After scanning, what appears on the touch screen?",
            ),
            (
                ("I didn't really look, does it matter?",
                 "It helps a lot. Could you scan one page and watch the screen for the message "
                 "that comes up straight after?"),
                ("which screen?",
                 "The touch panel on the front of the copier, where you picked the address."),
            ),
        ),
        Decision(
            "junk", "Junk or quarantine",
            "Has the recipient checked their Junk Email folder and the quarantine notifications "
            "for the scan?",
            (
                opt("found", "Found in Junk or quarantine", "release_sender",
                    ("Yes, it's in there", "Found it in Junk", "In quarantine"),
                    "oh, they're all in my junk folder!",
                    "found them in quarantine",
                    "yes there it is in junk",
                    "I got a quarantine email listing them"),
                opt("missing", "Not in Junk or quarantine", "address_source",
                    ("Not there", "Checked, nothing", "Can't find it"),
                    "not in junk either",
                    "looked, nothing there",
                    "no quarantine emails, nothing in junk",
                    "nope, checked both"),
            ),
            (
                "Could you look in your Junk Email folder and any quarantine notification "
                "emails: is the scan there?",
                "Sometimes scans get filtered as spam. Can you check Junk and the quarantine "
                "messages for me?",
                "Is there any sign of the scan in Junk, or in a 'messages held' email?",
            ),
            (
                ("what's quarantine?",
                 "It's where the mail filter holds messages it doesn't trust. You get a "
                 "summary email from it listing what it held, usually once a day."),
                ("where's the junk folder?",
                 "In Outlook it's in the folder list on the left, called Junk Email, below "
                 "your Inbox."),
            ),
        ),
        Action(
            "release_sender", "Release and allow the copier's sender",
            "Release the held scans and add the copiers' sending address to the allowed "
            "senders, so future scans reach the inbox.",
            "sol_safe_sender",
            (
                "I'll release those from quarantine and add the copier's address as a safe "
                "sender so it stops happening.",
                "Let's get them out of there: right-click one, Junk, Not Junk, and tick to "
                "always trust the sender. I'll also allow the copier's address on the filter.",
            ),
            (
                "Released held scans; copier address on the allow list",
                "Marked as not junk, sender trusted",
                "Scans released; sender added to safe senders",
            ),
        ),
        Solution(
            "sol_safe_sender", "Scans were filtered as junk",
            "The copier's sending address was treated as spam. The held scans were released and "
            "the sender allowed.",
            (
                "They were being caught by the spam filter. They're released now and the "
                "copier's address is trusted, so new scans will land in your inbox.",
                "Your scans were sitting in Junk and quarantine. I've released them and allowed "
                "the copier as a sender.",
            ),
        ),
        Decision(
            "address_source", "How the address was entered",
            "Did the user select the destination from the copier's address book or type the "
            "address by hand?",
            (
                opt("book", "Picked from address book", "fix_entry",
                    ("From the address book", "Picked from the list", "A saved contact"),
                    "I pick my name from the list",
                    "from the address book, I just press my name",
                    "it's saved on there already, I tap it",
                    "I use the one-touch button with my name on it"),
                opt("typed", "Typed it in", "external",
                    ("Typed it in", "Entered manually", "On-screen keyboard"),
                    "I type it in on the screen each time",
                    "typed it in by hand",
                    "I key in the address myself",
                    "manually with the on-screen keyboard"),
            ),
            (
                "Do you choose your address from the copier's contact list, or type it on the "
                "touch screen?",
                "How do you enter where it goes: pick a saved name, or key in the address?",
                "On the panel, is your address one you select from a list, or do you type it?",
            ),
            (
                ("the list with everyone's names?",
                 "Yes, that's the copier's address book. If you tap your name there, that "
                 "counts as picking it."),
            ),
        ),
        Action(
            "fix_entry", "Correct the saved destination",
            "Open the copier's web page (or the print management console), find the user's "
            "entry and correct the stored email address or folder path, often out of date after "
            "a name change or a mailbox move.",
            "test_scan",
            (
                "I'm going to look at your entry in the copier's address book. Sometimes the "
                "saved address is an old one.",
                "Let me check what's stored against your name on that copier and correct it if "
                "needed.",
                "I'll log into the copier's admin page and fix your saved contact.",
            ),
            (
                "Entry had the old surname in the address; corrected",
                "Saved address pointed at the previous domain; updated",
                "Found a typo in the stored address and fixed it",
                "Entry looked right; deleted and re-created it anyway",
            ),
            fails=("Could not log into the copier's admin page to edit the entry",),
            fails_then="no",
        ),
        Decision(
            "external", "Outside address",
            "Is the destination address outside the organisation, such as a personal or "
            "customer mailbox?",
            (
                yes("sol_external_blocked",
                    "yes it's my gmail",
                    "it's a client's email",
                    "yes, to my home address so I can print it there",
                    "it's going to a supplier"),
                no("retype",
                   "no it's my work email",
                   "no, internal, to my own mailbox",
                   "it's a colleague here",
                   "just to myself at work"),
            ),
            (
                "Is the address you're sending to an outside one, like a personal account or a "
                "customer?",
                "Is it going to an external address rather than someone in our company?",
                "Is the address you're using a non-company one?",
            ),
        ),
        Solution(
            "sol_external_blocked", "Copiers cannot send outside the company",
            "The copiers may only send to internal addresses. Scan to the user's own work "
            "mailbox and forward the file from Outlook.",
            (
                "The copiers are only allowed to send to our own addresses, for security. Scan "
                "it to yourself and forward it from Outlook.",
                "That's by design: scans can't go straight to outside addresses. Send it to "
                "your work email first, then forward it on.",
            ),
        ),
        Action(
            "retype", "Re-enter the address and save it",
            "Have the user type the address again slowly, check it on the screen before "
            "pressing Start, and save it as a personal address book entry.",
            "test_scan",
            (
                "Could you try again, typing the address slowly, and check it on the screen "
                "before you press Start? If it works, save it as a contact.",
                "Let's re-enter the address carefully. Watch for dots and the domain at the end.",
            ),
            (
                "Address retyped correctly, saved as a contact",
                "Spotted a missing letter in the domain; fixed and saved",
                "Re-entered address and stored it in the address book",
            ),
            fails=("Retyped the address; the copier shows the same send error",),
            fails_then="no",
        ),
        Action(
            "shrink_scan", "Reduce the scan size",
            "Lower the resolution to 200-300 dpi, switch to black and white or compact PDF, or "
            "split the document into batches under the size limit.",
            "test_scan",
            (
                "That's the attachment size limit. On the scan screen set the resolution to "
                "200 dpi and choose compact PDF, then try again, or scan it in two halves.",
                "Let's make the file smaller: black and white, 200 dpi, and if it's very long, "
                "split it into a couple of scans.",
            ),
            (
                "Resolution lowered to 200 dpi, compact PDF selected",
                "Scanned in two batches",
                "Switched to black and white; file well under the limit",
            ),
            fails=("Even at 200 dpi the file is over the limit",),
            fails_then="no",
        ),
        Decision(
            "folder_error", "Folder scan symptom",
            "What happens when the user scans to the network folder?",
            (
                opt("path", "Path not found or cannot connect", "check_path",
                    ("Can't find the path", "Connection error", "Path not found"),
                    "it says it can't find the path",
                    "connection to the server failed",
                    "'destination not found' on the screen",
                    "it can't connect to the folder"),
                opt("denied", "Login failed or access denied", "pw_changed",
                    ("Login failed", "Access denied", "Authentication error"),
                    "login failed",
                    "it says access denied",
                    "something about authentication failing",
                    "user name or password incorrect, it says"),
                opt("missing", "Completes but no file in the folder", "sol_wrong_folder",
                    ("Says done, file missing", "No error, no file"),
                    "it finishes fine but the file isn't there",
                    "no error, just no file in my folder",
                    "says it's done but I can't find it anywhere"),
            ),
            (
                "When you send a scan to your folder, what does the copier tell you?",
                "What goes wrong with the folder scan: an error on the copier, or no file at "
                "the end?",
                "Does the copier give an error when scanning to the folder, and if so what "
                "kind?",
            ),
            (
                ("the message goes away too fast, what now?",
                 "No problem. Scan one more page and just tell me roughly what it said: can't "
                 "connect, login failed, or no error at all."),
            ),
        ),
        Action(
            "check_path", "Check the folder path in the entry",
            "Confirm that the server and share name in the copier's entry match the folder's "
            "current location (servers and shares get renamed or moved) and update it.",
            "test_scan",
            (
                "I'll compare the folder path saved on the copier with where your scans folder "
                "actually lives now.",
                "Let me check the server name in your scan-to-folder entry; it may still point "
                "at the old server.",
            ),
            (
                "Entry still pointed at the old file server; updated the path",
                "Share had been renamed; corrected in the entry",
                "Path corrected to the new location",
            ),
            fails=("Path is correct, but the copier still cannot reach the server",),
            fails_then="no",
        ),
        Decision(
            "pw_changed", "Recent password change",
            "Has the user changed their network password since scanning to the folder last "
            "worked?",
            (
                told(yes("update_pw",
                         "yes, last week it made me change it",
                         "I did change it on Monday actually",
                         "yes, it expired recently",
                         "now you mention it, yes"),
                     "I changed my password last week, if that matters",
                     "my password was reset on Monday"),
                told(no("sol_share_permission",
                        "no, not changed it in months",
                        "no I don't think so",
                        "nope, same password",
                        "not recently, no"),
                     "I haven't changed my password in ages",
                     "my password hasn't changed recently"),
            ),
            (
                "Did you change your computer password recently, since the last time scanning "
                "to the folder worked?",
                "Has your password changed lately?",
                "When did you last change your password: was it after your scans stopped "
                "arriving?",
            ),
            (
                ("why would that matter?",
                 "Scans to a folder log in with your details, saved on the copier. If your "
                 "password changed, the copier still has the old one."),
            ),
        ),
        Action(
            "update_pw", "Update the saved password on the copier",
            "Enter the user's new password in their folder entry on the copier (or in the scan "
            "profile of the print management console).",
            "test_scan",
            (
                "The copier is still trying your old password. I'll update it in your folder "
                "entry; you'll need to type the new one when I ask.",
                "Let's put your new password into your scan-to-folder entry on the copier.",
            ),
            (
                "New password saved in the user's scan entry",
                "Updated stored credentials for the folder destination",
            ),
            fails=("Saved the new password; the copier still reports login failed",),
            fails_then="no",
        ),
        Solution(
            "sol_share_permission", "Restore write access to the scans folder",
            "The user's account had lost write permission on the destination folder. Modify "
            "rights on the scans folder were restored.",
            (
                "Your account had lost permission to save into that folder. I've put it back, "
                "so scans will save there again.",
                "The folder's permissions had changed and you could no longer write to it. "
                "That's fixed now.",
            ),
        ),
        Solution(
            "sol_wrong_folder", "Scans saved to a different folder",
            "The entry saves into another subfolder (or with a date-based file name). Showed "
            "the user where the files land and corrected the path if needed.",
            (
                "Your scans were there all along, just in a subfolder with dates as names. I've "
                "shown you where and tidied up the path.",
                "The copier was saving to a different folder from the one you were checking; "
                "I've pointed it where you expect.",
            ),
        ),
        Decision(
            "test_scan", "Test scan",
            "Did a fresh test scan reach the destination this time?",
            (
                yes("sol_fixed_entry",
                    "yes! it's there now",
                    "got it this time",
                    "yes, just arrived",
                    "it worked"),
                no("sol_vendor_call",
                   "no, still nothing",
                   "same as before",
                   "nope",
                   "still not arriving"),
            ),
            (
                "Could you scan a single page now: does it arrive?",
                "Try one more scan for me. Did it come through?",
                "Has the test scan turned up this time?",
            ),
        ),
        Solution(
            "sol_fixed_entry", "Scan settings corrected",
            "The scan settings or the saved destination on the copier were corrected, and a "
            "test scan arrived.",
            (
                "That's sorted: the scan settings are corrected and your test scan arrived.",
                "Your scans are arriving again now that the destination details are right.",
            ),
        ),
        Solution(
            "sol_copier_restart", "Copier restart cleared the fault",
            "The copier had lost its connection to the network or the mail server; a full "
            "power cycle restored scanning.",
            (
                "The restart did it: the copier had lost its connection and scanning is back "
                "for everyone.",
                "The copier just needed a full restart. Scans are going through again.",
            ),
        ),
        Solution(
            "sol_vendor_call", "Log a fault with the print vendor",
            "The copier is faulty or misconfigured beyond what the desk can fix. A call was "
            "logged with the managed print vendor with the serial number and error, and users "
            "pointed to another copier meanwhile.",
            (
                "I've logged a call with the print vendor to look at the device. Until they "
                "come, please use another copier for scanning.",
                "This needs the engineer from the print company. The call is logged; I'll "
                "update you when they've been.",
            ),
        ),
        Solution(
            "sol_relay_password", "Reset the scanning account's password",
            "The account the copiers send mail with had an expired password. It was reset, "
            "excluded from expiry by policy exception, and updated on every copier.",
            (
                "The account the copiers send email with had its password expire. It's reset "
                "and updated on the copiers, so scanning works for everyone again.",
                "Found it: the scanning account's password ran out. New password set and put "
                "on the devices; scans are flowing again.",
            ),
        ),
        Solution(
            "sol_relay_connector", "Renew the relay certificate",
            "The mail connector the copiers send through rejected them (expired certificate or "
            "TLS settings). The messaging team renewed the certificate and fixed the connector.",
            (
                "The mail connector the copiers use had an expired certificate. The messaging "
                "team renewed it and scans are going out again.",
                "The problem was on the mail relay, not the copiers; it's been fixed on the "
                "server side.",
            ),
        ),
    ),
)

# --- secure print release ------------------------------------------------------------------

RELEASE = Flow(
    id="se-print-release",
    name="Secure print: jobs do not release at the printer",
    description=(
        "Follow-me or secure printing: the user taps their badge at a printer and the card is "
        "rejected, no jobs are waiting, or the jobs will not print. Covers badge registration, "
        "the print client and queue, held-job expiry, quotas and large jobs."
    ),
    domain="printing",
    keywords=(
        "secure print", "follow-me printing", "badge", "card reader", "release", "print job",
        "print queue", "pull printing",
    ),
    teams=TEAMS,
    summaries=(
        "My printing isn't coming out at the printer",
        "Can't get my documents out of the printer",
        "Printer won't release my print job",
        "problem with printing at the copier",
        "Printing not working, nothing comes out",
        "I sent something to print and can't collect it",
    ),
    openers=(
        Opener((("root", "unknown"),), (
            "The printer says my badge isn't registered",
            "My ID card gets rejected at the printer",
        )),
        Opener((("root", "empty"),), (
            "I tap my card at the printer and it says I have no documents",
            "Printer logs me in but my print list is empty",
        )),
        Opener((("root", "dead"),), (
            "The card reader on the printer is completely dead",
            "Nothing happens when I tap my badge on the printer, no beep at all",
        )),
        Opener((("root", "unknown"), ("new_card", "yes")), (
            "My new ID card doesn't work on the printers",
            "Got a replacement badge and now the printer won't accept it",
        )),
        Opener((("root", "fails"),), (
            "My print jobs show up on the printer screen but never print",
        )),
    ),
    hints=(
        Opener((("when_sent", "old"),), (
            "I printed something yesterday and it's not there at the printer today",
        )),
        Opener((("quota", "yes"),), (
            "The printer says I haven't got enough print credit",
            "printer refuses to do colour for me",
        )),
        Opener((("big_job", "yes"),), (
            "I'm trying to print a 200 page PDF and it vanishes at the printer",
        )),
        Opener((("client_tray", "no"),), (
            "I think the printing app on my laptop isn't running, my jobs never reach the "
            "printer",
        )),
        Opener((("which_queue", "named"),), (
            "I sent my document to the level 2 printer by name and the badge reader shows "
            "nothing for me",
        )),
        Opener((("fail_kind", "garbled"),), (
            "The printer releases my job but prints pages of weird symbols",
        )),
    ),
    nodes=(
        Decision(
            "root", "Badge at the printer",
            "What happens when the user taps their badge on the printer's card reader?",
            (
                opt("unknown", "Card not recognised", "new_card",
                    ("Card not recognised", "Unknown card", "Badge rejected"),
                    "it says card not registered",
                    "unknown card, please register",
                    "it beeps and says it doesn't know my badge",
                    "it rejects my badge"),
                opt("empty", "Logs in, no jobs waiting", "which_queue",
                    ("Logs in, no jobs", "Shows an empty list", "No documents waiting"),
                    "it logs me in but says there's nothing to print",
                    "I get in but my list is empty",
                    "it shows my name but no documents",
                    "zero jobs, even though I just printed"),
                opt("fails", "Jobs listed but do not print", "fail_kind",
                    ("Jobs there, won't print", "Release fails", "Job shows, nothing comes out"),
                    "I can see my documents and press print but nothing happens",
                    "they're in the list, they just don't come out",
                    "it lets me release them, then nothing",
                    "I pick the job and it goes wrong"),
                opt("dead", "Reader shows no reaction", "power_cycle",
                    ("Reader dead", "No beep, no light", "Nothing at all"),
                    "the card reader doesn't even beep",
                    "nothing happens at all when I tap",
                    "the little light on the reader is off",
                    "no reaction whatsoever"),
            ),
            (
                "When you tap your badge on the printer, what happens?",
                "What does the printer do when you hold your ID card against the reader?",
                "Tell me what you see at the printer after you present your card.",
                "Walk me through it: you tap your card at the printer and then what?",
            ),
            (
                ("the reader is the black box on the side?",
                 "That's the one: the small pad on or next to the printer where you hold your "
                 "ID card."),
                ("what do you mean by jobs?",
                 "The documents you sent to print. They wait on the server until you tap your "
                 "badge at a printer."),
            ),
        ),
        Decision(
            "new_card", "New badge",
            "Is the user's badge new or recently replaced?",
            (
                told(yes("register_card",
                         "yes I got a new one last week",
                         "it's a replacement, I lost my old one",
                         "new badge, just started using it",
                         "yes, facilities gave me a new card yesterday"),
                     "it's a new badge, I only got it last week",
                     "I've just had my card replaced"),
                told(no("other_printer",
                        "no, same card I've had for years",
                        "no it's my normal badge",
                        "same one, it worked yesterday",
                        "no, it's not new"),
                     "it's the same badge I've always had",
                     "my card isn't new, it worked fine until today"),
            ),
            (
                "Is that a new ID card, or have you had it replaced lately?",
                "Is the badge a fresh one?",
                "Did you get a new or replacement card recently?",
            ),
            (
                ("does a temporary pass count?",
                 "Yes: a temporary or visitor pass counts as a new card, and the print system "
                 "won't know it yet."),
            ),
        ),
        Action(
            "register_card", "Register the badge in the print system",
            "Link the card number to the user's account in the print management console, or "
            "have the user register it at the printer with their network username and "
            "password.",
            "release_test",
            (
                "New cards need linking to your print account. I'll add your card number now; "
                "can you read me the number on the back?",
                "Let's register the card: tap it, choose Register, then enter your network "
                "username and password on the panel.",
                "I'll pair the new badge with your account in the print system.",
            ),
            (
                "Card number added to the user's print account",
                "User registered the card at the printer",
                "Linked the new badge ID in the console",
            ),
            fails=("Registration at the panel failed: username not found",),
            fails_then="no",
        ),
        Decision(
            "other_printer", "Badge on another printer",
            "Does the same badge work on a different printer in the building?",
            (
                yes("power_cycle",
                    "yes it works on the one by the kitchen",
                    "it works downstairs",
                    "the other printer takes it fine",
                    "yeah, the next printer along is ok"),
                no("resync_account",
                   "no, none of them know me",
                   "tried another, same message",
                   "nope, rejected there too",
                   "no"),
            ),
            (
                "Could you try your card at another printer: does it work there?",
                "Does your badge get accepted on a different printer?",
                "If you walk to the next printer and tap, does it recognise you?",
            ),
        ),
        Action(
            "power_cycle", "Restart the printer and its card reader",
            "Switch the printer off and on so the card reader restarts and reconnects to the "
            "print server; check the reader's cable is seated while it is off.",
            "release_test",
            (
                "Can you turn the printer off at the switch, wait 30 seconds and turn it back "
                "on? The card reader restarts with it.",
                "Let's restart the printer; the reader sometimes loses its link to the server. "
                "While it's off, push the reader's USB lead in firmly.",
            ),
            (
                "Printer restarted; reader beeps and lights up again",
                "Reseated the reader cable and power cycled",
                "Restarted device; reader reconnected to the server",
            ),
            fails=("Printer restarted but the reader still shows no light",),
            fails_then="no",
        ),
        Action(
            "resync_account", "Re-sync the user's print account",
            "Look the user up in the print management console: the account may be disabled or "
            "missing after a directory change. Re-sync it from the directory and re-link the "
            "card.",
            "release_test",
            (
                "Your badge isn't known anywhere, so I'll check your account in the print "
                "system. It may have dropped out after a change on your user.",
                "I'm going to re-sync your print account from the directory and link your card "
                "again.",
            ),
            (
                "Account was missing in the print system; re-synced and card linked",
                "User was disabled in the console; re-enabled",
                "Re-synced user, card number re-attached",
            ),
            fails=("Re-sync ran but the user still doesn't appear in the print system",),
            fails_then="no",
        ),
        Decision(
            "which_queue", "Printer chosen",
            "Which printer did the user select in the print dialog when they printed?",
            (
                opt("secure", "The secure / follow-me queue", "job_listed",
                    ("Secure print queue", "Follow-me printer", "The 'print anywhere' queue"),
                    "the follow me one, like always",
                    "the secure printer",
                    "the one called SecurePrint",
                    "the print anywhere queue"),
                opt("named", "A specific printer by name", "sol_direct_printer",
                    ("A named printer", "One particular printer", "The printer's own name"),
                    "the one with the room number in the name",
                    "I picked the printer on level 2 directly",
                    "I chose an HP something from the list",
                    "a printer by name, not the follow me one"),
                opt("unsure", "Not sure / the default printer", "check_default",
                    ("Not sure", "Whatever the default is", "Just clicked Print"),
                    "no idea, I just pressed print",
                    "whatever it picks by default",
                    "didn't look",
                    "ctrl P and enter, honestly"),
            ),
            (
                "When you printed, which printer was selected in the print window?",
                "Which printer name did the document go to: the secure queue or a particular "
                "machine?",
                "In the print dialog, what printer did you choose?",
            ),
            (
                ("how can I tell?",
                 "Open the print window again (Ctrl+P); the printer name is at the top. Tell "
                 "me what it says."),
            ),
        ),
        Action(
            "check_default", "Set the secure queue as default",
            "Open Printers & scanners, untick 'Let Windows manage my default printer', set the "
            "secure print queue as the default, then print again.",
            "release_test",
            (
                "Let's make sure everything goes to the secure queue. Go to Settings, Printers "
                "& scanners, and set the secure printer as default; then print the page again.",
                "I'll set your default printer to the follow-me queue and switch off Windows "
                "picking one for you. Then send the document again.",
            ),
            (
                "Default was a local printer; secure queue now default",
                "Windows-managed default turned off, secure queue set",
                "Default printer corrected and job resent",
            ),
        ),
        Decision(
            "job_listed", "Job in the web portal",
            "Does the job appear under the user's jobs in the print management web portal?",
            (
                yes("sol_other_site",
                    "yes it's sitting there in the web page",
                    "the portal shows it as waiting",
                    "I can see it online",
                    "yes, pending release"),
                no("when_sent",
                   "no, nothing there",
                   "the portal list is empty",
                   "not there either",
                   "no jobs at all"),
            ),
            (
                "If you open the print portal in your browser and look at 'My jobs', is the "
                "document listed?",
                "Can you see the job waiting on the printing website?",
                "Does the document show up on the printing web page under your jobs?",
            ),
            (
                ("what's the print portal?",
                 "It's the print system's web page; there's a link on the intranet. It lists "
                 "the jobs you have waiting."),
            ),
        ),
        Decision(
            "when_sent", "When it was printed",
            "When did the user send the print job?",
            (
                told(opt("recent", "Within the last hour", "client_tray",
                         ("Just now", "In the last hour"),
                         "just now, five minutes ago",
                         "about 20 mins ago",
                         "right before I walked over",
                         "a minute ago"),
                     "I only sent it a few minutes ago",
                     "I printed it just before I walked over"),
                told(opt("old", "Yesterday or earlier", "sol_expired",
                         ("Yesterday or before", "More than a day ago"),
                         "yesterday afternoon",
                         "last Friday actually",
                         "I printed it yesterday and came to collect it today"),
                     "I sent it to print yesterday",
                     "it was printed last week"),
            ),
            (
                "When did you print it?",
                "How long ago did you send the document?",
                "Was that just now, or some time ago?",
            ),
        ),
        Solution(
            "sol_expired", "Held jobs expired",
            "Jobs not released within 24 hours are deleted automatically. Print again and "
            "collect it the same day.",
            (
                "Jobs that aren't collected within 24 hours are cleared automatically, so that "
                "one's gone. Please print it again and collect it today.",
                "Waiting jobs only stay for a day. Send it again and it'll be there.",
            ),
        ),
        Decision(
            "client_tray", "Print client running",
            "Is the print client running on the user's computer, with its icon in the system "
            "tray?",
            (
                yes("readd_queue",
                    "yes the little printer icon is there",
                    "I can see it by the clock",
                    "it's running, yes"),
                no("start_client",
                   "I don't see it",
                   "no icon there",
                   "nothing like that by the clock",
                   "not there, no"),
            ),
            (
                "Down by the clock on your PC, can you see the print client's icon?",
                "Is the printing app running? There's usually an icon near the clock, "
                "sometimes under the little arrow.",
                "Do you have the print client icon in your taskbar?",
            ),
            (
                ("which icon?",
                 "A small printer, or the print system's logo, near the clock; click the "
                 "up-arrow to see the hidden icons too."),
            ),
        ),
        Action(
            "readd_queue", "Remove and re-add the secure queue",
            "Remove the secure print queue from the computer and add it again from the print "
            "server, then print a test page.",
            "release_test",
            (
                "I'll remove the secure printer from your laptop and add it back fresh, then "
                "you can print a test page.",
                "Let's reconnect the follow-me queue: I'm removing it and adding it again from "
                "the server.",
            ),
            (
                "Queue removed and re-added; test page sent",
                "Reconnected secure queue from the print server",
            ),
        ),
        Action(
            "start_client", "Start the print client",
            "Start the print client from the Start menu (or reinstall it from the software "
            "portal) and sign in, so jobs are held under the user's name; print again.",
            "release_test",
            (
                "The printing app needs to be running for your jobs to be held for you. Search "
                "for it in the Start menu and open it, then print again.",
                "I'll reinstall the print client for you from the software portal. Once it's "
                "running, send the document again.",
            ),
            (
                "Client started and signed in; job resent",
                "Reinstalled the print client; now in the tray",
            ),
            fails=("Print client would not start; closes straight away",),
            fails_then="no",
        ),
        Decision(
            "fail_kind", "What happens on release",
            "What happens to the job after the user releases it at the printer?",
            (
                opt("vanish", "It vanishes, nothing prints", "big_job",
                    ("Disappears", "Gone, nothing printed"),
                    "it just disappears from the list",
                    "gone, and nothing comes out",
                    "the job vanishes and the printer does nothing"),
                opt("garbled", "Prints garbage or misses pages", "driver_update",
                    ("Prints rubbish", "Garbled output", "Pages missing"),
                    "it prints pages of weird symbols",
                    "only the first page comes out",
                    "the layout is all messed up"),
                opt("refused", "Refused for quota or colour", "quota",
                    ("Refused by the printer", "Not enough credit", "Colour not allowed"),
                    "it says I can't print in colour",
                    "something about my balance",
                    "it refuses, says not allowed"),
            ),
            (
                "Once you press Print on the panel, what happens to the document?",
                "After you release it, does anything come out, and does it look right?",
                "What does the printer do with the job after you select it?",
            ),
        ),
        Decision(
            "big_job", "Large document",
            "Is the document a large file, such as a long PDF or one full of images?",
            (
                yes("sol_split_job",
                    "yes it's about 200 pages",
                    "it's a big PDF with lots of photos",
                    "yeah it's a huge file"),
                no("driver_update",
                   "no, it's a one page letter",
                   "just a small Word doc",
                   "no, tiny file"),
            ),
            (
                "Is the document big, like a long PDF or lots of images?",
                "Is it a particularly large file you're printing?",
                "Is this a long or image-heavy document?",
            ),
        ),
        Decision(
            "quota", "Print allowance",
            "Does the user's print account show no credit left or no colour permission?",
            (
                yes("sol_quota",
                    "yes my balance says zero",
                    "it says colour isn't allowed for me",
                    "yep, no credit left"),
                no("driver_update",
                   "no, there's plenty of credit",
                   "colour is allowed, I've done it before",
                   "balance looks fine"),
            ),
            (
                "On the printer or the print portal, does your account show no credit, or no "
                "colour rights?",
                "Have you run out of print allowance, or been blocked from colour?",
                "Does your print balance say you have nothing left?",
            ),
        ),
        Action(
            "driver_update", "Update the secure queue's driver",
            "Remove the user's secure print queue, clear the cached driver, and reinstall the "
            "current universal driver from the print server.",
            "release_test",
            (
                "This looks like a driver problem. I'm going to remove the printer and its "
                "driver from your laptop and install the current one.",
                "Let me refresh the printer driver on your machine; the old one can mangle "
                "jobs.",
            ),
            (
                "Old driver removed; current universal driver installed",
                "Driver updated from the print server",
            ),
            fails=("Driver reinstalled, but the job still disappears at release",),
            fails_then="no",
        ),
        Decision(
            "release_test", "Release test",
            "After that, can the user release and print their jobs?",
            (
                yes("sol_released",
                    "yes it's printing now",
                    "got my pages, thanks",
                    "yep it came out",
                    "works now"),
                no("sol_escalate_print",
                   "no, still nothing",
                   "still not printing",
                   "same as before",
                   "nope"),
            ),
            (
                "Could you try printing and releasing it again: does it come out now?",
                "Give it another go at the printer. Any luck?",
                "Does your document print when you badge in now?",
            ),
        ),
        Solution(
            "sol_released", "Jobs release again",
            "After the fix the user released and collected their jobs.",
            (
                "Great, printing is working for you again.",
                "Your jobs are releasing normally now.",
            ),
        ),
        Solution(
            "sol_escalate_print", "Escalate to the print team",
            "Could not be fixed at the desk; escalated to the print team with the printer name, "
            "user and what was tried.",
            (
                "I'll pass this to our print team with everything we've tried. They'll be in "
                "touch; meanwhile a colleague can print it for you.",
                "This needs the print specialists. Ticket escalated with the details.",
            ),
        ),
        Solution(
            "sol_direct_printer", "Job sent to a printer directly",
            "The job went straight to a named printer, not the secure queue, so there was "
            "nothing to release; it printed there or is in that printer's queue. Print to the "
            "secure queue instead.",
            (
                "Your document went straight to a specific printer instead of the secure queue, "
                "so it's probably already sitting in that printer's tray. Use the secure "
                "printer next time.",
                "It printed directly on the printer you picked, not to follow-me. Check that "
                "printer's tray, and choose the secure queue from now on.",
            ),
        ),
        Solution(
            "sol_other_site", "Job held on another site's server",
            "The job went to the print queue of another office's server, so printers here "
            "cannot release it. Added the local secure queue and reprinted.",
            (
                "Your job is waiting on the other office's print server, so printers here can't "
                "see it. I've added the local secure queue; print to that and it'll be here.",
                "It was sent to the queue for the other site. Print again using the local "
                "secure printer I've just added.",
            ),
        ),
        Solution(
            "sol_split_job", "Large job timed out",
            "Very large jobs time out on the way to the printer. Print in smaller page ranges "
            "or with lower quality.",
            (
                "Jobs that big time out before the printer gets them. Print it in chunks of "
                "about 50 pages and it'll work.",
                "The file is too large to release in one go. Split it into smaller page ranges.",
            ),
        ),
        Solution(
            "sol_quota", "Print allowance or colour rights",
            "The user's print account had no balance left or no colour permission. The manager "
            "approved a top-up or colour access; otherwise print in black and white.",
            (
                "You've used up your print allowance. I've asked your manager to approve a "
                "top-up; for now you can print in black and white.",
                "Colour isn't enabled on your print account. Your manager can approve it; I've "
                "sent them the request.",
            ),
        ),
    ),
)

FLOWS = (SCAN, RELEASE)
