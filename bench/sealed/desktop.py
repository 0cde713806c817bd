"""Two flows about a PC's regional settings: a clock or time zone that is wrong (and the
sign-in or certificate errors it causes), and a keyboard that types the wrong characters.

Both live under Time & language in Settings, both follow travel, updates and the sign-in
screen, so they share many words and must be told apart. Written by hand from general
helpdesk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "desktop-support")

# --- clock and time zone -------------------------------------------------------------------

CLOCK = Flow(
    id="se-clock-time",
    name="Computer clock or time zone wrong",
    description=(
        "The PC shows the wrong time or date, often noticed through sign-in failures, "
        "certificate warnings on every site or meeting times that look shifted. Covers time "
        "zone, daylight saving, time sync and a clock that resets when the PC is off."
    ),
    domain="endpoint",
    keywords=(
        "clock", "wrong time", "time zone", "date", "daylight saving", "time sync",
        "certificate error", "sign-in error",
    ),
    teams=TEAMS,
    summaries=(
        "The time on my computer is wrong",
        "My laptop clock is off",
        "PC shows the wrong time",
        "clock wrong on my pc",
        "Computer time incorrect, getting errors",
        "The date and time on my machine aren't right",
    ),
    openers=(
        Opener((("root", "hours"),), (
            "My laptop clock is exactly an hour behind",
            "The clock on my PC is a few hours out",
        )),
        Opener((("root", "minutes"),), (
            "My computer's clock is running about ten minutes slow",
        )),
        Opener((("root", "date"),), (
            "My PC thinks it's 2009 and every website gives a certificate error",
            "The date on my computer is completely wrong",
        )),
        Opener((("root", "hours"), ("zone_match", "no")), (
            "Since I came back from New York my laptop is still on American time",
            "My time zone setting is wrong and I can't change it back",
        )),
    ),
    hints=(
        Opener((("resets", "yes"),), (
            "Every time I switch my PC off at the wall the date goes back to 2015",
        )),
        Opener((("dst_switch", "no"),), (
            "Since the clocks changed at the weekend my computer is an hour out",
        )),
        Opener((("on_network", "no"),), (
            "I'm working from home without connecting to the office and my clock is wrong",
        )),
        Opener((("zone_match", "no"),), (
            "My laptop's time zone is set to somewhere I've never been",
        )),
        Opener((("auto_time", "no"),), (
            "I turned off automatic time on my PC a while ago and now the clock is a bit off",
        )),
    ),
    nodes=(
        Decision(
            "root", "How far out",
            "By how much is the computer's clock wrong?",
            (
                opt("hours", "Whole hours out", "zone_match",
                    ("An hour or more", "Whole hours", "Hours out"),
                    "it's an hour behind",
                    "exactly one hour ahead",
                    "it shows 3pm and it's 10am here",
                    "five hours out, no idea why",
                    "an hour behind, my Outlook meetings all look an hour off too"),
                opt("minutes", "A few minutes out", "auto_time",
                    ("A few minutes", "Minutes off"),
                    "about 7 minutes slow",
                    "a few minutes fast",
                    "it's off by like 10 minutes"),
                opt("date", "Wrong date or year", "resets",
                    ("Wrong date", "Date or year wrong", "Completely wrong day"),
                    "the date says 2009",
                    "it thinks it's January first",
                    "wrong day entirely",
                    "the year is wrong"),
            ),
            (
                "How far out is the time on your PC?",
                "Roughly how wrong is the clock: minutes, hours, or the whole date?",
                "Compared with your phone, how far off is the computer's clock?",
            ),
            (
                ("which clock?",
                 "The time in the bottom right corner of your screen, next to the network and "
                 "sound icons."),
                ("why does it matter how far?",
                 "Whole hours usually means the time zone; a few minutes means it isn't "
                 "syncing; a wrong date points at the hardware. So it tells me where to look."),
            ),
        ),
        Decision(
            "zone_match", "Time zone matches location",
            "Does the time zone selected in Date & time settings match the user's actual "
            "location?",
            (
                told(yes("dst_switch",
                         "yes it says London, that's right",
                         "the time zone is correct",
                         "yes, it's the right one"),
                     "the time zone setting looks right, it says London",
                     "I checked and the time zone is correct"),
                told(no("auto_zone",
                        "no, it says Pacific time",
                        "it's set to Eastern, we're in the UK",
                        "no, it's some other country"),
                     "the time zone says Pacific time, which is wrong",
                     "it's on the wrong time zone, I checked"),
            ),
            (
                "If you right-click the clock and open 'Adjust date and time', which time zone "
                "does it show: is that where you are?",
                "In the date and time settings, is the time zone the right one for you?",
                "Could you check the time zone setting: does it match your city?",
            ),
            (
                ("how do I find that?",
                 "Right-click the clock in the corner and choose Adjust date and time; the "
                 "time zone is on that page."),
            ),
        ),
        Decision(
            "auto_zone", "Automatic time zone",
            "Is 'Set time zone automatically' switched on?",
            (
                yes("manual_zone",
                    "yes that one's on",
                    "it's switched on",
                    "yes, blue toggle"),
                no("pick_zone",
                   "no, it's off",
                   "that's switched off",
                   "no, greyed out toggle"),
            ),
            (
                "On the same page, is the 'Set time zone automatically' switch on?",
                "Is Windows choosing the time zone by itself, is that toggle on?",
                "Just below, is the automatic time zone option turned on?",
            ),
        ),
        Action(
            "manual_zone", "Turn off automatic time zone and set it",
            "Switch off 'Set time zone automatically' (it guesses from location and can pick "
            "the wrong zone after travel or on some networks) and choose the right time zone "
            "from the list.",
            "clock_ok",
            (
                "Windows guessed the time zone wrong. Switch 'Set time zone automatically' off, "
                "then choose the right zone from the drop-down.",
                "Let's stop Windows guessing: turn the automatic time zone off and pick yours "
                "by hand.",
            ),
            (
                "Automatic time zone off; correct zone chosen",
                "Zone set manually after switching off auto",
            ),
            fails=("The time zone drop-down is greyed out even with automatic switched off",),
            fails_then="wrong",
        ),
        Action(
            "pick_zone", "Choose the right time zone",
            "Select the correct time zone from the list in Date & time settings.",
            "clock_ok",
            (
                "Choose your time zone from the drop-down on that page.",
                "Let's set the right zone: pick it from the list in Date & time.",
            ),
            (
                "Correct time zone selected",
                "Time zone changed to the user's location",
            ),
        ),
        Decision(
            "dst_switch", "Daylight saving",
            "Is the daylight saving adjustment switched on in Date & time settings?",
            (
                yes("sync_now",
                    "yes, it's on",
                    "that's switched on already",
                    "yep"),
                no("dst_on",
                   "no, it's off",
                   "no, that's turned off",
                   "no, someone switched it off"),
            ),
            (
                "Is 'Adjust for daylight saving time automatically' on?",
                "Could you check the daylight saving switch on that page?",
                "Is the daylight saving option turned on?",
            ),
            (
                ("daylight saving?",
                 "The clocks going forward or back an hour in spring and autumn; Windows has a "
                 "switch to follow that."),
            ),
        ),
        Action(
            "dst_on", "Turn on daylight saving adjustment",
            "Switch on 'Adjust for daylight saving time automatically'.",
            "clock_ok",
            (
                "Switch that daylight saving option on; it'll jump to the right hour.",
                "Let's turn daylight saving back on.",
            ),
            (
                "Daylight saving adjustment on; clock jumped an hour",
                "DST switch enabled",
            ),
        ),
        Decision(
            "auto_time", "Automatic time",
            "Is 'Set time automatically' switched on?",
            (
                yes("sync_now",
                    "yes that's on",
                    "it's on already",
                    "yes"),
                no("auto_time_on",
                   "no, it's off",
                   "it's turned off",
                   "no, I switched it off once"),
            ),
            (
                "In Date & time settings, is 'Set time automatically' on?",
                "Is the computer set to get the time automatically?",
                "Could you check the switch that sets the time automatically?",
            ),
        ),
        Action(
            "auto_time_on", "Turn on automatic time",
            "Switch on 'Set time automatically' so Windows keeps the clock in sync.",
            "sync_now",
            (
                "Turn 'Set time automatically' on, then we'll force a sync.",
                "Let's switch automatic time back on.",
            ),
            (
                "Automatic time switched on",
                "Set time automatically enabled",
            ),
        ),
        Action(
            "sync_now", "Sync the clock now",
            "In Date & time settings click 'Sync now' under Additional settings and note "
            "whether it reports success.",
            "sync_worked",
            (
                "Scroll down to Additional settings and click 'Sync now'. Tell me what it says "
                "underneath.",
                "Let's force a time sync: Date & time, Sync now.",
            ),
            (
                "Clicked Sync now; shows last successful sync just now",
                "Time synced with the time server",
            ),
            fails=(
                "Sync now reported that time synchronisation failed",
                "Sync now spun and then showed an error",
            ),
            fails_then="no",
        ),
        Decision(
            "sync_worked", "Sync result",
            "Did the time sync succeed?",
            (
                yes("clock_ok",
                    "yes it says synced just now",
                    "worked, time is right",
                    "yep, successful"),
                no("on_network",
                   "no, it failed",
                   "it says it couldn't sync",
                   "error"),
            ),
            (
                "Did the sync work?",
                "Did it say the sync was successful, under the button?",
                "Was the sync successful?",
            ),
        ),
        Decision(
            "on_network", "Connected to the office",
            "Is the computer connected to the office network, or to the VPN, right now?",
            (
                told(yes("restart_time_service",
                         "yes, I'm in the office",
                         "I'm on the VPN",
                         "yes, plugged in at my desk"),
                     "I'm in the office, plugged in",
                     "I'm connected to the VPN at the moment"),
                told(no("sol_connect_sync",
                        "no, I'm at home, not on the VPN",
                        "no, just home internet",
                        "I'm on a hotel wifi"),
                     "I'm working from home without the VPN",
                     "I'm not connected to the office at all"),
            ),
            (
                "Are you in the office or connected to the VPN at the moment?",
                "Is the laptop on our network right now, directly or through the VPN?",
                "Are you on the office network at the moment, at your desk or through the VPN?",
            ),
        ),
        Action(
            "restart_time_service", "Restart the Windows Time service",
            "From an admin prompt, restart the Windows Time service and run a resync against "
            "the domain; check the result.",
            "clock_ok",
            (
                "I'll connect remotely and restart the time service, then force a resync with "
                "the office servers.",
                "Let me reset the time service on your machine from here.",
            ),
            (
                "Time service restarted; resync completed",
                "w32time restarted and resynced with the domain",
            ),
            fails=("Time service restarted but the resync still fails",),
            fails_then="wrong",
        ),
        Decision(
            "resets", "Resets when switched off",
            "Does the date go wrong again every time the computer is switched off at the wall?",
            (
                told(yes("device_type",
                         "yes every morning it's wrong again",
                         "yes, each time I turn it off",
                         "it always goes back after a power cut"),
                     "every time I switch it off it goes back to the wrong date",
                     "it resets whenever it's unplugged"),
                no("set_date",
                   "no, it's just wrong now",
                   "not that I've noticed",
                   "no, it only just happened"),
            ),
            (
                "When you turn the PC off and on again, does the date go back to the wrong one?",
                "Does the date reset each time the machine loses power?",
                "Is the date wrong every time you start up?",
            ),
        ),
        Decision(
            "device_type", "Desktop or laptop",
            "Is the machine a desktop tower or a laptop?",
            (
                opt("desktop", "Desktop", "sol_cmos",
                    ("Desktop", "Tower PC"),
                    "a desktop under my desk",
                    "it's a tower",
                    "desktop"),
                opt("laptop", "Laptop", "sol_repair",
                    ("Laptop", "Notebook"),
                    "it's a laptop",
                    "laptop",
                    "my work laptop"),
            ),
            (
                "Is it a desktop or a laptop?",
                "What kind of computer is it: a tower under the desk, or a laptop?",
                "Desktop or laptop?",
            ),
        ),
        Action(
            "set_date", "Set the date and time",
            "Switch on 'Set time automatically' and sync, or set the date and time by hand if "
            "the machine is off the network.",
            "clock_ok",
            (
                "Let's put the date right: turn on automatic time and click Sync now, or set it "
                "by hand with the Change button.",
                "I'll set your date and time correctly and let it sync.",
            ),
            (
                "Date set; automatic time on and synced",
                "Date and time corrected by hand",
            ),
        ),
        Decision(
            "clock_ok", "Clock and errors now",
            "Is the time now correct, and have the sign-in or certificate errors stopped?",
            (
                opt("ok", "Time right, errors gone", "sol_time_fixed",
                    ("All fine now", "Right time, no errors"),
                    "yes, time's right and the errors are gone",
                    "all good now",
                    "clock is correct, websites working"),
                opt("errors", "Time right, errors remain", "sign_out",
                    ("Time OK, still errors", "Still getting errors"),
                    "time is right but Teams still says sign in",
                    "clock is fine now but I still get the errors",
                    "right time, but websites still warn me",
                    "clock's right, but Outlook keeps asking me to sign in"),
                opt("wrong", "Time still wrong", "sol_escalate_time",
                    ("Still wrong", "Time not fixed"),
                    "it's still wrong",
                    "it went back to the wrong time",
                    "no, still out"),
            ),
            (
                "How does it look now: is the clock right, and are the error messages gone?",
                "Is the time correct now? And can you sign in and open sites without warnings?",
                "Check the clock again for me: correct now? Any more of those errors?",
            ),
        ),
        Action(
            "sign_out", "Sign out and back in",
            "Restart the PC (or sign out and in) so Windows and Office get fresh sign-in tokens "
            "now that the clock is right.",
            "sol_signin_refresh",
            (
                "Now the clock's right, restart the computer so everything signs in again with "
                "the correct time.",
                "Please sign out of Windows and back in; the old sign-ins were made with the "
                "wrong time.",
            ),
            (
                "PC restarted; Office signed in again",
                "Signed out and in; errors cleared",
            ),
        ),
        Solution(
            "sol_time_fixed", "Time corrected",
            "The time zone, daylight saving or sync setting was corrected and the clock is "
            "right.",
            (
                "That's fixed: your clock is right and the errors should stop.",
                "Clock corrected; you're all set.",
            ),
        ),
        Solution(
            "sol_signin_refresh", "Sign-in refreshed after clock fix",
            "Sign-in tokens issued while the clock was wrong were rejected; after a restart the "
            "user signed in without errors.",
            (
                "After the restart everything signed in properly, so the errors are gone.",
                "The old sign-ins were stamped with the wrong time; signing in again cleared "
                "them.",
            ),
        ),
        Solution(
            "sol_connect_sync", "Connect to the office to sync",
            "Company laptops take their time from the office servers. Connect to the VPN (or "
            "come into the office) and sync; the clock corrects itself.",
            (
                "Your laptop gets its time from our servers, so connect to the VPN and it will "
                "correct itself within a few minutes.",
                "It can't reach the office time source from there. Once you're on the VPN, "
                "click Sync now and it'll be right.",
            ),
        ),
        Solution(
            "sol_cmos", "Replace the clock battery",
            "A desktop whose date resets when switched off has a flat motherboard (CMOS) "
            "battery. Desktop support will replace it.",
            (
                "The little battery that keeps the clock going when the PC is off has run flat. "
                "Desktop support will swap it; it's a quick job.",
                "That's the motherboard battery. I've booked a technician to replace it.",
            ),
        ),
        Solution(
            "sol_repair", "Send the laptop for repair",
            "A laptop whose date resets on power loss has a failing internal clock battery. "
            "Logged a warranty repair and arranged a loan laptop.",
            (
                "The laptop's internal clock battery is failing. I've logged a repair and "
                "you'll get a loan laptop meanwhile.",
                "It needs a hardware repair. Warranty job logged; we'll swap you a loan machine.",
            ),
        ),
        Solution(
            "sol_escalate_time", "Escalate to desktop support",
            "The clock could not be corrected at the desk (for example a policy resets the "
            "time zone). Escalated to desktop support.",
            (
                "Something is putting it back, probably a policy. I'm passing it to desktop "
                "support to look at.",
                "I'll escalate this to the desktop team; they can check the policies on your "
                "machine.",
            ),
        ),
    ),
)

# --- keyboard layout -----------------------------------------------------------------------

KEYBOARD = Flow(
    id="se-keyboard-layout",
    name="Keyboard types the wrong characters",
    description=(
        "Keys produce the wrong symbols or letters, letters type numbers, or the password "
        "fails only at the sign-in screen. Covers input language and layouts, shortcuts that "
        "switch them, foreign keyboards, Num Lock and accessibility keys."
    ),
    domain="endpoint",
    keywords=(
        "keyboard layout", "wrong characters", "input language", "UK keyboard",
        "US keyboard", "@ and quote swapped", "Num Lock", "language bar",
    ),
    teams=TEAMS,
    summaries=(
        "My keyboard is typing the wrong characters",
        "Keyboard not typing properly",
        "some keys on my keyboard are wrong",
        "Typing problem, keys come out wrong",
        "The keyboard has gone weird",
        "My keys don't type what's printed on them",
    ),
    openers=(
        Opener((("root", "symbols"),), (
            "My @ and \" keys have swapped round",
            "When I press shift and 2 I get a quote mark instead of @",
        )),
        Opener((("root", "numbers"),), (
            "My laptop keyboard types numbers instead of some letters",
        )),
        Opener((("root", "signin"),), (
            "My password only gets rejected at the sign-in screen, I think the keyboard is "
            "different there",
        )),
        Opener((("root", "symbols"), ("indicator", "wrong")), (
            "My keyboard is typing American symbols and the taskbar says ENG US",
        )),
        Opener((("root", "garbage"),), (
            "My keyboard is typing gibberish",
        )),
    ),
    hints=(
        Opener((("external_kb", "external"),), (
            "Since I started using a new plug-in keyboard some keys come out wrong",
        )),
        Opener((("keeps_changing", "yes"),), (
            "I keep fixing my keyboard layout and it keeps switching back by itself",
        )),
        Opener((("sticky", "yes"),), (
            "I think I turned on sticky keys by accident and now typing is all wrong",
        )),
        Opener((("how_many", "several"),), (
            "I've got a few keyboards installed in Windows and the wrong one gets used",
        )),
        Opener((("every_app", "one"),), (
            "Only in Outlook some of my characters get swapped as I type",
        )),
        Opener((("signin_layout", "yes"),), (
            "At the login screen the keyboard shows ENG US instead of UK",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which keys are wrong",
            "Which keys produce the wrong characters?",
            (
                opt("symbols", "Symbols are swapped (e.g. @ and \")", "indicator",
                    ("Symbols", "Punctuation keys", "@, \" or £ wrong"),
                    "when I press shift 2 I get a quote mark instead of @",
                    "the @ and the \" have swapped",
                    "£ comes out as #",
                    "the backslash key gives me something else"),
                opt("letters", "Some letters are swapped (e.g. Y and Z)", "indicator",
                    ("Letters", "Letters in the wrong place"),
                    "Y and Z are the wrong way round",
                    "typing a gives me q",
                    "some letters are in the wrong places"),
                opt("numbers", "Letter keys type numbers", "fn_numlock",
                    ("Letters give numbers", "Numbers instead of letters"),
                    "half my letters come out as numbers",
                    "u i o type 4 5 6",
                    "when I type jkl I get 123"),
                opt("signin", "Only the password at the sign-in screen", "signin_layout",
                    ("Only at sign-in", "Password at login only"),
                    "only when I type my password to log in",
                    "at the login screen it says wrong password but I know it's right",
                    "it's only on the sign-in screen, fine after that"),
                opt("garbage", "Random characters, repeats or dead keys", "other_keyboard",
                    ("Random characters", "Keys repeating or dead", "Gibberish"),
                    "random stuff comes out",
                    "keys repeat like ssssss",
                    "some keys do nothing at all",
                    "it types gibberish"),
            ),
            (
                "What comes out wrong when you type: symbols, letters, numbers?",
                "Which keys are giving you the wrong characters?",
                "Can you give me an example of what you press and what appears?",
                "What exactly types wrongly?",
            ),
            (
                ("what do you mean which keys?",
                 "For example, you press Shift+2 expecting @ and get a quote mark. Tell me "
                 "something like that."),
            ),
        ),
        Decision(
            "indicator", "Language indicator",
            "What does the input language indicator in the taskbar show?",
            (
                opt("wrong", "A layout that does not match the keyboard", "how_many",
                    ("The wrong layout", "Not our keyboard", "Different layout"),
                    "it says ENG US, but we're UK",
                    "it shows DEU",
                    "FRA, which is odd"),
                opt("right", "The correct layout", "external_kb",
                    ("The right layout", "Correct one", "Matches the keyboard"),
                    "it says ENG UK, which is right",
                    "looks correct to me",
                    "the right one"),
                opt("flipping", "Keeps switching between two layouts", "remove_extra",
                    ("Switches between two", "Keeps changing"),
                    "sometimes UK sometimes US",
                    "it changes by itself",
                    "it flips between two"),
            ),
            (
                "Next to the clock there are letters like ENG with UK or US underneath: what "
                "does yours say?",
                "What keyboard does the language indicator on the taskbar show?",
                "Look at the bottom right, near the time: which language or keyboard code is "
                "displayed?",
            ),
            (
                ("I don't see any letters there",
                 "It only shows when more than one keyboard is installed. Click it if it's "
                 "there, or tell me and we'll check in Settings."),
                ("what is ENG?",
                 "It's short for English; the smaller letters under it say which English "
                 "keyboard, like UK or US."),
            ),
        ),
        Decision(
            "how_many", "Layouts installed",
            "How many keyboard layouts are listed for the user's language in Time & language "
            "settings?",
            (
                opt("one", "Only the wrong one", "add_layout",
                    ("Just one", "Only the wrong one"),
                    "just the US one",
                    "only one keyboard listed, the wrong one",
                    "there's only one"),
                opt("several", "Several, including the right one", "switch_now",
                    ("Several", "More than one"),
                    "two, UK and US",
                    "a few, the right one is there too",
                    "three of them"),
            ),
            (
                "In Settings, Time & language, Language & region: under your language's "
                "options, how many keyboards are listed?",
                "How many keyboards does Windows have installed for you?",
                "Under the language options, is it one keyboard or several?",
            ),
        ),
        Action(
            "add_layout", "Add the correct keyboard layout",
            "Settings > Time & language > Language & region > language options > Add a "
            "keyboard; add the correct layout, remove the wrong one and set the right one as "
            "the default input method.",
            "fixed_q",
            (
                "Let's add the right keyboard: Time & language, your language's options, Add "
                "a keyboard, pick United Kingdom, then remove the wrong one.",
                "I'll add the correct layout for you and take the wrong one off.",
            ),
            (
                "UK layout added, US removed, default set",
                "Correct keyboard added and made default",
            ),
        ),
        Action(
            "switch_now", "Switch layout with Windows key + Space",
            "Press Windows key + Space and choose the correct layout; explain that Alt+Shift "
            "or Windows+Space switches layouts when pressed by accident.",
            "keeps_changing",
            (
                "Hold the Windows key and press Space: a list pops up. Pick the right keyboard.",
                "Press Windows and Space together and choose your usual keyboard. That shortcut "
                "is easy to hit by accident, which is probably what happened.",
            ),
            (
                "Switched to the correct layout with Win+Space",
                "Layout switched; user typing correctly",
            ),
        ),
        Decision(
            "keeps_changing", "Switches back by itself",
            "Does the layout switch back to the wrong one by itself later?",
            (
                told(yes("remove_extra",
                         "yes it changes back after a while",
                         "it happens every day",
                         "yes, keeps doing it"),
                     "it keeps switching back by itself every day",
                     "this keeps happening, it changes back on its own"),
                no("sol_shortcut",
                   "no, it was just the once",
                   "not so far",
                   "no, it stays put"),
            ),
            (
                "Does it go back to the wrong keyboard on its own later on?",
                "Does it keep changing back?",
                "Has it switched itself back before?",
            ),
        ),
        Action(
            "remove_extra", "Remove the extra layouts",
            "Remove every layout except the correct one in Language settings, and turn off "
            "'Let me use a different input method for each app window' in Advanced keyboard "
            "settings.",
            "fixed_q",
            (
                "Let's take away the keyboards you don't use, so it can't flip. I'll also turn "
                "off the setting that remembers a keyboard per app.",
                "I'll remove the extra layouts and switch off per-app input, so there's only "
                "one keyboard to use.",
            ),
            (
                "Extra layouts removed; per-app input turned off",
                "Only the UK layout left installed",
            ),
            fails=("Removed the extra layout; it reappeared after a restart",),
            fails_then="no",
        ),
        Decision(
            "external_kb", "External or built-in keyboard",
            "Is the user typing on an external keyboard or the laptop's built-in one?",
            (
                opt("external", "External keyboard", "kb_region",
                    ("External", "Plug-in keyboard", "Separate keyboard"),
                    "a separate keyboard plugged into the dock",
                    "an external one, USB",
                    "my own keyboard I brought in"),
                opt("builtin", "Laptop's own keyboard", "every_app",
                    ("Built-in", "The laptop's keyboard"),
                    "the laptop's own keyboard",
                    "built in",
                    "just the laptop, no extra keyboard"),
            ),
            (
                "Are you typing on a separate keyboard, or the laptop's own?",
                "Is it a plug-in keyboard or the built-in one?",
                "Which keyboard is this: external or the laptop itself?",
            ),
        ),
        Decision(
            "kb_region", "Foreign keyboard",
            "Was the external keyboard made for a different country's layout (for example a US "
            "keyboard in a UK office)?",
            (
                yes("sol_matching_keyboard",
                    "yes it's an American one",
                    "it's from our German office",
                    "the @ is printed in a different place, so yes"),
                no("sol_replace_keyboard",
                   "no, same as the others",
                   "no, it's a UK one",
                   "it's a normal office keyboard"),
            ),
            (
                "Is that a foreign keyboard? For instance, is the @ printed over the 2 instead "
                "of next to Enter?",
                "Could the keyboard be a foreign one, say a US keyboard?",
                "Is that keyboard a different country's model from the usual office ones?",
            ),
            (
                ("how can I tell?",
                 "On a UK keyboard the @ is next to Enter and the \" is over the 2; on a US one "
                 "it's the other way round."),
            ),
        ),
        Decision(
            "every_app", "Every program or one",
            "Do the wrong characters appear in every program, or only in one?",
            (
                opt("one", "Only in one program", "sol_app_setting",
                    ("Just one program", "Only in Word"),
                    "only in Word",
                    "just in one app",
                    "Notepad is fine, only Outlook does it"),
                opt("all", "Everywhere", "sol_escalate_kb",
                    ("Everywhere", "Every program"),
                    "everywhere",
                    "all programs",
                    "every app I try"),
            ),
            (
                "If you open Notepad and type the same keys, does it happen there too?",
                "Is it every program, or only one app?",
                "Does it happen everywhere or only in a particular program?",
            ),
        ),
        Action(
            "fn_numlock", "Turn off Num Lock",
            "On laptops without a number pad, Num Lock turns some letter keys into numbers; "
            "press Fn + NumLk (the key combination varies by model) to turn it off.",
            "fixed_q",
            (
                "That's Num Lock on a laptop with no number pad. Hold Fn and press the NumLk "
                "key, often on F11 or Insert.",
                "Press Fn and Num Lock together; it turns those letter keys back into letters.",
            ),
            (
                "Num Lock turned off with Fn+NumLk",
                "Num Lock off; letters typing correctly",
            ),
        ),
        Decision(
            "signin_layout", "Layout at sign-in",
            "Does the sign-in screen show a different keyboard layout code in its corner?",
            (
                yes("copy_welcome",
                    "yes it says ENG US down there",
                    "yes, a different one",
                    "there's a US in the corner"),
                no("sol_caps_lock",
                   "no, it's the same",
                   "no, it says UK",
                   "I don't see anything different"),
            ),
            (
                "On the screen where you type your password, is the keyboard code at the bottom "
                "right a different one?",
                "When you're at the login screen, does it show a different keyboard from the "
                "one you use once you're in?",
                "At the password screen, is the language code in the corner different from "
                "normal?",
            ),
        ),
        Action(
            "copy_welcome", "Copy settings to the sign-in screen",
            "At the sign-in screen switch with Windows key + Space, then after signing in open "
            "the administrative language settings and copy the user's settings to the welcome "
            "screen.",
            "sol_signin_layout",
            (
                "At the login screen, press Windows and Space to pick your keyboard before "
                "typing. Once you're in, I'll copy your keyboard settings to the login screen so "
                "it stays right.",
                "I'll copy your language settings to the welcome screen so sign-in uses the "
                "same keyboard.",
            ),
            (
                "Settings copied to welcome screen and new user accounts",
                "Welcome screen layout set to match",
            ),
        ),
        Decision(
            "other_keyboard", "Another keyboard",
            "Does the on-screen keyboard or another keyboard type correctly?",
            (
                yes("sol_replace_keyboard",
                    "yes, the other keyboard works fine",
                    "on-screen one is fine",
                    "yes with a spare it's ok"),
                no("sticky",
                   "no, same problem",
                   "the on-screen one does it too",
                   "no"),
            ),
            (
                "If you try the on-screen keyboard, or plug in a spare, does that type properly?",
                "Does a different keyboard type properly?",
                "Could you test with another keyboard: does that one work?",
            ),
        ),
        Decision(
            "sticky", "Accessibility keys",
            "Are Sticky Keys, Filter Keys or Toggle Keys switched on in Accessibility settings?",
            (
                yes("accessibility_off",
                    "yes, sticky keys is on",
                    "filter keys was switched on",
                    "yes, something's on there"),
                no("sol_escalate_kb",
                   "no, all off",
                   "none of those are on",
                   "no"),
            ),
            (
                "In Settings, Accessibility, Keyboard: are Sticky Keys or Filter Keys on?",
                "Could any of the accessibility keyboard options be on, like Sticky Keys?",
                "Check the keyboard accessibility settings for me: anything switched on?",
            ),
            (
                ("what are sticky keys?",
                 "An accessibility feature that holds Shift or Ctrl for you. Pressing Shift "
                 "five times turns it on, which is easy to do by accident."),
            ),
        ),
        Action(
            "accessibility_off", "Turn off the accessibility keys",
            "Switch off Sticky Keys, Filter Keys and Toggle Keys, and their keyboard shortcuts.",
            "fixed_q",
            (
                "Turn those off, and the shortcut that switches them on, so it doesn't happen "
                "again.",
                "Let's switch off Sticky and Filter Keys and their shortcuts.",
            ),
            (
                "Sticky Keys and Filter Keys off; shortcuts disabled",
                "Accessibility keyboard options turned off",
            ),
        ),
        Decision(
            "fixed_q", "Typing correctly now",
            "Does the keyboard now type correctly in Notepad?",
            (
                yes("sol_layout_fixed",
                    "yes, all correct now",
                    "@ is where it should be",
                    "perfect, it's right"),
                no("sol_escalate_kb",
                   "no, still wrong",
                   "still doing it",
                   "nope"),
            ),
            (
                "Open Notepad and type the keys that were wrong: are they right now?",
                "Does it type properly now?",
                "Give it a test: everything coming out right?",
            ),
        ),
        Solution(
            "sol_layout_fixed", "Keyboard typing correctly",
            "The layout or keyboard setting was corrected and the keyboard types the right "
            "characters.",
            (
                "Great, your keyboard is typing properly again.",
                "Sorted: the right keyboard layout is in place now.",
            ),
        ),
        Solution(
            "sol_shortcut", "Layout switched by a shortcut",
            "The layout had been switched by pressing Alt+Shift or Windows+Space by accident. "
            "Switched back and showed the user the shortcut.",
            (
                "It was just the keyboard shortcut pressed by accident. Now you know Windows and "
                "Space switches it back.",
                "The layout got switched by a key combination. It's back and should stay.",
            ),
        ),
        Solution(
            "sol_matching_keyboard", "Keyboard from another country",
            "The external keyboard has another country's layout. Swapped it for a local one "
            "(or added its layout, if the user wants to keep it).",
            (
                "That keyboard is a foreign layout, so the symbols are printed in different "
                "places. I'll send you a UK one.",
                "It's an American keyboard; Windows is right, the keys are just labelled "
                "differently. A replacement is on its way.",
            ),
        ),
        Solution(
            "sol_replace_keyboard", "Faulty keyboard",
            "The keyboard itself is faulty. Issued a replacement.",
            (
                "The keyboard is faulty. I'm sending a replacement; use the spare meanwhile.",
                "It's the keyboard, not Windows. A new one is on its way.",
            ),
        ),
        Solution(
            "sol_app_setting", "One program's language setting",
            "Only one program was affected: its own language or autocorrect settings were "
            "replacing characters. Corrected in that program's options.",
            (
                "It was that program's own language and autocorrect settings. Fixed in its "
                "options.",
                "Windows is fine; that app was changing the characters. I've corrected its "
                "settings.",
            ),
        ),
        Solution(
            "sol_signin_layout", "Sign-in screen layout fixed",
            "The sign-in screen used a different layout from the user's. Copied the user's "
            "settings to the welcome screen.",
            (
                "The login screen was using a different keyboard from yours. It matches now, so "
                "your password will work there.",
                "Sign-in now uses your keyboard layout, so your password goes in correctly.",
            ),
        ),
        Solution(
            "sol_caps_lock", "Caps Lock at sign-in",
            "The layout at sign-in was right; Caps Lock was on when typing the password.",
            (
                "It was Caps Lock, on at the login screen. Turn it off and your password works.",
                "The keyboard's fine at sign-in; Caps Lock was on.",
            ),
        ),
        Solution(
            "sol_escalate_kb", "Escalate to desktop support",
            "The typing problem could not be fixed at the desk; escalated to desktop support "
            "with what was tried.",
            (
                "I'll get desktop support to look at it in person. Ticket passed on.",
                "This needs a closer look. I've escalated it to the desktop team.",
            ),
        ),
    ),
)

FLOWS = (CLOCK, KEYBOARD)
