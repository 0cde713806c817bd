"""Two `security` flows that share words (blocked, Defender, quarantine, a file from an
email, "is it safe?") and must be told apart: a suspicious email reported, and software
that will not install."""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, yes

# --- suspected phishing email reported --------------------------------------------------

PHISHING = Flow(
    id="un-phishing-report",
    name="Suspicious or phishing email reported",
    description=(
        "A user reports an email that looks like phishing: find out what they did with it, "
        "contain any damage (password, device, money) and clean up the mailbox."
    ),
    domain="security",
    keywords=("phishing", "suspicious email", "scam", "spoofed sender", "clicked link",
              "report message"),
    teams=("service-desk", "security-desk"),
    summaries=(
        "I think I've had a phishing email",
        "Got a weird email, not sure if it's a scam",
        "Reporting a suspicious message in my inbox",
        "Suspicious email received - is it safe?",
        "User forwarded a possible phishing mail to the desk",
        "Email asking me to verify my account, looks dodgy",
        "There's a strange email going round, what do I do with it",
        "possible scam email, please check",
    ),
    openers=(
        Opener((("root", "link"),), (
            "I clicked a link in an email and now I think it was fake",
            "Clicked on a link in a dodgy looking email before I realised",
            "User clicked through from a suspicious email",
        )),
        Opener((("root", "attachment"),), (
            "I opened an attachment from an email I wasn't expecting",
            "Opened a file that came with a strange email, worried now",
        )),
        Opener((("root", "nothing"), ("sender_known", "colleague")), (
            "Got an email from 'my manager' asking for an urgent favour, haven't replied",
            "There's an email pretending to be our director, I haven't done anything with it",
        )),
        Opener((("root", "replied"), ("reply_content", "money")), (
            "I think I've been scammed - I bought gift cards someone asked for by email",
            "Replied to an email from the 'CEO' and paid a supplier invoice, now it looks fake",
        )),
    ),
    hints=(
        Opener((("creds_entered", "password"),), (
            "I typed my work password into a page from an email and now I'm not sure it "
            "was real",
            "Think I gave my login away to a fake Microsoft page",
        )),
        Opener((("others_got_it", "yes"),), (
            "Half my team got the same dodgy email this morning",
            "Suspicious email - several people in finance have it too",
        )),
        Opener((("rules_check", "yes"),), (
            "People say they're getting odd emails from me, and I can see a forwarding rule "
            "I never set up",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="What the user did with the email",
            question="Did the user click a link, open an attachment or reply to the email?",
            options=(
                opt("nothing", "None of these, only read it", "sender_known",
                    ("Didn't touch it", "Only read it / reported it"),
                    "no, I just read it", "didn't click anything", "I only opened the email",
                    "nothing, I reported it straight away", "just looked at it"),
                opt("link", "Clicked a link", "creds_entered",
                    ("Clicked a link", "Followed a link in it"),
                    "I clicked the link", "yes I pressed the button in it",
                    "clicked the 'view document' link", "followed the link, sorry"),
                opt("attachment", "Opened an attachment", "attach_type",
                    ("Opened an attachment", "Opened the attached file"),
                    "opened the attachment", "I opened the file that came with it",
                    "I double clicked the attached document"),
                opt("replied", "Replied to it", "reply_content",
                    ("Replied", "Wrote back to them"),
                    "I replied to it", "I answered them", "yes, we exchanged a couple of emails"),
            ),
            asks=(
                "Before anything else: did you do anything with the email - click something "
                "in it, open a file, or write back?",
                "What have you done with the message so far? Any clicking, opening files or "
                "replying?",
                "Did you interact with it at all, e.g. press a link or open what was attached?",
                "Tell me honestly, no blame: did you click on anything or answer it?",
            ),
            clarify=(
                ("does opening the email count?",
                 "Just opening it to read is fine. I mean clicking a link or button inside it, "
                 "opening an attached file, or sending a reply."),
            ),
            help="Reassure the user first: reporting quickly matters more than the mistake.",
        ),
        Decision(
            id="sender_known",
            title="Who the sender claims to be",
            question="Who does the message claim to come from?",
            options=(
                opt("colleague", "A colleague or manager", "call_colleague",
                    ("Someone internal", "A colleague / my manager"),
                    "someone from here, it's my boss's name", "it says it's from a colleague",
                    "our director apparently", "a person in our company"),
                opt("supplier", "A supplier or customer", "check_headers",
                    ("A supplier or customer", "An outside company we deal with"),
                    "one of our suppliers", "a customer we work with",
                    "a company we buy from"),
                opt("service", "A service such as Microsoft, a bank or a courier", "check_headers",
                    ("Microsoft / a bank / delivery firm", "Some online service"),
                    "microsoft, saying my mailbox is full", "it's a parcel delivery thing",
                    "looks like it's from a bank", "DocuSign or something like that"),
            ),
            asks=(
                "Who is it supposed to be from?",
                "What name is on the email - someone here, an outside company, or a service "
                "like Microsoft?",
                "Whose name does the sender show?",
                "Does it pretend to be from a person you know, a business, or an online "
                "service?",
            ),
            clarify=(
                ("the address looks odd though, does that matter?",
                 "It does, but first I just want the name it shows: a colleague, a company "
                 "you deal with, or a service like Microsoft or a bank?"),
            ),
        ),
        Action(
            id="call_colleague",
            title="Confirm with the named colleague by phone",
            description="Call the colleague on a number from the company directory (never "
                        "one from the email) and ask whether they sent it.",
            next="colleague_confirms",
            says=(
                "I'll ring the person it claims to be from on their directory number, not "
                "anything in the email.",
                "Let me phone them directly to check whether they really sent it.",
                "Please don't reply to it - I'm calling them on the number we have on file.",
            ),
            results=(
                "Reached the colleague on their desk phone.",
                "Spoke to them on Teams call.",
                "Colleague answered their mobile from the directory.",
            ),
            fails=(
                "No answer on the directory number; left a voicemail and treated it as "
                "unconfirmed.",
                "Colleague is on leave and could not be reached.",
            ),
            fails_then="no",
        ),
        Decision(
            id="colleague_confirms",
            title="Colleague confirmed sending it",
            question="Did the colleague confirm that they sent the message?",
            options=(
                yes("sol_genuine", "they said yes, it was them", "it's genuine then",
                    "confirmed, they sent it"),
                no("report_delete", "they never sent it", "no, not from them",
                   "they had no idea about it"),
            ),
            asks=(
                "So, was it really them?",
                "What did they say - did that email come from them?",
                "Did they recognise it as theirs?",
            ),
        ),
        Action(
            id="check_headers",
            title="Check sender address and headers",
            description="Look at the real sender address, the reply-to and the links' targets "
                        "(hover, do not click); run a message trace if needed.",
            next="sim_banner",
            says=(
                "I'm looking at the actual sending address and where the links point.",
                "Let me check the message details on my side - sender domain, reply-to, the "
                "link targets.",
                "Can you hover over the sender name (don't click) while I run a trace?",
            ),
            results=(
                "Sender domain is a look-alike registered last week.",
                "Reply-to differs from the From address.",
                "Links point to a URL shortener.",
            ),
            fails=(
                "Message trace not available yet for that message; checked the visible "
                "headers only.",
            ),
        ),
        Decision(
            id="sim_banner",
            title="Part of a phishing simulation",
            question="Is the message part of an internal phishing simulation campaign?",
            options=(
                yes("sol_simulation", "it's one of the training ones", "yep, the test",
                    "oh it's the fake one from IT"),
                no("report_delete", "no, it's a real one", "not a test",
                   "doesn't look like training"),
            ),
            asks=(
                "Is this one of our own awareness-training test emails?",
                "Could it be from the security team's practice campaign this month?",
                "Does it match the simulated phish the training platform is sending out?",
            ),
            clarify=(
                ("what's a simulation?",
                 "Security sometimes sends fake phishing on purpose to train people. I'm "
                 "checking whether this is one of those."),
            ),
        ),
        Action(
            id="report_delete",
            title="Report and remove the message",
            description="Use the Report button in Outlook (Phishing), then delete the message "
                        "from the inbox and from Deleted Items.",
            next="others_got_it",
            says=(
                "Please use the Report button in Outlook and choose Phishing, then delete it "
                "and empty Deleted Items.",
                "Hit Report > Phishing on it, then bin it, and clear it from the deleted "
                "folder as well.",
                "Report it as phishing from the ribbon and remove it completely.",
            ),
            results=(
                "Reported through the add-in, message removed.",
                "User reported it and emptied Deleted Items.",
            ),
            fails=(
                "Report button missing in the user's Outlook; forwarded it to the security "
                "mailbox as an attachment instead.",
            ),
        ),
        Decision(
            id="others_got_it",
            title="Other staff received it",
            question="Did other people in the organisation receive the same message?",
            options=(
                yes("sol_tenant_purge", "yes, lots of people got it", "my whole team has it",
                    "a few others have it"),
                no("sol_sender_blocked", "just me as far as I know", "no, only me",
                   "nobody else mentioned it"),
            ),
            asks=(
                "Do you know if anyone else got it?",
                "Has it gone to colleagues as well, or only to you?",
                "Was it sent to a group of people, as far as you can tell?",
            ),
        ),
        Decision(
            id="creds_entered",
            title="Details typed into the page",
            question="After the page opened, did the user enter a password or other details?",
            options=(
                opt("password", "Their work password", "reset_password",
                    ("My work login", "Email and password"),
                    "yes I put in my password", "entered my email and password",
                    "I signed in on it", "typed my login details"),
                opt("payment", "Payment or bank details", "sol_finance",
                    ("Card or bank details", "Payment info"),
                    "I entered my card number", "it asked for bank details and I gave them",
                    "paid a small 'customs fee'"),
                opt("nothing", "Nothing, closed it", "download_started",
                    ("Nothing typed", "Closed the page"),
                    "no, I closed it", "didn't type anything", "shut the tab straight away"),
            ),
            asks=(
                "When the page came up, did you type anything into it?",
                "Did it ask you to log in or pay, and did you fill that in?",
                "Once the link opened, what did you enter, if anything?",
                "Did you give the page any details - a login, card number, anything?",
            ),
            clarify=(
                ("it looked like the normal microsoft login, is that bad?",
                 "It might be a copy of it. I need to know if you typed your password or any "
                 "other details into it."),
            ),
        ),
        Decision(
            id="download_started",
            title="Something downloaded",
            question="Did a file download or did anything ask to run after the click?",
            options=(
                yes("isolate_scan", "yes, a file downloaded", "it downloaded something",
                    "something asked to run"),
                no("report_delete", "no downloads", "nothing came down",
                   "no, just a web page"),
            ),
            asks=(
                "Did a download start, or a box pop up asking to run something?",
                "Any file land in your Downloads after that?",
                "Did anything try to install or open by itself?",
            ),
        ),
        Action(
            id="reset_password",
            title="Reset password and end sessions",
            description="Reset the user's password, revoke all sign-in sessions and check the "
                        "sign-in log for unknown locations.",
            next="rules_check",
            says=(
                "I'm resetting your password now and signing you out everywhere.",
                "Let's change your password straight away; I'll also kill your existing "
                "sessions.",
                "I'll force a new password and revoke your sign-ins, then look at the log.",
            ),
            results=(
                "Password reset, sessions revoked; one sign-in from abroad in the log.",
                "New password set, all sessions ended.",
                "Reset done, no unknown sign-ins found yet.",
            ),
            fails=(
                "Could not revoke sessions from the desk role; passed to security to revoke, "
                "password changed by the user.",
            ),
        ),
        Decision(
            id="rules_check",
            title="Unknown mailbox rules",
            question="Are there inbox rules or forwarding in the mailbox that the user did "
                     "not create?",
            options=(
                yes("sol_rules_removed", "yes there's one I don't know", "there's a weird rule",
                    "forwarding to an outside address"),
                no("sol_account_secured", "no rules", "just my usual ones",
                   "nothing unusual there"),
            ),
            asks=(
                "In Outlook settings under Rules, is there anything you didn't set up?",
                "Do you see any forwarding or rules you don't recognise?",
                "Can you check your mail rules - anything odd, like moving mail or sending it "
                "elsewhere?",
            ),
            clarify=(
                ("where are the rules?",
                 "In Outlook on the web: Settings, Mail, Rules, and also Forwarding. Tell me "
                 "if there's anything there you didn't make."),
            ),
        ),
        Decision(
            id="attach_type",
            title="Kind of attachment",
            question="What kind of file was the attachment?",
            options=(
                opt("office", "A Word or Excel document", "macros_enabled",
                    ("Word / Excel file", "An Office document"),
                    "a word document", "an excel sheet", "some invoice in word format"),
                opt("archive", "A zip or program file", "isolate_scan",
                    ("ZIP or .exe", "Compressed or program file"),
                    "it was a zip", "an exe i think", "a compressed folder with a file in"),
                opt("html", "A web page or PDF that opened a sign-in page", "creds_entered",
                    ("PDF / HTML page", "Opened a login page"),
                    "a pdf that had a link to sign in", "an html file, it opened a login page",
                    "it opened a microsoft sign in page in my browser"),
            ),
            asks=(
                "What was the file - a document, a zip, something else?",
                "Do you remember what type of file it was?",
                "What did the attached file look like when it opened?",
            ),
            clarify=(
                ("how do I know what type it is?",
                 "Look at the icon or the ending of the name: .docx or .xlsx is Office, .zip "
                 "or .exe is a package or program, .pdf or .html opens a page."),
            ),
        ),
        Decision(
            id="macros_enabled",
            title="Enabled content or macros",
            question="Did the user click 'Enable Content' or 'Enable Editing' in the document?",
            options=(
                yes("isolate_scan", "yes, the yellow bar one", "I pressed enable",
                    "clicked enable content because it said to"),
                no("report_delete", "no, I didn't enable anything", "left it in protected view",
                   "nope"),
            ),
            asks=(
                "When the document opened, did you press the button in the yellow bar to "
                "allow it?",
                "Did it ask you to enable something, and did you?",
                "Did you let it turn on editing or macros?",
            ),
        ),
        Action(
            id="isolate_scan",
            title="Isolate and scan the device",
            description="Disconnect the computer from the network (unplug, Wi-Fi off) and run "
                        "a full antivirus scan; isolate in Defender if available.",
            next="scan_result",
            says=(
                "Please unplug the network cable and turn off Wi-Fi now. I'm isolating the "
                "machine and starting a full scan.",
                "First take the laptop off the network - Wi-Fi off. Then I'll run a full "
                "Defender scan remotely.",
                "We'll cut it off from the network and scan the whole thing.",
            ),
            results=(
                "Device isolated in Defender, full scan finished.",
                "Wi-Fi off, full scan completed after 40 minutes.",
            ),
            fails=(
                "Full scan stopped part way: a file in use could not be cleaned.",
                "Scan found an item but the clean-up action failed.",
            ),
            fails_then="stuck",
        ),
        Decision(
            id="scan_result",
            title="Scan outcome",
            question="What did the antivirus scan report?",
            options=(
                opt("clean", "No threats found", "sol_scan_clean",
                    ("Nothing found", "Clean"),
                    "it says no threats", "all clear", "scan came back clean"),
                opt("removed", "Threat found and removed", "sol_threat_removed",
                    ("Found and removed", "Threat removed"),
                    "it found something and removed it", "quarantined one item",
                    "says threat removed"),
                opt("stuck", "Threat found but not removed", "sol_reimage",
                    ("Found, couldn't remove", "Still there"),
                    "found something but says action failed", "it can't remove it",
                    "threat still active"),
            ),
            asks=(
                "What does the scan say now it's done?",
                "How did the scan come out?",
                "Did it pick anything up?",
            ),
        ),
        Decision(
            id="reply_content",
            title="What the reply contained",
            question="What did the user send in their reply?",
            options=(
                opt("creds", "Login details or codes", "reset_password",
                    ("My password / a code", "Login details"),
                    "I sent my password", "I gave them the code from my phone",
                    "my username and password"),
                opt("money", "Agreed to pay or bought gift cards", "sol_finance",
                    ("Paid / bought vouchers", "Money or gift cards"),
                    "I bought the gift cards they asked for", "paid the invoice",
                    "sent the voucher codes"),
                opt("harmless", "Only a short reply, nothing sensitive", "report_delete",
                    ("Just a short reply", "Nothing sensitive"),
                    "just asked who they were", "only said I'd look later",
                    "nothing important, just 'ok'"),
            ),
            asks=(
                "What did you tell them when you wrote back?",
                "In your reply, did you share anything - a password, a code, payment?",
                "What was in the email you sent them?",
            ),
        ),
        Solution(
            id="sol_genuine",
            title="Genuine message",
            description="The colleague confirmed the message; no action needed. Remind the "
                        "user to verify unusual requests by phone.",
            says=(
                "Good news, it's genuine - they did send it. Well done for checking though.",
                "That one's legit; the colleague confirmed. Carry on, and keep checking "
                "unusual requests like this.",
            ),
        ),
        Solution(
            id="sol_simulation",
            title="Phishing simulation",
            description="The message was part of the training campaign; reporting it was "
                        "the right response.",
            says=(
                "That was one of our training emails - you passed by reporting it.",
                "It's the security team's practice phish. Reporting it was exactly right.",
            ),
        ),
        Solution(
            id="sol_tenant_purge",
            title="Purge from all mailboxes",
            description="Security removes the message from every mailbox and blocks the "
                        "sender domain organisation-wide.",
            says=(
                "I've asked security to pull it from everyone's mailbox and block the sender "
                "domain.",
                "Since others got it too, it's being purged company-wide and the domain is "
                "blocked.",
            ),
        ),
        Solution(
            id="sol_sender_blocked",
            title="Sender blocked",
            description="Block the sender address for the user and close the report.",
            says=(
                "I've blocked that sender for you. Nothing else to do.",
                "Sender is blocked and the report is logged - you're fine.",
            ),
        ),
        Solution(
            id="sol_finance",
            title="Possible payment fraud",
            description="Contact the bank or card issuer at once, tell finance, and raise a "
                        "security incident; keep the emails as evidence.",
            says=(
                "Please call your bank or card provider now to stop the payment; I'm raising "
                "a security incident and informing finance.",
                "This needs the bank straight away, and I'm logging it as a fraud incident "
                "with security and finance. Don't delete the emails.",
            ),
        ),
        Solution(
            id="sol_rules_removed",
            title="Malicious rule removed",
            description="Delete the unknown rules and forwarding, keep the account under "
                        "watch and raise a security incident.",
            says=(
                "I've removed that rule and the forwarding, and security will keep an eye on "
                "the account.",
                "The rule's gone; the account is secured and logged as a compromise.",
            ),
        ),
        Solution(
            id="sol_account_secured",
            title="Account secured",
            description="New password set, sessions revoked, no persistence found; the user "
                        "reports the email and watches for odd sign-in prompts.",
            says=(
                "You're secured: new password, old sessions gone, no rules added. Tell us if "
                "you get unexpected sign-in prompts.",
                "All locked down now. If anything strange pops up asking you to approve a "
                "sign-in, refuse it and call us.",
            ),
        ),
        Solution(
            id="sol_scan_clean",
            title="Clean scan",
            description="Nothing found; reconnect the device and keep it monitored for a few "
                        "days.",
            says=(
                "Scan's clean, you can reconnect. We'll keep watching the device for a few "
                "days.",
                "Nothing found - back online you go.",
            ),
        ),
        Solution(
            id="sol_threat_removed",
            title="Threat removed",
            description="The antivirus removed the threat; run a second scan, reconnect and "
                        "report the incident.",
            says=(
                "It caught and removed it. I'll run a second scan, then you can reconnect.",
                "Threat removed; after one more scan the laptop can go back on the network.",
            ),
        ),
        Solution(
            id="sol_reimage",
            title="Rebuild the device",
            description="The infection could not be removed: keep the device isolated and "
                        "rebuild it; issue a loan laptop meanwhile.",
            says=(
                "We'll need to wipe and rebuild the laptop. Keep it off the network; I'm "
                "arranging a loan machine.",
                "That can't be cleaned safely, so it's getting reimaged. A spare laptop is on "
                "its way.",
            ),
        ),
    ),
)

# --- software install blocked -----------------------------------------------------------

INSTALL_BLOCKED = Flow(
    id="un-install-blocked",
    name="Software install blocked or asks for admin rights",
    description=(
        "A user cannot install a program: it asks for an administrator password, Windows or "
        "the antivirus blocks the file, or setup fails with an error."
    ),
    domain="security",
    keywords=("install", "admin rights", "administrator password", "smartscreen",
              "company portal", "blocked installer", "software request"),
    teams=("service-desk", "endpoint-team"),
    summaries=(
        "Can't install a program on my laptop",
        "Need some software installed please",
        "Installer won't run",
        "Trying to install an app for work and it's not letting me",
        "Software installation blocked",
        "need a tool installed for a project",
        "User unable to install application",
    ),
    openers=(
        Opener((("root", "uac"),), (
            "It's asking me for an admin password to install something",
            "Installing a program wants an administrator login I don't have",
            "Setup asks for admin credentials",
        )),
        Opener((("root", "smartscreen"),), (
            "Windows says it protected my PC when I try to run the installer",
            "Got a blue 'Windows protected your PC' box when installing",
        )),
        Opener((("root", "quarantine"),), (
            "The antivirus deleted the setup file I downloaded",
            "Defender quarantined the installer as soon as it finished downloading",
        )),
        Opener((("root", "error"), ("error_kind", "space")), (
            "Install fails saying there isn't enough disk space",
        )),
    ),
    hints=(
        Opener((("business_need", "yes"),), (
            "My manager has already agreed I need this app, but I can't install it myself",
            "Boss signed off on the software, just need it on my machine",
        )),
        Opener((("error_kind", "prereq"),), (
            "Setup stops and says a .NET or Visual C++ component is missing",
        )),
        Opener((("in_portal", "yes"),), (
            "I can see the app in Company Portal but I tried the website version first and "
            "it didn't work",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="What happens on install",
            question="What happens when the user tries to install the software?",
            options=(
                opt("uac", "Asks for an administrator password", "in_portal",
                    ("Asks for admin password", "Wants admin rights"),
                    "it wants an admin password", "asks for administrator username and password",
                    "a box comes up wanting admin rights", "says I need to be an admin"),
                opt("smartscreen", "Windows blocks it as unsafe", "source_trusted",
                    ("Windows protected your PC", "Blocked by Windows"),
                    "windows protected your pc message", "blue box saying it's unrecognised",
                    "Windows won't let it run, says unsafe"),
                opt("quarantine", "The antivirus removes the file", "source_trusted",
                    ("Antivirus removed it", "File quarantined"),
                    "the antivirus deleted it", "defender took it away",
                    "it says threat quarantined", "the file disappears after downloading"),
                opt("error", "Setup starts then fails with an error", "error_kind",
                    ("Starts, then errors", "Setup fails part way"),
                    "it starts then gives an error", "fails halfway through",
                    "error message near the end of setup"),
            ),
            asks=(
                "What exactly happens when you run the installer?",
                "When you double-click the setup file, what do you get?",
                "Walk me through it - you start the install and then what?",
                "What stops you: a password prompt, a warning, or an error?",
            ),
            clarify=(
                ("which bit do you mean, there's a few windows?",
                 "The first thing that stops you: a box asking for an admin password, a "
                 "warning that blocks the file, the antivirus removing it, or an error during "
                 "setup."),
            ),
        ),
        Decision(
            id="in_portal",
            title="Available in Company Portal",
            question="Is the software available in Company Portal for self-service install?",
            options=(
                yes("install_from_portal", "yes it's there", "found it in the portal",
                    "it's listed"),
                no("approved_list", "not in there", "can't find it in the portal",
                   "no, it's not listed"),
            ),
            asks=(
                "Can you open Company Portal from the Start menu and search for the app?",
                "Is it listed in our self-service app store?",
                "Have you had a look in Company Portal - is it there?",
            ),
            clarify=(
                ("what's company portal?",
                 "It's our app store for work laptops - a white briefcase icon in the Start "
                 "menu. Apps in there install without an admin password."),
            ),
            help="Packaged apps install without admin rights.",
        ),
        Action(
            id="install_from_portal",
            title="Install from Company Portal",
            description="Install the app from Company Portal instead of the downloaded "
                        "installer.",
            next="portal_worked",
            says=(
                "Please delete the file you downloaded and click Install in Company Portal "
                "instead.",
                "Let's use the portal version: select it and hit Install.",
            ),
            results=(
                "User started the install from Company Portal.",
                "Install queued in Company Portal.",
            ),
            fails=(
                "Company Portal shows 'Install failed' with error 0x87D1041C.",
                "The install errored out in Company Portal after downloading.",
            ),
            fails_then="failed",
        ),
        Decision(
            id="portal_worked",
            title="Portal install result",
            question="Did the Company Portal installation complete?",
            options=(
                opt("done", "Installed", "sol_portal_installed",
                    ("Installed", "It's done"),
                    "yes it's installed", "says installed now", "done, it opens"),
                opt("pending", "Stuck on pending or downloading", "sync_device",
                    ("Still pending", "Stuck downloading"),
                    "still says pending", "been downloading for ages", "stuck on 'installing'"),
                opt("failed", "Failed with an error", "error_kind",
                    ("Failed", "Error in the portal"),
                    "it failed", "it says install failed", "red error in the portal"),
            ),
            asks=(
                "How did that go - is it installed?",
                "What does Company Portal show for it now?",
                "Has it finished?",
            ),
        ),
        Action(
            id="sync_device",
            title="Sync the device and restart",
            description="Sync from Settings > Accounts > Access work or school > Info > "
                        "Sync, then restart and retry.",
            next="portal_retry",
            says=(
                "Go to Settings, Accounts, Access work or school, click your work account, "
                "Info, then Sync. Then restart.",
                "I'll push a sync from our side; please reboot once it's done.",
            ),
            results=(
                "Device synced and restarted.",
                "Sync completed, laptop rebooted.",
            ),
            fails=(
                "Sync button greyed out; device last checked in nine days ago.",
            ),
            fails_then="no",
        ),
        Decision(
            id="portal_retry",
            title="Installed after sync",
            question="After the sync and restart, is the app installed?",
            options=(
                yes("sol_portal_installed", "yep it's there now", "installed this time",
                    "yes, worked"),
                no("sol_escalate_packaging", "no, still stuck", "still not there",
                   "same again"),
            ),
            asks=(
                "Is it there now after the restart?",
                "Try the portal again - did it install this time?",
                "Any luck after the reboot?",
            ),
        ),
        Decision(
            id="approved_list",
            title="On the approved software list",
            question="Is the software on the approved software list?",
            options=(
                opt("approved", "Approved, but not packaged yet", "sol_packaging_request",
                    ("Approved", "On the list"),
                    "it's on the approved list", "it's allowed, just not in the portal"),
                opt("unknown", "Not on the list", "business_need",
                    ("Not listed", "Not reviewed yet"),
                    "not on there", "never been requested before", "can't see it on the list"),
                opt("denied", "Explicitly not allowed", "sol_declined",
                    ("Not allowed", "On the banned list"),
                    "it says not permitted", "it's on the blocked list"),
            ),
            asks=(
                "Let me check the software catalogue - do you know if it's been approved "
                "before?",
                "Is it one of the programs we allow? I'm looking it up.",
                "Has this app been through our approval process?",
            ),
            clarify=(
                ("what list?",
                 "We keep a catalogue of programs security has reviewed. I'm checking "
                 "whether this one is on it, not on it yet, or refused."),
            ),
        ),
        Decision(
            id="business_need",
            title="Manager supports the request",
            question="Does the user's manager confirm a business need for the software?",
            options=(
                yes("sol_software_request", "yes my manager agreed", "boss says yes",
                    "it's needed for the project, manager knows"),
                no("sol_declined", "not really needed", "it's just for me",
                   "manager hasn't agreed"),
            ),
            asks=(
                "Has your manager OK'd this for your work?",
                "Is there a business reason your line manager would sign off?",
                "Would your manager back the request?",
            ),
        ),
        Decision(
            id="source_trusted",
            title="Where the installer came from",
            question="Where was the installer downloaded from?",
            options=(
                opt("vendor", "The vendor's official website", "check_signature",
                    ("Official website", "The maker's site"),
                    "from the official website", "their own download page",
                    "the vendor's site"),
                opt("other", "An email, a file share or an unknown site", "sol_security_review",
                    ("Email / other site", "Somewhere else"),
                    "it came in an email", "someone shared it on a USB stick",
                    "a download site I found on google"),
                opt("store", "Microsoft Store or a package manager", "in_portal",
                    ("Microsoft Store", "The Store app"),
                    "from the microsoft store", "the store app on windows"),
            ),
            asks=(
                "Where did you get the setup file from?",
                "Which website or place did the download come from?",
                "How did you get hold of the installer?",
            ),
        ),
        Action(
            id="check_signature",
            title="Check the digital signature",
            description="Open the file's Properties > Digital Signatures and compare the "
                        "signer with the vendor.",
            next="signed",
            says=(
                "Right-click the file, Properties, then the Digital Signatures tab - what "
                "name is there?",
                "I'll check who signed the file, one moment.",
            ),
            results=(
                "Signature tab read out by the user.",
                "Checked the signer remotely.",
            ),
        ),
        Decision(
            id="signed",
            title="Signed by the expected publisher",
            question="Is the file signed by the expected software publisher?",
            options=(
                yes("approved_list", "yes it's their name", "matches the company",
                    "signed by them"),
                no("sol_security_review", "no signature tab", "it's signed by someone else",
                   "unknown publisher"),
            ),
            asks=(
                "Does the signer match the company that makes the software?",
                "Is the name on the signature the vendor's?",
                "Whose name is on the signature - the maker's?",
            ),
        ),
        Decision(
            id="error_kind",
            title="Installer error",
            question="Which error does the installer show?",
            options=(
                opt("admin", "Access denied or needs administrator", "approved_list",
                    ("Access denied", "Needs admin"),
                    "access is denied", "error 5", "says run as administrator"),
                opt("prereq", "A missing component such as .NET or Visual C++", "install_prereq",
                    ("Missing component", ".NET / runtime missing"),
                    "something about .NET", "needs visual c++ redistributable",
                    "says a prerequisite is missing"),
                opt("space", "Not enough disk space", "sol_free_space",
                    ("Disk space", "No room"),
                    "not enough space", "disk is full apparently"),
                opt("inuse", "Another install in progress or a file in use", "reboot_retry",
                    ("Another install running", "File in use"),
                    "says another installation is in progress", "file in use error",
                    "error 1618"),
            ),
            asks=(
                "What does the error message say?",
                "Can you read me the error, or the code in it?",
                "When it fails, what's the wording of the message?",
            ),
            clarify=(
                ("there's a long code, do you want all of it?",
                 "Just the gist is fine - access denied, something missing, no space, or "
                 "another install running."),
            ),
        ),
        Action(
            id="install_prereq",
            title="Install the missing component",
            description="Install the missing runtime from Company Portal and run setup again.",
            next="retry_ok",
            says=(
                "I'll push the missing runtime to you, then please run setup again.",
                "Install the Visual C++ / .NET package from the portal first, then retry.",
            ),
            results=(
                "Runtime installed.",
                "Prerequisite deployed from the portal.",
            ),
            fails=(
                "Runtime setup ended with 'a newer version is already installed'.",
            ),
            fails_then="no",
        ),
        Action(
            id="reboot_retry",
            title="Restart and retry",
            description="Restart to finish the pending installation, then run setup again.",
            next="retry_ok",
            says=(
                "Something else is mid-install. Please restart and try again.",
                "Let's reboot to clear the pending install, then run it again.",
            ),
            results=(
                "Restarted, pending updates finished.",
                "Laptop rebooted.",
            ),
            fails=(
                "Restart hung on 'working on updates' for 30 minutes before finishing.",
            ),
            fails_then="no",
        ),
        Decision(
            id="retry_ok",
            title="Install completes",
            question="Does the installation finish now?",
            options=(
                yes("sol_installed_after_fix", "yes, finished", "it went through",
                    "all installed"),
                no("sol_escalate_packaging", "no, same error", "still fails",
                   "another error now"),
            ),
            asks=(
                "How did it go this time?",
                "Did setup get to the end?",
                "Is it installed now?",
            ),
        ),
        Solution(
            id="sol_portal_installed",
            title="Installed from Company Portal",
            description="The app installed from Company Portal without admin rights.",
            says=(
                "It's installed from the portal - that's the way to get apps from now on.",
                "Done through Company Portal; no admin password needed.",
            ),
        ),
        Solution(
            id="sol_escalate_packaging",
            title="Escalate to the packaging team",
            description="Hand the case to the endpoint/packaging team with the logs.",
            says=(
                "I'm passing this to the endpoint team with the logs; they'll contact you.",
                "This needs the packaging team - ticket raised with the details.",
            ),
        ),
        Solution(
            id="sol_packaging_request",
            title="Request packaging",
            description="The app is approved: request that it is packaged and published in "
                        "Company Portal.",
            says=(
                "It's approved, so I've asked for it to be added to Company Portal. You'll "
                "get a note when it's there.",
                "Approved software - I've logged a packaging request for it.",
            ),
        ),
        Solution(
            id="sol_software_request",
            title="Software request raised",
            description="Raise a software request with the manager's approval for a security "
                        "review.",
            says=(
                "I've raised a software request with your manager as approver; security will "
                "review it.",
                "Request submitted for review, with your manager's OK attached.",
            ),
        ),
        Solution(
            id="sol_declined",
            title="Not permitted",
            description="The software is not permitted; suggest an approved alternative.",
            says=(
                "Sorry, that one isn't allowed. I've sent you the approved alternatives.",
                "We can't install it, but here are the approved tools that do the same job.",
            ),
        ),
        Solution(
            id="sol_security_review",
            title="Delete the file and send it for review",
            description="Do not run the file: delete it, report it to security, and get the "
                        "software from an approved source.",
            says=(
                "Please don't run it - delete the file. I've reported it to security and "
                "we'll source the software properly.",
                "That file isn't trustworthy. Bin it; security has the details.",
            ),
        ),
        Solution(
            id="sol_installed_after_fix",
            title="Installed after fixing the cause",
            description="The install completed once the cause was fixed.",
            says=(
                "Great, it installed once that was sorted.",
                "All done - setup completed this time.",
            ),
        ),
        Solution(
            id="sol_free_space",
            title="Free up disk space",
            description="Free disk space (Storage Sense, old downloads) and run setup again.",
            says=(
                "Clear some space with Storage Sense and empty your Downloads, then run it "
                "again.",
                "You'll need more room on the disk first; once cleared, the install will go "
                "through.",
            ),
        ),
    ),
)
