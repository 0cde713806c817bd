"""Two flows about nasty things on a PC: a browser with pop-ups, redirects or a changed home
page, and an antivirus (Microsoft Defender) alert about a threat, a blocked program or
protection being off.

Both are about pop-ups, "virus" warnings, downloads, scans and unwanted programs, so they
share words and must be told apart. Written by hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "security-ops")

# --- browser hijack ---------------------------------------------------------------------

HIJACK = Flow(
    id="bl-browser-hijack",
    name="Browser pop-ups, redirects or hijacked home page",
    description=(
        "The web browser shows pop-up ads or notification spam, its home page or search "
        "engine has changed, it redirects to odd sites, or it shows a full-screen 'your PC "
        "is infected, call this number' page. Covers site notifications, unwanted "
        "extensions, adware, browser reset, a home router's DNS, and tech-support scams."
    ),
    domain="security",
    keywords=(
        "pop-ups", "browser hijack", "home page changed", "search engine changed", "redirect",
        "extension", "adware", "tech support scam", "Chrome", "Edge",
    ),
    teams=TEAMS,
    summaries=(
        "Something weird going on with my browser",
        "Chrome acting strange",
        "Edge problem",
        "browser is doing odd stuff",
        "I think my internet has a virus",
        "Web browser issue, keeps doing things on its own",
    ),
    openers=(
        Opener((("root", "popups"),), (
            "I keep getting pop-up ads all over the place",
            "Loads of adverts popping up all the time",
            "pop ups everywhere since yesterday",
        )),
        Opener((("root", "homepage"),), (
            "My home page has changed to some search site I've never heard of",
            "google has been replaced by a weird search engine in chrome",
        )),
        Opener((("root", "redirect"),), (
            "Every time I search something it takes me to a different website",
            "links keep redirecting to dodgy sites",
        )),
        Opener((("root", "scare"),), (
            "A page came up saying my computer is infected and to call Microsoft on a number",
            "big red warning screen with a phone number and a beeping noise, can't close it",
        )),
        Opener((("root", "scare"), ("called", "yes")), (
            "I rang the number on a virus warning page and now I'm worried",
            "Called the 'Microsoft support' number that popped up, was that a mistake?",
        )),
        Opener((("root", "popups"), ("notif_site", "yes")), (
            "I get little adverts in the bottom right corner even when the browser is closed",
        )),
    ),
    hints=(
        Opener((("extension_new", "yes"),), (
            "There's an extension in Chrome called 'PDF Converter Pro' that I never installed "
            "and my searches go weird",
        )),
        Opener((("other_browser", "yes"),), (
            "Both Chrome and Edge keep sending me to the same rubbish websites",
        )),
        Opener((("remote_access", "yes"),), (
            "I let someone connect to my PC after a warning page popped up, they said they were "
            "from Microsoft",
        )),
        Opener((("programs_installed", "yes"),), (
            "Since I installed a free video converter my browser has gone mad",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the browser is doing",
            "What unwanted behaviour is the user's browser showing?",
            (
                opt("popups", "Pop-up ads or notification spam", "notif_site",
                    ("Pop-ups / ads", "Notification spam"),
                    "pop ups",
                    "adverts keep appearing",
                    "I get notifications saying I've won something"),
                opt("homepage", "Home page or search engine changed", "extension_new",
                    ("Home page changed", "Search engine changed"),
                    "my home page is different",
                    "the search engine changed by itself",
                    "new tab page is some weird site"),
                opt("redirect", "Redirects to other sites", "other_browser",
                    ("Redirects", "Sends me to other sites"),
                    "it keeps redirecting me",
                    "clicking links takes me to random websites",
                    "I end up on sites I didn't click"),
                opt("scare", "Full-screen warning with a phone number", "called",
                    ("Virus warning page", "Scary warning with a phone number"),
                    "big warning saying I have a virus and to call a number",
                    "screen says my PC is locked, call support",
                    "alarm noise and a phone number"),
            ),
            (
                "What's the browser doing that it shouldn't?",
                "Can you describe what's happening in the browser?",
                "What are you seeing - ads, a changed home page, redirects, or a warning page?",
                "Tell me what the browser does.",
            ),
            (
                ("what do you mean?",
                 "Whether it's adverts popping up, your start page or search changed, being "
                 "sent to other sites, or a scary 'call this number' screen."),
            ),
        ),
        Decision(
            "notif_site", "Desktop notifications from a site",
            "Do the pop-ups appear in the corner of the screen as notifications, even when "
            "the browser is closed?",
            (
                told(yes("remove_notif",
                         "yes bottom right, like a message",
                         "yes even with chrome shut",
                         "they slide in from the corner"),
                     "the ads pop up in the corner even when the browser's closed"),
                told(no("extension_new",
                        "no only inside the browser",
                        "no, inside web pages",
                        "just when I'm browsing"),
                     "they only show up inside the browser window"),
            ),
            (
                "Do they come up in the bottom corner like a notification, even with the "
                "browser shut?",
                "Are the ads little notification boxes popping up by the clock?",
                "Do you still get them when the browser is closed?",
            ),
            (
                ("what's the difference?",
                 "Notifications come from a site you once allowed to 'send notifications'; "
                 "ads inside pages usually come from an extension. The fix is different."),
            ),
        ),
        Action(
            "remove_notif", "Remove site notification permissions",
            "Browser settings > Site permissions > Notifications: remove every site allowed to "
            "send notifications that the user does not know; set to ask or block.",
            "sol_notif_blocked",
            (
                "Go to Settings > Privacy and security > Site settings > Notifications, and "
                "remove any site under 'Allowed' you don't recognise.",
                "I'll take you through removing the sites that are allowed to send you "
                "notifications.",
            ),
            (
                "Removed 4 sites from allowed notifications",
                "Notification permissions cleared",
            ),
        ),
        Decision(
            "extension_new", "Unknown extension",
            "Is there an extension in the browser that the user does not recognise?",
            (
                told(yes("remove_ext",
                         "yes, one called search helper",
                         "there's a coupon thing I never added",
                         "yes a PDF one I didn't install"),
                     "there's an add-on in my browser I didn't put there"),
                told(no("reset_browser",
                        "no just the usual ones",
                        "only the company ones",
                        "nothing odd"),
                     "my extensions all look normal"),
            ),
            (
                "Open the extensions page (puzzle piece icon) - anything there you didn't add?",
                "Are there any extensions or add-ons you don't recognise?",
                "Have a look at your browser extensions: anything unfamiliar?",
            ),
            (
                ("what's an extension?",
                 "Small add-ons in the browser, shown under the puzzle-piece icon at the top "
                 "right. Some free downloads sneak one in."),
            ),
        ),
        Action(
            "remove_ext", "Remove the unknown extension",
            "Remove the unrecognised extension(s), then close and reopen the browser.",
            "came_back",
            (
                "Click Remove on that one, then close the browser completely and open it again.",
                "Let's remove it and restart the browser.",
            ),
            (
                "Removed the unrecognised extension",
                "Unknown extension removed; browser restarted",
            ),
            fails=("Extension reinstalled itself as soon as the browser reopened",),
            fails_then="yes",
        ),
        Decision(
            "came_back", "Problem returns after restart",
            "Did the unwanted behaviour come back after the browser restarted?",
            (
                yes("programs_installed",
                    "yes it's back",
                    "same thing again",
                    "it's doing it again"),
                no("sol_ext_removed",
                   "no, it's normal now",
                   "looks fine",
                   "gone"),
            ),
            (
                "Now it's reopened, has the problem come back?",
                "Are the ads or the wrong home page back again?",
                "After the restart, has the problem returned?",
            ),
        ),
        Decision(
            "programs_installed", "Unknown program installed",
            "Is there a recently installed program on the PC that the user does not recognise?",
            (
                yes("av_scan",
                    "yes something called WebSearch Plus",
                    "there's a free converter I downloaded",
                    "yes a couple of things from last week"),
                no("reset_browser",
                   "no, nothing new",
                   "all looks like work stuff",
                   "nope"),
            ),
            (
                "In Settings > Apps, sorted by install date, is there anything recent you "
                "don't recognise?",
                "Did you install anything new lately, like a free tool or game?",
                "Any programs in the app list you don't remember installing?",
            ),
        ),
        Action(
            "av_scan", "Uninstall and scan",
            "Uninstall the unwanted program, then run a full Microsoft Defender scan and remove "
            "anything it finds.",
            "sol_pup_removed",
            (
                "Let's uninstall that and then run a full scan with Defender.",
                "I'll remove that program remotely and kick off a full antivirus scan.",
            ),
            (
                "Uninstalled adware; full scan found 2 PUA items, removed",
                "Program removed, full scan clean",
            ),
        ),
        Action(
            "reset_browser", "Reset browser settings",
            "Reset the browser to its default settings (home page, search engine, startup "
            "pages, disabled extensions), keeping bookmarks and passwords.",
            "sol_reset",
            (
                "We'll reset the browser's settings - your bookmarks and saved passwords stay. "
                "Settings > Reset settings > Restore to defaults.",
                "I'll reset the browser back to defaults for you.",
            ),
            (
                "Browser settings reset to defaults",
                "Reset done, home page back to intranet",
            ),
        ),
        Decision(
            "other_browser", "Same in another browser",
            "Does the same redirecting happen in a different browser?",
            (
                told(yes("router_check",
                         "yes edge does it too",
                         "same in chrome",
                         "both browsers"),
                     "it does it in Chrome and Edge"),
                told(no("extension_new",
                        "no edge is fine",
                        "only in chrome",
                        "the other one's ok"),
                     "Edge seems fine, it's just Chrome"),
            ),
            (
                "If you use Edge instead of Chrome (or the other way round), does it still "
                "redirect?",
                "Does it happen in another browser too?",
                "Could you try the same site in a second browser?",
            ),
        ),
        Decision(
            "router_check", "Other devices affected",
            "Are other devices on the same network redirected too?",
            (
                told(yes("sol_router",
                         "yes my phone on the wifi does it too",
                         "my husband's laptop as well",
                         "everything at home does it"),
                     "my phone on the home wifi does the same"),
                no("programs_installed",
                   "no just my laptop",
                   "phone is fine",
                   "only this PC"),
            ),
            (
                "Does your phone do the same on the same Wi-Fi?",
                "Is any other device on that network getting redirected?",
                "Are other things on the same connection affected too?",
            ),
            (
                ("why would that matter?",
                 "If every device is redirected, it's the router at home, not your laptop."),
            ),
        ),
        Decision(
            "called", "Called the number",
            "Did the user call the phone number shown on the warning page?",
            (
                told(yes("remote_access",
                         "yes I rang it",
                         "I did call, sorry",
                         "yes, spoke to someone"),
                     "I phoned the number on the screen"),
                told(no("force_close",
                        "no I didn't call",
                        "no, it looked dodgy",
                        "nope, rang you instead"),
                     "I didn't ring the number"),
            ),
            (
                "Did you ring the number on that page?",
                "Have you called anyone from that screen?",
                "Did you phone that number at all?",
            ),
        ),
        Decision(
            "remote_access", "Let the caller connect",
            "Did the user let the caller connect to the PC or install anything?",
            (
                told(yes("isolate",
                         "yes they took control of my screen",
                         "I installed something they told me to",
                         "yes they used anydesk"),
                     "they got me to install a remote control app"),
                no("pw_given",
                   "no, I hung up",
                   "no they didn't get on",
                   "no, I got suspicious"),
            ),
            (
                "Did they get you to install anything or take control of your screen?",
                "Did you let them remote on to your computer?",
                "Did they connect to your PC at any point?",
            ),
        ),
        Action(
            "isolate", "Isolate the PC",
            "Disconnect the PC from the network (unplug, Wi-Fi off), leave it powered on and "
            "raise a security incident; security isolates the device in Defender.",
            "sol_security_incident",
            (
                "Please unplug the network cable and turn off Wi-Fi now, but leave the PC on. "
                "I'm raising this with security.",
                "Take the laptop off the network straight away, don't shut it down.",
            ),
            (
                "PC disconnected; device isolated in Defender",
                "Wi-Fi off, cable out, incident raised",
            ),
        ),
        Decision(
            "pw_given", "Gave passwords or card details",
            "Did the user give the caller any password, code or card details?",
            (
                yes("reset_creds",
                    "I gave them my password",
                    "yes my card number",
                    "read out a code from my phone"),
                no("force_close",
                   "no nothing like that",
                   "no, didn't give anything",
                   "no"),
            ),
            (
                "Did you tell them any passwords, codes or bank card numbers?",
                "Did they get any login details or payment details from you?",
                "Did you share any passwords or card info?",
            ),
        ),
        Action(
            "reset_creds", "Reset credentials",
            "Reset the user's password, revoke sessions, re-register MFA, and tell the user to "
            "call their bank if card details were given.",
            "sol_security_incident",
            (
                "I'm resetting your password and signing you out everywhere. If you gave card "
                "details, ring your bank too.",
                "Let's change your password now and clear your sign-ins.",
            ),
            (
                "Password reset, sessions revoked",
                "Credentials reset; user advised to contact bank",
            ),
        ),
        Action(
            "force_close", "Force-close the browser",
            "End the browser in Task Manager, reopen it without restoring the previous "
            "session, and clear the browsing history.",
            "sol_scare_closed",
            (
                "Press Ctrl+Shift+Esc, pick the browser and End task. When you open it again, "
                "don't restore the tabs.",
                "Let's kill the browser in Task Manager - the page can't do anything itself.",
            ),
            (
                "Browser ended in Task Manager; history cleared",
                "Closed via Task Manager, reopened clean",
            ),
        ),
        Solution(
            "sol_notif_blocked", "Site notifications removed",
            "The 'ads' were notifications from sites the user had allowed; removed.",
            (
                "Those were notifications from a site you'd allowed. Removed, so they'll stop. "
                "Click 'Block' if a site asks again.",
                "All sorted: no more notification ads.",
            ),
        ),
        Solution(
            "sol_ext_removed", "Unwanted extension removed",
            "An unwanted extension changed the browser; removed and it is back to normal.",
            (
                "It was that extension. Gone now and the browser's back to normal.",
                "Removed the add-on that was causing it.",
            ),
        ),
        Solution(
            "sol_pup_removed", "Adware removed",
            "An unwanted program (adware) installed with free software; uninstalled and the "
            "PC scanned clean.",
            (
                "It came bundled with a free download. Removed and scanned clean - careful "
                "with free tools in future.",
                "Adware removed and the scan's clean.",
            ),
        ),
        Solution(
            "sol_reset", "Browser reset",
            "Browser settings were changed; reset to defaults fixed it.",
            (
                "Reset did the trick: your home page and search are back.",
                "Browser is back to default settings and behaving.",
            ),
        ),
        Solution(
            "sol_router", "Home router DNS changed",
            "All devices on the home network were redirected: the router's DNS settings were "
            "changed. Advised resetting the router / contacting the provider; the laptop "
            "works on the office network or hotspot.",
            (
                "It's your home router, not the laptop. Reset the router to factory settings "
                "and change its admin password, or ask your broadband provider.",
                "Your home router has been tampered with. Use your phone's hotspot for now and "
                "get the router reset.",
            ),
        ),
        Solution(
            "sol_security_incident", "Security incident raised",
            "Possible compromise from a tech-support scam; security incident raised, "
            "credentials reset and/or device isolated; security team takes over.",
            (
                "Security have it now, they'll call you shortly. Don't use the PC until they do.",
                "I've raised a security incident. The security team will contact you and "
                "check the machine.",
            ),
        ),
        Solution(
            "sol_scare_closed", "Scam page closed",
            "A tech-support scam page; closed, nothing installed or given away, no further "
            "action.",
            (
                "That page was a scam, it can't actually harm the PC. Closed now - never call "
                "those numbers.",
                "All clear, it was just a scary web page.",
            ),
        ),
    ),
)

# --- antivirus alert ----------------------------------------------------------------------

ALERT = Flow(
    id="bl-av-alert",
    name="Antivirus alert: threat found, program blocked or protection off",
    description=(
        "Microsoft Defender (or another antivirus) shows a threat alert, says a file was "
        "quarantined or needs action, blocks a program the user needs, says protection is "
        "off or out of date, or another antivirus product nags to renew."
    ),
    domain="security",
    keywords=(
        "antivirus", "Defender", "threat found", "quarantine", "virus alert", "blocked",
        "protection off", "definitions out of date", "McAfee", "scan",
    ),
    teams=TEAMS,
    summaries=(
        "Antivirus popup on my laptop",
        "Got a virus warning",
        "Windows Security message",
        "security alert on my PC",
        "Defender says something about a threat",
        "warning from the antivirus, not sure what to do",
    ),
    openers=(
        Opener((("root", "quarantined"),), (
            "Defender says it found a threat and quarantined a file",
            "Windows Security popped up saying threat removed",
        )),
        Opener((("root", "action"),), (
            "Antivirus says threats found, action needed",
            "Defender keeps saying it couldn't remove a threat",
        )),
        Opener((("root", "blocked"),), (
            "Windows Security blocked a program I was trying to run",
            "the antivirus deleted something as soon as I downloaded it",
        )),
        Opener((("root", "off"),), (
            "Windows Security says virus protection is off",
            "red cross on the shield icon, says definitions out of date",
        )),
        Opener((("root", "renew"),), (
            "I keep getting pop-ups telling me my antivirus subscription has expired",
            "Something wants me to pay to renew my virus protection",
        )),
    ),
    hints=(
        Opener((("source", "yes"),), (
            "Defender flagged something straight after I opened an attachment from an email",
        )),
        Opener((("approved", "no"),), (
            "Defender blocks a free screen recorder I want to use for training videos",
        )),
        Opener((("third_party", "yes"),), (
            "I think the Norton that came from the shop is still on this laptop, and now the "
            "antivirus is confused",
        )),
        Opener((("offline", "yes"),), (
            "Back from three weeks leave and Windows Security says protection is out of date",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the alert says",
            "What does the security alert tell the user?",
            (
                opt("quarantined", "Threat found and quarantined or removed", "file_known",
                    ("Threat quarantined", "Threat removed"),
                    "it says quarantined",
                    "threat removed, no action needed",
                    "it found something and dealt with it"),
                opt("action", "Threat found, action needed", "full_scan",
                    ("Action needed", "Couldn't remove it"),
                    "says action needed",
                    "it couldn't remove it",
                    "threats found, start actions"),
                opt("blocked", "Blocked a program the user wants", "work_tool",
                    ("Blocked my program", "Deleted something I need"),
                    "it blocked my app",
                    "it won't let me run a program",
                    "deleted something I downloaded"),
                opt("off", "Protection off or out of date", "managed",
                    ("Protection is off", "Out of date"),
                    "says virus protection is off",
                    "out of date definitions",
                    "red X on the shield"),
                opt("renew", "Another antivirus asks to renew or pay", "third_party",
                    ("Subscription / renew pop-up", "Another antivirus product"),
                    "it wants me to renew",
                    "a pop-up saying my antivirus subscription expired",
                    "something nagging me to pay for virus protection"),
            ),
            (
                "What does the alert say, word for word if you can?",
                "Can you read me what the warning says?",
                "What kind of message is it - threat found, something blocked, protection off?",
                "Tell me about the alert you got.",
            ),
        ),
        Decision(
            "file_known", "Recognises the file",
            "Does the user recognise the file named in the alert?",
            (
                told(yes("work_tool",
                         "yes it's a tool I use",
                         "it's the macro spreadsheet we use",
                         "yep that's mine"),
                     "the file it flagged is one I use for work"),
                told(no("source",
                        "no idea what that is",
                        "never seen it",
                        "random letters, no"),
                     "I've no idea what the file it mentions is"),
            ),
            (
                "Click the alert for details - does the file name mean anything to you?",
                "Do you know what that file is?",
                "Is the flagged file something you recognise?",
            ),
            (
                ("where do I see the file name?",
                 "Open Windows Security > Virus & threat protection > Protection history; "
                 "click the entry and it shows the file and the threat name."),
            ),
        ),
        Decision(
            "source", "Right after an attachment or download",
            "Did the alert appear just after the user opened an attachment, link or download?",
            (
                told(yes("report_soc",
                         "yes straight after I opened an email attachment",
                         "I'd just downloaded something",
                         "yes, I clicked a link in an email"),
                     "it popped up right after I opened an email attachment"),
                told(no("full_scan",
                        "no, out of nowhere",
                        "I wasn't doing anything",
                        "no, just working normally"),
                     "it came out of the blue, I wasn't downloading anything"),
            ),
            (
                "What were you doing just before - did you open an attachment or download "
                "something?",
                "Did it come right after you opened a file or link?",
                "Had you just opened an email attachment or downloaded something?",
            ),
        ),
        Action(
            "full_scan", "Run a full scan",
            "Run a full Microsoft Defender scan (Windows Security > Scan options > Full scan) "
            "and let it finish.",
            "scan_clean",
            (
                "Let's run a full scan: Windows Security, Virus & threat protection, Scan "
                "options, Full scan. It takes a while.",
                "I'm starting a full antivirus scan on your PC remotely.",
            ),
            (
                "Full scan completed",
                "Full Defender scan run (1h 10m)",
            ),
            fails=("Full scan flagged more items it could not remove",),
            fails_then="no",
        ),
        Decision(
            "scan_clean", "Full scan clean",
            "Did the full scan finish with no threats found?",
            (
                yes("repeat",
                    "yes, no current threats",
                    "clean",
                    "says no threats"),
                no("report_soc",
                   "no it found more",
                   "2 threats found",
                   "it still shows one"),
            ),
            (
                "How did the scan end - no threats?",
                "Is the scan result clean?",
                "Did it come back clean?",
            ),
        ),
        Decision(
            "repeat", "Alert keeps coming back",
            "Does the same alert keep reappearing?",
            (
                yes("report_soc",
                    "yes every hour",
                    "it keeps coming back",
                    "same one again this morning"),
                no("sol_one_off",
                   "no just the once",
                   "only that one time",
                   "not since"),
            ),
            (
                "Has that alert come back since?",
                "Does it keep popping up again?",
                "Have you had it more than once?",
            ),
        ),
        Action(
            "report_soc", "Raise with security operations",
            "Raise a security ticket with the alert details (threat name, file, time, what the "
            "user opened); security checks the device in Defender and may isolate it.",
            "sol_soc",
            (
                "I'm passing this to our security team with the details. Please don't open "
                "anything else from that email.",
                "I'll raise it with security operations - they'll check your PC from their side.",
            ),
            (
                "Security ticket raised with threat name and file path",
                "Escalated to SOC",
            ),
        ),
        Decision(
            "work_tool", "Needed for work",
            "Is the blocked or flagged file a tool the user needs for their job?",
            (
                told(yes("approved",
                         "yes I need it for my job",
                         "yes, it's for reports",
                         "my whole team uses it"),
                     "I need that program for my job"),
                no("sol_leave_blocked",
                   "no, not really",
                   "just something I was trying",
                   "no it's for personal use"),
            ),
            (
                "Is it something you need to do your job?",
                "Do you actually need that program for work?",
                "Is that a tool you use for work?",
            ),
        ),
        Decision(
            "approved", "On the approved software list",
            "Is the program on the company's approved software list?",
            (
                yes("exclusion",
                    "yes it's in the software catalogue",
                    "it's approved, IT installed it before",
                    "yes on the list"),
                no("sol_request_approval",
                   "no it's not in the catalogue",
                   "I downloaded it myself",
                   "don't think so"),
            ),
            (
                "Is it one of the approved apps in the Company Portal / software catalogue?",
                "Did IT approve that program, is it on our list?",
                "Let me look it up... is it something you got from the software catalogue?",
            ),
        ),
        Action(
            "exclusion", "Request a Defender exclusion or restore",
            "Ask security to confirm it is a false positive and add an exclusion (or restore "
            "the file from quarantine) through Defender policy.",
            "sol_exclusion",
            (
                "It's an approved tool, so I'll ask security to mark it as a false positive "
                "and let it through.",
                "I'm requesting an exclusion for that app with the security team.",
            ),
            (
                "False-positive submission and exclusion request raised",
                "Exclusion added by security; file restored from quarantine",
            ),
        ),
        Decision(
            "managed", "Managed by the organisation",
            "Does Windows Security show that protection is managed by the organisation?",
            (
                yes("offline",
                    "yes, says managed by your organisation",
                    "there's that line about the organisation",
                    "yes"),
                no("third_party",
                   "no it doesn't say that",
                   "nothing about organisation",
                   "no"),
            ),
            (
                "On the Virus & threat protection page, do you see 'managed by your "
                "organization'?",
                "Does it mention your organisation managing the settings?",
                "Any line there saying the settings are managed by the company?",
            ),
        ),
        Decision(
            "offline", "Away from the network a long time",
            "Has the PC been off the company network and VPN for more than a week?",
            (
                told(yes("update_defs",
                         "yes I've been on leave two weeks",
                         "it's been in a drawer for a month",
                         "yes, just back from maternity leave"),
                     "the laptop hasn't been switched on for weeks"),
                told(no("sol_escalate_endpoint",
                        "no I use it every day",
                        "no, in the office daily",
                        "always on vpn"),
                     "I use this laptop every day"),
            ),
            (
                "Has the laptop been switched off or away for a while, like a week or more?",
                "Has it been more than a week since it was last on the office network or VPN?",
                "Has it been off the network for a long stretch?",
            ),
        ),
        Action(
            "update_defs", "Update protection",
            "Connect to the office network or VPN, Windows Security > Protection updates > "
            "Check for updates; run Windows Update.",
            "sol_updated",
            (
                "Connect to VPN, then go to Windows Security > Protection updates and click "
                "Check for updates.",
                "Let's get it up to date - stay on the network while Windows Update runs.",
            ),
            (
                "Definitions updated; protection shows green",
                "Protection updates installed",
            ),
        ),
        Decision(
            "third_party", "Another antivirus installed",
            "Is another antivirus product installed on the PC?",
            (
                told(yes("remove_third",
                         "yes McAfee is on there",
                         "norton came with the laptop",
                         "there's avast from home"),
                     "there's still a McAfee trial on the laptop"),
                told(no("enable_rt",
                        "no, only windows security",
                        "not that I can see",
                        "nothing else"),
                     "there's no other antivirus on it"),
            ),
            (
                "Is there any other antivirus on there, like McAfee or Norton?",
                "In the apps list, do you see another security program?",
                "Any third-party antivirus installed?",
            ),
            (
                ("why does that matter?",
                 "Two antivirus products fight each other; a trial one that came with the "
                 "laptop can switch Defender off and then nag you to pay."),
            ),
        ),
        Action(
            "remove_third", "Remove the other antivirus",
            "Uninstall the third-party antivirus (vendor removal tool if needed) and restart; "
            "Defender turns back on.",
            "sol_third_removed",
            (
                "I'll uninstall McAfee for you and restart - Defender takes over after that.",
                "Let's remove that other antivirus; it's not the one we use.",
            ),
            (
                "Third-party AV removed with vendor tool; restarted",
                "Uninstalled trial antivirus",
            ),
        ),
        Action(
            "enable_rt", "Turn real-time protection back on",
            "Turn real-time protection on in Windows Security (or re-apply the policy "
            "remotely) and check for updates.",
            "sol_protection_on",
            (
                "Click 'Turn on' under Virus & threat protection settings.",
                "I'll push the protection policy to your PC again from here.",
            ),
            (
                "Real-time protection on",
                "Policy re-applied; protection green",
            ),
        ),
        Solution(
            "sol_soc", "Handed to security operations",
            "Possible real infection; security operations are investigating and may isolate "
            "the device.",
            (
                "Security have the details and will be in touch. Keep the PC on but don't open "
                "anything else.",
                "The security team will take it from here.",
            ),
        ),
        Solution(
            "sol_one_off", "One-off threat handled",
            "Defender caught and removed the threat; full scan clean, not repeated. No action.",
            (
                "Defender did its job and the full scan is clean. Nothing more to do.",
                "It was caught and removed - you're fine.",
            ),
        ),
        Solution(
            "sol_exclusion", "False positive allowed",
            "Approved tool flagged by mistake; security added an exclusion and restored it.",
            (
                "Security have allowed that program, it was a false alarm. Try it now.",
                "Exclusion's in - the tool runs again.",
            ),
        ),
        Solution(
            "sol_request_approval", "Software needs approval",
            "The program is not approved; user told to request it through the software "
            "request process before it can be allowed.",
            (
                "It isn't approved software, so it'll stay blocked for now. Raise a software "
                "request and it'll be reviewed.",
                "You'll need to request that through the software approval form first.",
            ),
        ),
        Solution(
            "sol_leave_blocked", "Left blocked",
            "Not needed for work; left blocked/quarantined and the user advised not to "
            "reinstall it.",
            (
                "Best to leave it blocked then - please don't reinstall it.",
                "We'll leave that quarantined. No need to do anything.",
            ),
        ),
        Solution(
            "sol_updated", "Protection updated",
            "PC had been off the network; updates brought protection current.",
            (
                "It just needed updates after being off so long. All green now.",
                "Protection is up to date again.",
            ),
        ),
        Solution(
            "sol_escalate_endpoint", "Escalate to endpoint team",
            "Managed device reports protection off while connected daily; escalated to the "
            "endpoint team to check the policy and health.",
            (
                "That shouldn't happen on a managed PC. I've passed it to the endpoint team.",
                "Escalated to the device management team to check the policy.",
            ),
        ),
        Solution(
            "sol_third_removed", "Other antivirus removed",
            "A third-party antivirus (often a preinstalled trial) was disabling Defender and "
            "nagging to renew; removed, Defender back on.",
            (
                "That trial antivirus was the culprit. It's gone and Defender is protecting "
                "you - ignore any renewal emails.",
                "Removed the other product; no more renewal pop-ups.",
            ),
        ),
        Solution(
            "sol_protection_on", "Real-time protection on",
            "Real-time protection had been turned off; back on and green.",
            (
                "Protection is back on. Let us know if it switches off again.",
                "Turned it back on, all green.",
            ),
        ),
    ),
)

FLOWS = (HIJACK, ALERT)
