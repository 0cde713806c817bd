"""The held-out set's content, written by hand: seven IT-support flows and, for every node,
several ways agents ask and users answer.

Written from general helpdesk practice, without looking at the matcher or at any other
evaluation set. Node texts (the flow) and session texts (the phrasings) are kept apart on
purpose: no agent wording repeats a node's question word for word.
"""

from __future__ import annotations

from bench.holdout.spec import Action, Decision, Flow, Opener, Solution, no, opt, yes

# --- 1. laptop will not start / BitLocker recovery ---------------------------------------

LAPTOP_BOOT = Flow(
    id="ho-laptop-boot",
    name="Laptop will not start or asks for the BitLocker recovery key",
    description=(
        "Use when a Windows laptop does not power on, stays on a black screen, stops at a "
        "repair or error screen, or asks for a BitLocker recovery key at start-up."
    ),
    domain="hardware",
    keywords=(
        "won't boot", "no power", "black screen", "bitlocker", "recovery key",
        "automatic repair", "no bootable device", "blue screen",
    ),
    teams=("service-desk", "field-support"),
    summaries=(
        "Laptop won't start",
        "my laptop won't boot",
        "Can't start my work laptop this morning",
        "Laptop not starting up - need it for a meeting at 10",
        "laptop problem, won't switch on properly",
        "Computer won't boot up",
        "User's laptop fails to start",
        "HP laptop won't load windows",
        "Issue starting laptop after the weekend",
        "Caller cannot get into their laptop, it doesn't start normally",
        "laptop not working when i turn it on",
    ),
    openers=(
        Opener((("root", "nothing"),), (
            "My laptop is completely dead, no lights when I press power",
            "laptop won't turn on at all. no lights no nothing",
            "Dell won't power on - totally dead, not even the charging light on the side",
        )),
        Opener((("root", "bitlocker"),), (
            "Laptop is asking for a BitLocker recovery key after restarting",
            "bitlocker recovery screen this morning, need the key",
            "Screen says enter the recovery key to unlock this drive - I don't have one",
        )),
        Opener((("root", "black"),), (
            "laptop turns on (fan spinning) but the screen stays black",
            "Power light comes on but nothing on the display",
        )),
        Opener((("root", "repair"), ("repair_screen", "autorepair")), (
            "laptop stuck on a 'preparing automatic repair' loop",
            "PC keeps going to Automatic Repair and restarting",
        )),
        Opener((("root", "repair"), ("repair_screen", "nodisk")), (
            "Laptop says no bootable device found when I switch it on",
        )),
        Opener((("root", "repair"), ("repair_screen", "bsod")), (
            "blue screen every time I turn on my laptop - INACCESSIBLE_BOOT_DEVICE",
        )),
        Opener((("root", "nothing"), ("power_charger", "no")), (
            "Laptop won't turn on and the light on the charger is off too",
        )),
    ),
    nodes=(
        Decision(
            "root", "What happens at power on",
            "What happens when the power button is pressed?",
            (
                opt("nothing", "Nothing at all: no lights, no fan, no sound", "power_charger",
                    ("Nothing happens at all", "Completely dead", "No lights, no fan"),
                    "nothing. absolutely nothing happens",
                    "it's completely dead",
                    "no lights, no fan noise, nothing",
                    "dead as a doornail",
                    "Nothing at all, the power light doesn't even come on",
                    "zero signs of life",
                    "I press the button and nothing happens, not even the little light",
                    "its dead"),
                opt("black", "Lights or fan come on but the screen stays black", "ext_display",
                    ("Powers on but the screen is black", "Lights on, black screen",
                     "Fan runs, nothing on screen"),
                    "the light on the button comes on and I can hear the fan but the screen "
                    "is just black",
                    "powers on but screen stays black",
                    "keyboard lights up, screen doesn't",
                    "it sounds like it's running but there's no picture",
                    "black screen, fan is going",
                    "lights on, nobody home - the screen is dark"),
                opt("bitlocker", "It asks for a BitLocker recovery key", "bl_lookup",
                    ("BitLocker recovery screen", "Asks for a recovery key",
                     "Blue screen asking for a key"),
                    "it's asking for a bitlocker recovery key",
                    "blue screen that says enter the recovery key for this drive",
                    "it wants a 48 digit key??",
                    "a BitLocker screen asking for a key I don't have",
                    "says 'BitLocker recovery' and wants a long number",
                    "recovery key screen"),
                opt("repair", "It shows an error or repair screen, or keeps restarting",
                    "repair_screen",
                    ("An error or repair screen", "Restarts over and over",
                     "Error message at start-up"),
                    "it goes to some repair screen and then restarts",
                    "stuck in a restart loop",
                    "I get an error message before Windows loads",
                    "there's an error on the screen and it won't get to the login",
                    "keeps rebooting by itself"),
            ),
            asks=(
                "When you press the power button, what do you see or hear?",
                "What does the laptop do when you try to switch it on?",
                "Could you press the power button once and tell me what happens?",
                "Talk me through what happens when you turn it on.",
                "What exactly happens when you try to start it up?",
            ),
            clarify=(
                ("what do you mean, like lights?",
                 "Yes - anything at all: the power light, keyboard backlight, fan noise, or "
                 "something on the screen. Just describe what you notice after one press."),
                ("do I hold the button down or just press it?",
                 "Just a normal short press, then wait about 20 seconds and tell me what you "
                 "see or hear."),
            ),
            help="Ask for one short press and a description of lights, sounds and screen.",
        ),
        Decision(
            "power_charger", "Charger and socket",
            "Is the charger's light on and is it plugged into a socket that works?",
            (
                yes("hard_reset",
                    "yes the light on the charger is on",
                    "yep, socket's fine, my phone charges from it",
                    "charger light is lit, yes",
                    "plugged in and the little light is white",
                    "yes, checked the socket with a lamp"),
                no("swap_charger",
                   "no light on the charger",
                   "the charger light is off",
                   "no, nothing lights up on the plug",
                   "hmm, no the light isn't on",
                   "not sure the socket works actually, there's no light"),
            ),
            asks=(
                "Is there a light on the charger, and is the socket definitely working?",
                "Can you check the power adapter - does its light come on when it's plugged "
                "into the wall?",
                "Is the power brick showing a light, and have you tried the socket with "
                "something else?",
                "Is the charger lit up and plugged into a live socket?",
            ),
            clarify=(
                ("where's the light on the charger?",
                 "Usually it's a small LED on the brick or on the plug that goes into the "
                 "laptop. If you can't see one, plug a lamp into the same socket to check it."),
                ("how do I know if the socket works",
                 "Plug something else into it, like a phone charger or a desk lamp. If that "
                 "works, the socket is fine."),
            ),
            help="Many chargers have an LED on the brick or the connector.",
        ),
        Action(
            "swap_charger", "Try another charger",
            "Connect a known-good charger of the same type to a working socket and leave it "
            "charging for 30 minutes before trying to power on.",
            "power_after_charger",
            says=(
                "Please borrow a charger of the same type from a colleague, plug it into a "
                "socket you know works and leave it for about half an hour.",
                "Let's rule out the charger: swap in a spare one that matches, and give the "
                "laptop 30 minutes on charge.",
                "Can you try a different charger (same connector) in a working socket and let "
                "it charge for 30 minutes or so?",
            ),
            results=(
                "Borrowed a charger from the desk next to me and left it for 30 min",
                "Used the spare from the meeting room, waited half an hour",
                "Swapped chargers and waited",
                "done, waited 30 mins",
            ),
        ),
        Decision(
            "power_after_charger", "Starts with other charger",
            "Does the laptop power on with the other charger?",
            (
                yes("sol_charger",
                    "yes! it's on now",
                    "yeah it started with the other one",
                    "it powered up straight away",
                    "works with the borrowed charger"),
                no("hard_reset",
                   "no still nothing",
                   "nope, same as before",
                   "still dead",
                   "no, nothing even with the other charger"),
            ),
            asks=(
                "Now with the borrowed charger, does it switch on?",
                "Does it start up now that it's on the other charger?",
                "Any luck powering it on with the spare charger?",
            ),
            clarify=(
                ("should I wait longer?",
                 "Thirty minutes is enough to tell. Press the power button once now and let me "
                 "know if it starts."),
            ),
        ),
        Solution(
            "sol_charger", "Faulty charger",
            "The original charger has failed. Order a replacement of the same wattage; the "
            "user keeps the loan charger until it arrives.",
            says=(
                "Great, so it's the charger that's failed. I'll order you a replacement - keep "
                "using the borrowed one until it arrives.",
                "The original power adapter is faulty. I've raised a request for a new one of "
                "the same wattage; hang on to the spare for now.",
                "That confirms a dead charger. A replacement is on order.",
            ),
        ),
        Action(
            "hard_reset", "Power reset",
            "Disconnect the charger and any dock, hold the power button for 30 seconds (or use "
            "the battery reset pinhole), reconnect only the charger and press power once.",
            "power_after_reset",
            says=(
                "Let's do a power reset: unplug the charger and anything else, hold the power "
                "button down for a full 30 seconds, then plug only the charger back in and "
                "press power once.",
                "Please disconnect everything, including the dock, hold the power button for "
                "about 30 seconds to drain it, then reconnect just the charger and try again.",
                "If there's a tiny reset hole underneath, press it with a paperclip for a few "
                "seconds; otherwise hold the power button for 30 seconds with everything "
                "unplugged. Then charger only, and power on.",
            ),
            results=(
                "Held it for 30 seconds and plugged back in",
                "did the paperclip thing on the bottom",
                "unplugged the dock and did the 30 second hold",
                "done that",
            ),
        ),
        Decision(
            "power_after_reset", "Starts after power reset",
            "Does the laptop start after the power reset?",
            (
                yes("sol_static",
                    "yes, it's booting now",
                    "oh it came on!",
                    "yep, windows logo",
                    "yeah it's starting up",
                    "it works now"),
                no("sol_hw_repair",
                   "no, still won't come on",
                   "nothing",
                   "no change",
                   "still the same, sorry"),
            ),
            asks=(
                "Did that bring it back to life?",
                "After the reset, does it start up?",
                "Does it boot now?",
                "Any change after holding the button?",
            ),
            clarify=(
                ("does the fan count?",
                 "I'm looking for it to actually start: the logo or the sign-in screen "
                 "appearing. Does it get that far?"),
            ),
        ),
        Solution(
            "sol_static", "Hung power state cleared",
            "The laptop was stuck in a hung power state and the power reset cleared it. If it "
            "recurs, repeat the reset and schedule a BIOS update.",
            says=(
                "It was stuck in a hung power state and the reset cleared it. If it happens "
                "again, do the same 30-second hold; I'll also queue a BIOS update.",
                "That reset drained the leftover charge that was confusing it. You're good to "
                "go - let us know if it happens again.",
            ),
        ),
        Solution(
            "sol_hw_repair", "Hardware repair",
            "No power or no display response after the basic checks: book a warranty "
            "hardware repair and issue a loan laptop; the user's files are in OneDrive.",
            says=(
                "This looks like a hardware fault on the laptop itself. I'm booking a warranty "
                "repair and arranging a loan laptop; your files are in OneDrive.",
                "We've run out of things to try remotely, so it's a hardware repair. A loaner "
                "will be ready at the IT desk today.",
                "I'll log it for a hardware repair and get you a swap device in the meantime.",
            ),
        ),
        Decision(
            "ext_display", "Picture on external monitor",
            "When the laptop is connected to an external monitor, does a picture appear?",
            (
                yes("lid_brightness",
                    "yes I can see the desktop on the big screen",
                    "the monitor at my desk shows it fine",
                    "yep, works on the external one",
                    "yes, image on the monitor but not on the laptop"),
                no("caps_lock",
                   "no, the monitor stays black too",
                   "nothing on the external either",
                   "no signal on the monitor",
                   "tried it, no picture anywhere"),
            ),
            asks=(
                "If you plug it into a monitor or TV, do you get a picture there?",
                "Can you connect it to an external screen and tell me if anything shows up on "
                "that?",
                "Does anything appear when you hook it up to a separate monitor?",
                "Is there an image if you attach an external display?",
            ),
            clarify=(
                ("I only have a TV at home, does that work?",
                 "Yes, a TV with HDMI is fine. Plug it in, set the TV to that HDMI input and "
                 "tell me if the laptop's picture shows up."),
                ("which cable do I use?",
                 "Whatever fits both: usually HDMI, or USB-C to the monitor. The one from your "
                 "desk monitor is ideal."),
            ),
        ),
        Decision(
            "lid_brightness", "Brightness or projection mode",
            "Does the built-in screen come back after pressing brightness up or Windows key "
            "+ P?",
            (
                yes("sol_display_mode",
                    "oh, yes - brightness was all the way down",
                    "win+p fixed it, it's back",
                    "yes it came back",
                    "yeah the laptop screen is on again"),
                no("sol_screen_repair",
                   "no, the laptop screen is still black",
                   "tried both, nothing",
                   "no, still dark",
                   "nope"),
            ),
            asks=(
                "Try the brightness-up key a few times, and Windows key + P then choose "
                "Duplicate. Does the laptop's own screen come back?",
                "Could you press brightness up and also Win+P > Duplicate - does the built-in "
                "display wake up?",
                "If you turn the brightness up or switch the display mode with Windows+P, does "
                "the laptop screen show anything?",
            ),
            clarify=(
                ("where is the brightness key?",
                 "Usually on the top row, a little sun symbol - you may need to hold the Fn "
                 "key with it."),
            ),
        ),
        Solution(
            "sol_display_mode", "Display mode or brightness",
            "The internal panel was dimmed to zero or the projection mode was set to second "
            "screen only. Reset with Windows key + P and the brightness keys.",
            says=(
                "It was just set to show on the second screen only (or brightness at zero). "
                "Windows+P switches it back; nothing's broken.",
                "Good - the display mode was set to external only. If it happens again, "
                "Windows key + P and pick Duplicate or Extend.",
                "Brightness had been turned right down. All sorted.",
            ),
        ),
        Solution(
            "sol_screen_repair", "Internal screen fault",
            "The laptop works on an external monitor but the built-in panel stays black: panel "
            "or display cable fault. Book a screen repair; the user can work docked meanwhile.",
            says=(
                "The laptop itself is fine but its built-in screen isn't, so it's a screen or "
                "cable fault. I'll book a screen repair - work from a monitor until then.",
                "That's the internal display panel. Repair booked; you can keep working on the "
                "external monitor in the meantime.",
            ),
        ),
        Decision(
            "caps_lock", "Caps Lock light responds",
            "Does the Caps Lock light turn on and off when the key is pressed?",
            (
                yes("hard_reset",
                    "yes it toggles",
                    "yep, light goes on and off",
                    "caps light works",
                    "it does, yes"),
                no("sol_hw_repair",
                   "no, it doesn't light up",
                   "the caps light doesn't do anything",
                   "no light",
                   "nothing happens when I press it"),
            ),
            asks=(
                "Press Caps Lock a couple of times - does its little light go on and off?",
                "Does the light on the Caps Lock key respond when you press it?",
                "Can you tap Caps Lock and see if the indicator changes?",
            ),
            clarify=(
                ("what has caps lock got to do with it?",
                 "If the light responds, the laptop is actually running and it's more likely "
                 "a power-state problem than a dead machine. So, does it toggle?"),
                ("my keyboard doesn't have a light on caps lock?",
                 "Some models put it on the side of the key or above the keyboard. If nothing "
                 "changes anywhere when you press it, that counts as a no."),
            ),
        ),
        Decision(
            "bl_lookup", "Recovery key on record",
            "Is a recovery key with the Key ID shown on screen stored in Entra ID/Intune or "
            "in on-premises AD?",
            (
                opt("entra", "Found in Entra ID / Intune", "read_key",
                    ("Found in Entra/Intune", "In Intune", "Found in the cloud portal"),
                    "found it in intune",
                    "key ID matches one in Entra",
                    "yes, it's there on the Entra device record",
                    "Intune has it",
                    "got it from the azure portal"),
                opt("adds", "Found only in on-premises AD", "read_key",
                    ("Found in on-prem AD", "In Active Directory", "Only in AD"),
                    "not in intune but it's in AD on the computer object",
                    "only on-prem, the BitLocker tab in ADUC",
                    "found in active directory",
                    "old AD has it, the cloud doesn't"),
                opt("none", "No key stored anywhere", "sol_reimage",
                    ("Not found anywhere", "No key on record", "Nothing stored"),
                    "nothing in Entra or AD",
                    "no key escrowed anywhere",
                    "can't find any key for that ID",
                    "searched both, nothing"),
            ),
            asks=(
                "Can you look up the Key ID from the screen - is there a matching recovery key "
                "in Intune/Entra or in AD?",
                "Search for the device's recovery key using the Key ID on screen. Where, if "
                "anywhere, is it stored?",
                "Where does the key for that Key ID turn up: the Entra/Intune device record, "
                "on-prem AD, or nowhere?",
            ),
            clarify=(
                ("where is the key id?",
                 "On the BitLocker screen there's a line 'Key ID' followed by letters and "
                 "numbers. The first 8 characters are enough to find it."),
                ("user doesn't know the device name, can I still search?",
                 "Yes - in the Entra admin centre go to Devices > BitLocker keys and search by "
                 "the Key ID directly."),
            ),
            help="The first 8 characters of the Key ID are enough to search.",
        ),
        Action(
            "read_key", "Give the recovery key",
            "Verify the user's identity, then read out the 48-digit recovery key in groups of "
            "six for the user to type in.",
            "bl_accepts",
            says=(
                "After confirming who you are, I'll read you the 48 digits in blocks of six - "
                "type them in as I go.",
                "I've verified your identity. Here's the key, six digits at a time; use the "
                "number keys on the top row.",
                "Once identity is confirmed, read the recovery key to the user in groups of six "
                "and have them type it.",
            ),
            results=(
                "Read the key out, user typed it in",
                "Identity verified via manager, key entered",
                "user typed all 8 groups",
                "Key given",
            ),
        ),
        Decision(
            "bl_accepts", "Key accepted",
            "Does the laptop accept the key and start Windows?",
            (
                yes("bl_recurs",
                    "yes it's accepted, windows is loading",
                    "it took it, I'm at the login screen",
                    "yep accepted",
                    "worked first time"),
                no("sol_reimage",
                   "it says the key is wrong",
                   "no, rejected it twice",
                   "no it just asks again",
                   "not accepted"),
            ),
            asks=(
                "Did it accept the key and carry on into Windows?",
                "Is Windows starting now after entering the key?",
                "Did the key work?",
            ),
            clarify=(
                ("there's a 'skip this drive' option, do I press that?",
                 "No, don't skip - that leaves the drive locked. Enter the key and press Enter. "
                 "Does it go on to Windows?"),
            ),
        ),
        Decision(
            "bl_recurs", "Recovery prompt recurs",
            "Has the laptop asked for the recovery key more than once recently?",
            (
                yes("sol_bl_recurring",
                    "yes this is the third time this month",
                    "yeah it happened last week as well",
                    "it keeps doing it after every update",
                    "twice now"),
                no("sol_bl_one_off",
                   "no, first time ever",
                   "never had it before",
                   "no, just today",
                   "first time"),
            ),
            asks=(
                "Is this a one-off, or has it been asking for the key repeatedly?",
                "Has this BitLocker screen come up before recently?",
                "Has it happened before, or is this the first time?",
            ),
        ),
        Solution(
            "sol_bl_recurring", "Recurring BitLocker recovery",
            "Repeated recovery prompts usually come from firmware/TPM changes or booting "
            "docked. Suspend BitLocker, update BIOS and TPM firmware, resume and rotate the key.",
            says=(
                "Because it keeps recurring, I'll suspend BitLocker, update the BIOS and TPM "
                "firmware, then resume it and rotate the key. Avoid booting while docked until "
                "that's done.",
                "Repeated prompts point to the firmware/TPM. I've queued a BIOS update with "
                "BitLocker suspended for one reboot and I'll rotate the key afterwards.",
            ),
        ),
        Solution(
            "sol_bl_one_off", "One-off recovery prompt",
            "A single prompt after an update or hardware change. Rotate the recovery key now "
            "that it has been disclosed.",
            says=(
                "That's a one-off, probably from the last update. Because the key has been "
                "read out, I'm rotating it so a new one is stored.",
                "All good. As a precaution the recovery key will be rotated since it was shared "
                "over the phone.",
            ),
        ),
        Solution(
            "sol_reimage", "Reset the device",
            "The drive or Windows cannot be recovered (no usable recovery key, or Windows does "
            "not start even in Safe Mode). Reset with Autopilot; OneDrive files sync back.",
            says=(
                "Unfortunately we can't get Windows back on that drive, so we'll reset the "
                "laptop with Autopilot. Your OneDrive files come back once you sign in.",
                "We'll have to reimage it. Anything in OneDrive is safe; anything saved only "
                "locally may be lost.",
                "The laptop needs a full reset. I'll start that now and you'll sign in fresh "
                "afterwards.",
            ),
        ),
        Decision(
            "repair_screen", "Error screen",
            "Which screen or message appears?",
            (
                opt("autorepair", "Automatic Repair, or it keeps restarting", "safe_mode",
                    ("'Preparing Automatic Repair' / restart loop", "Automatic Repair screen",
                     "Restart loop"),
                    "preparing automatic repair, then it restarts",
                    "it says your pc did not start correctly",
                    "the automatic repair thing over and over",
                    "just loops restarting"),
                opt("nodisk", "No bootable device or hard disk not found", "sol_disk_fail",
                    ("'No bootable device'", "Hard drive not found", "Disk not detected"),
                    "no bootable device found",
                    "it says no hard disk detected",
                    "something about boot device not found",
                    "'no bootable device -- insert boot disk'"),
                opt("bsod", "Blue screen with a stop code", "safe_mode",
                    ("Blue screen with a stop code", "Blue screen error", "BSOD"),
                    "blue screen with a sad face",
                    "a blue screen with a QR code and a stop code",
                    "BSOD - INACCESSIBLE_BOOT_DEVICE I think",
                    "blue error screen saying your pc ran into a problem"),
            ),
            asks=(
                "What does the screen actually say?",
                "Can you read me the message on the screen?",
                "Which of these do you get: a repair screen, a 'no boot device' message, or a "
                "blue error screen?",
                "What's the error or message it shows?",
            ),
            clarify=(
                ("it went away before I could read it",
                 "No problem - turn it off and on again and watch for the message; a photo with "
                 "your phone helps."),
            ),
        ),
        Decision(
            "safe_mode", "Safe Mode",
            "Can it start in Safe Mode from the advanced startup options?",
            (
                yes("uninstall_update",
                    "yes, it's in safe mode now",
                    "safe mode works",
                    "got into safe mode, it says safe mode in the corners",
                    "yeah it loaded"),
                no("sol_reimage",
                   "no, same error in safe mode",
                   "safe mode doesn't load either",
                   "it restarts before it gets there",
                   "no luck"),
            ),
            asks=(
                "From the blue options screen, go to Troubleshoot > Advanced options > Startup "
                "Settings > Restart, then press 4. Does it get into Safe Mode?",
                "Can we try Safe Mode? Advanced options, Startup Settings, then 4 after the "
                "restart. Does that load?",
                "Does it manage to boot into Safe Mode?",
            ),
            clarify=(
                ("how do I get to the advanced options",
                 "If it's looping, interrupt it three times while it starts and the recovery "
                 "options open by themselves. Then Troubleshoot > Advanced options > Startup "
                 "Settings."),
            ),
        ),
        Action(
            "uninstall_update", "Remove the latest update",
            "In Safe Mode, uninstall the most recent quality update and any recently installed "
            "driver, then restart normally.",
            "boots_normally",
            says=(
                "While in Safe Mode, go to Settings > Windows Update > Update history > "
                "Uninstall updates and remove the most recent one, plus any driver installed in "
                "the last day or two. Then restart normally.",
                "Let's back out the latest Windows update (and any new driver) from Safe Mode "
                "and restart.",
                "Please remove the newest update from the uninstall list, then reboot normally.",
            ),
            results=(
                "Removed the KB update from yesterday and restarted",
                "uninstalled the last update",
                "Removed the update and a display driver",
                "done",
            ),
        ),
        Decision(
            "boots_normally", "Starts normally",
            "Does Windows now start normally?",
            (
                yes("sol_bad_update",
                    "yes, back to normal",
                    "it booted fine",
                    "yes, got to my desktop",
                    "yep all good"),
                no("sol_reimage",
                   "no, still the repair loop",
                   "same error",
                   "nope, blue screen again"),
            ),
            asks=(
                "After that restart, does it boot normally?",
                "Is it starting up properly now?",
                "Did it get to the normal sign-in screen this time?",
            ),
        ),
        Solution(
            "sol_bad_update", "Faulty update removed",
            "A recent update or driver stopped Windows from starting. Keep it removed, pause "
            "updates for 7 days and report the KB number to the endpoint team.",
            says=(
                "It was the latest update breaking start-up. I've paused updates for a week and "
                "passed the KB number to the endpoint team.",
                "A bad update was the cause. Leave updates paused until we confirm a fixed "
                "version.",
            ),
        ),
        Solution(
            "sol_disk_fail", "Drive not detected",
            "The laptop cannot see its SSD: drive or connector failure. Book a hardware repair "
            "and a loan laptop; data comes back from OneDrive only.",
            says=(
                "The laptop can't see its drive at all, which means the SSD or its connector "
                "has failed. I'm booking a repair and a loaner.",
                "That message means the storage drive isn't detected. It needs a hardware "
                "repair; your OneDrive files are safe.",
            ),
        ),
    ),
)

# --- 2. external monitor / docking station not detected ------------------------------------

DOCK_MONITOR = Flow(
    id="ho-dock-monitor",
    name="External monitor or docking station not detected",
    description=(
        "Use when a laptop does not show anything on an external monitor, whether plugged "
        "in directly or through a docking station, or when only one of two monitors works."
    ),
    domain="hardware",
    keywords=(
        "external monitor", "second screen", "docking station", "dock", "no signal",
        "hdmi", "usb-c", "displayport", "displaylink",
    ),
    teams=("service-desk", "field-support"),
    summaries=(
        "Monitor not working",
        "external screen not detected",
        "My second screen isn't showing anything",
        "Can't get my monitors to work at my desk",
        "Hot desk monitor won't display my laptop",
        "screens at desk not working today",
        "no display on external monitor",
        "Laptop won't show on the big screen",
        "user reports monitor says no signal",
        "Monitor issue since moving desks",
    ),
    openers=(
        Opener((("root", "dock"),), (
            "Monitors on my docking station aren't being detected",
            "dock not detecting my screens",
            "Plugged into the dock and the monitors stay black",
        )),
        Opener((("root", "direct"),), (
            "Monitor plugged straight into my laptop isn't detected",
            "laptop not picking up the monitor when I plug the cable into it directly",
        )),
        Opener((("root", "direct"), ("direct_cable", "hdmi")), (
            "HDMI monitor plugged into my laptop shows no signal",
            "nothing on the screen when I use the hdmi cable from my laptop",
        )),
        Opener((("root", "direct"), ("direct_cable", "usbc")), (
            "USB-C to monitor cable doesn't give any picture",
        )),
        Opener((("root", "dock"), ("dock_power", "yes"), ("monitors_count", "dual")), (
            "Using the dock - keyboard and network work but only one of my two monitors comes "
            "on",
        )),
    ),
    nodes=(
        Decision(
            "root", "How the monitor is connected",
            "Is the monitor connected through a docking station or straight to the laptop?",
            (
                opt("dock", "Through a docking station", "dock_power",
                    ("Via a dock", "Docking station", "Through the dock / port replicator"),
                    "through the dock",
                    "it's all plugged into a docking station",
                    "I use the dock on the desk",
                    "one cable from the laptop to the dock, screens go into the dock",
                    "dock",
                    "there's a Dell dock thing"),
                opt("direct", "Directly to the laptop", "direct_cable",
                    ("Straight into the laptop", "Direct cable", "No dock"),
                    "straight into the laptop",
                    "directly, no dock",
                    "the cable goes from the screen into the side of my laptop",
                    "I don't have a dock, just a cable",
                    "direct"),
            ),
            asks=(
                "How is the screen hooked up - via a dock, or a cable straight into the laptop?",
                "Are you using a docking station, or is the monitor cable plugged into the "
                "laptop itself?",
                "Quick check first: dock, or direct cable?",
                "What's the monitor plugged into - a dock or the laptop?",
            ),
            clarify=(
                ("what's a docking station?",
                 "It's the box on the desk that the laptop connects to with one cable, and the "
                 "monitors, keyboard and network plug into it. If there's no such box, it's "
                 "direct."),
                ("does a usb-c hub count?",
                 "If the monitor plugs into that hub rather than the laptop, treat it as a "
                 "dock."),
            ),
        ),
        Decision(
            "dock_power", "Dock working",
            "Is the dock working: power light on and its keyboard, mouse or network responding?",
            (
                yes("monitors_count",
                    "yes the dock light is on and my keyboard works",
                    "dock is fine, mouse and network work through it",
                    "yeah everything else on the dock works",
                    "only the screens are the problem, rest is ok"),
                no("dock_reseat",
                   "no, the keyboard on the dock doesn't work either",
                   "dock light is off",
                   "nothing on the dock works",
                   "no, no network either"),
            ),
            asks=(
                "Apart from the screens, is the dock alive - power light on, keyboard and "
                "mouse working through it?",
                "Do the other things plugged into the dock work, like the keyboard or network?",
                "Is the dock's light on and are the keyboard and mouse on it responding?",
            ),
            clarify=(
                ("where's the light on the dock?",
                 "Usually on the front or next to the cable that goes to the laptop - a small "
                 "white or green LED."),
            ),
        ),
        Action(
            "dock_reseat", "Reseat the dock",
            "Unplug the dock's power for 30 seconds, reconnect power, then reconnect the "
            "laptop cable to the laptop's Thunderbolt/USB-C port.",
            "dock_works_now",
            says=(
                "Pull the dock's power lead out for 30 seconds, put it back, then reconnect "
                "the dock cable to the laptop - the USB-C port with the lightning symbol if "
                "there is one.",
                "Let's power-cycle the dock: unplug its power for half a minute, plug it back "
                "in, then reattach the laptop.",
                "Please unplug both the dock's power and its laptop cable, wait 30 seconds, "
                "then power first and the laptop cable second.",
            ),
            results=(
                "Unplugged the dock power, waited, reconnected",
                "Did that, used the port with the lightning bolt",
                "power cycled the dock",
                "done",
            ),
        ),
        Decision(
            "dock_works_now", "Dock back after reseat",
            "After reseating, do the dock's keyboard, mouse and network work?",
            (
                yes("monitors_count",
                    "yes the keyboard works now",
                    "dock's back, mouse working",
                    "yes, network icon came back",
                    "yep dock stuff works, screens still off though"),
                no("sol_dock_replace",
                   "no, still nothing from the dock",
                   "dock still dead",
                   "nope"),
            ),
            asks=(
                "Does the dock come back after that - keyboard and mouse responding?",
                "After the power cycle, are the dock's own devices working?",
                "Is the dock responding now?",
            ),
        ),
        Solution(
            "sol_dock_replace", "Faulty dock",
            "The dock does not work after a power cycle: swap the dock (or its power supply) "
            "and return the faulty one.",
            says=(
                "The dock itself has failed. I'll get a replacement dock to your desk; leave the "
                "old one out for collection.",
                "It's the dock. We'll swap it for a working one today.",
                "Looks like a dead dock or dock power supply - a replacement is on its way.",
            ),
        ),
        Decision(
            "monitors_count", "Which monitors are missing",
            "How many external monitors are there, and which ones are missing?",
            (
                opt("single", "One monitor, and it is blank", "input_source",
                    ("Single monitor, blank", "I have one screen and it's blank",
                     "One monitor, not working"),
                    "just the one monitor and it's blank",
                    "I only have one screen",
                    "single monitor, nothing on it",
                    "one"),
                opt("dual", "Two monitors, only one works", "dual_mst",
                    ("Two monitors, one missing", "Only one of two works",
                     "One of my two screens is blank"),
                    "I have two, the left one works but the right one doesn't",
                    "2 screens, only 1 shows anything",
                    "one of my two monitors isn't detected",
                    "the second one is dead, the first is fine"),
                opt("all", "All external monitors are blank", "input_source",
                    ("All of them are blank", "None of the monitors work",
                     "Every screen is blank"),
                    "both of them are black",
                    "none of my screens work",
                    "all of them, no signal on any",
                    "neither monitor"),
            ),
            asks=(
                "How many screens do you have on the dock, and which aren't working?",
                "Is it one monitor, or are there two with only one misbehaving?",
                "Are all your monitors blank, or just one of them?",
            ),
            clarify=(
                ("does the laptop screen count?",
                 "No, only the separate monitors on your desk. How many of those are there, "
                 "and which aren't showing anything?"),
            ),
        ),
        Decision(
            "input_source", "No signal on correct input",
            "Does the monitor show a 'No signal' message on the input the cable is connected "
            "to?",
            (
                yes("win_detect",
                    "yes it says no signal on DisplayPort",
                    "it's on HDMI 1 and says no signal",
                    "yes, no input detected message",
                    "yep no signal"),
                no("sol_input_source",
                   "oh it was on the wrong input, it's showing now",
                   "changed the source button and it works",
                   "no - it was set to HDMI 2, switching fixed it"),
            ),
            asks=(
                "Use the monitor's own menu or source button to pick the input the cable is in. "
                "Does it still say 'No signal'?",
                "Is the monitor set to the right input (HDMI/DisplayPort) and still reporting no "
                "signal?",
                "Can you check the input on the monitor itself - still 'no signal' on the right "
                "one?",
            ),
            clarify=(
                ("where do I change the input?",
                 "There's usually a button on the bottom edge or back of the monitor, labelled "
                 "'Input' or 'Source', or a small joystick. Step through until it matches the "
                 "socket the cable is in."),
            ),
        ),
        Solution(
            "sol_input_source", "Wrong input selected",
            "The monitor was on a different input. Selecting the input the cable uses fixed "
            "it; turn off auto input switching if it keeps jumping.",
            says=(
                "The monitor was just looking at the wrong input. Sorted - if it keeps "
                "jumping, turn auto input off in the monitor menu.",
                "It was set to another source. Nothing wrong with the laptop or dock.",
            ),
        ),
        Action(
            "win_detect", "Make Windows detect the display",
            "Press Windows key + P and choose Extend, then Settings > System > Display > "
            "Multiple displays > Detect.",
            "detected_now",
            says=(
                "Press Windows + P and pick Extend. Then open Settings, System, Display, and "
                "click Detect under Multiple displays.",
                "Let's make Windows look for it: Win+P > Extend, then Display settings > Detect.",
                "Please try Windows key + P, Extend, and then the Detect button in Display "
                "settings.",
            ),
            results=(
                "Pressed win+p, chose extend, clicked detect",
                "Did both steps",
                "Detect said it didn't find another display",
                "done",
            ),
        ),
        Decision(
            "detected_now", "Detected by Windows",
            "Does Windows detect the monitor now?",
            (
                yes("sol_projection_mode",
                    "yes, it's showing now",
                    "there it is!",
                    "yes, screen came on after extend",
                    "yep it's detected"),
                no("driver_update",
                   "no, still only one display listed",
                   "still nothing",
                   "windows doesn't see it",
                   "no"),
            ),
            asks=(
                "Does it appear in Display settings now?",
                "Has the monitor come up after that?",
                "Is Windows seeing the screen now?",
            ),
        ),
        Solution(
            "sol_projection_mode", "Projection mode",
            "Windows was set to a single display mode. Extend/Detect brought the monitor back; "
            "the setting is remembered for this dock.",
            says=(
                "Windows was only using one screen. Extend has fixed it and it should remember "
                "that for this desk.",
                "It just needed Windows to extend the desktop. You're all set.",
            ),
        ),
        Action(
            "driver_update", "Update display drivers and dock firmware",
            "Install the latest graphics driver and, for a dock, its firmware and DisplayLink "
            "driver from the Company Portal; restart.",
            "fixed_after_driver",
            says=(
                "Open Company Portal and install the graphics driver update and the dock "
                "firmware/DisplayLink package, then restart.",
                "I'm pushing the latest display driver and dock firmware to your laptop - "
                "restart once it finishes.",
                "Let's update the graphics driver (and the dock firmware if you're docked) and "
                "reboot.",
            ),
            results=(
                "Installed display driver and DisplayLink, restarted",
                "Firmware updated, rebooted",
                "Driver installed from company portal",
                "done, restarted",
            ),
        ),
        Decision(
            "fixed_after_driver", "Working after driver update",
            "After the driver and firmware update and restart, does the monitor work?",
            (
                yes("sol_driver",
                    "yes!! both screens working",
                    "it works after the restart",
                    "yep fixed",
                    "yes the monitor came on when it booted"),
                no("sol_cable_monitor",
                   "no still blank",
                   "nope, no signal still",
                   "same as before"),
            ),
            asks=(
                "After the restart, is the monitor working?",
                "Did the update bring the screen back?",
                "Any picture now that it's rebooted?",
            ),
        ),
        Solution(
            "sol_driver", "Outdated driver or firmware",
            "An outdated graphics driver or dock firmware stopped the display. Updated; no "
            "further action.",
            says=(
                "It was the outdated driver/firmware. Now updated, so it should stay fixed.",
                "The update sorted it. The dock firmware was several versions behind.",
            ),
        ),
        Solution(
            "sol_cable_monitor", "Cable or monitor fault",
            "Nothing detected after drivers and firmware: replace the video cable, then the "
            "monitor, at the desk.",
            says=(
                "Everything on the laptop side is up to date, so it's the cable or the monitor. "
                "Desk support will swap the cable and, if needed, the monitor.",
                "I'll send someone with a new cable and a spare monitor to test.",
            ),
        ),
        Decision(
            "dual_mst", "How the two monitors are wired",
            "Are the two monitors daisy-chained from one port, or each plugged into its own "
            "port on the dock?",
            (
                opt("chain", "Daisy-chained (second monitor plugs into the first)", "sol_mst",
                    ("Daisy-chained", "Second screen plugs into the first",
                     "Chained monitor to monitor"),
                    "the second one plugs into the back of the first one",
                    "they're chained together",
                    "daisy chained with a displayport cable",
                    "one cable goes from the dock to monitor 1 and then to monitor 2"),
                opt("separate", "Each monitor has its own port on the dock", "driver_update",
                    ("Each into the dock", "Separate cables to the dock",
                     "Both plug into the dock"),
                    "both go straight into the dock",
                    "each has its own cable to the dock",
                    "separate ports, HDMI and displayport",
                    "not chained, both into the dock"),
            ),
            asks=(
                "How are the two screens wired - each into the dock, or one chained off the "
                "other?",
                "Does the second monitor plug into the first, or do both have their own cable to "
                "the dock?",
                "Are the monitors chained together, or separately connected?",
            ),
            clarify=(
                ("how do I tell?",
                 "Follow the cable from the screen that isn't working: if it ends in the back "
                 "of the other monitor, they're chained; if it goes to the dock, they're "
                 "separate."),
            ),
        ),
        Solution(
            "sol_mst", "Enable daisy-chaining",
            "The first monitor's DisplayPort output (MST / DP 1.2) is off. Turn it on in that "
            "monitor's menu, or cable the second monitor to the dock directly.",
            says=(
                "On the first monitor's menu, turn on 'DP 1.2' or 'MST / DisplayPort out'. "
                "That passes the signal to the second screen.",
                "Daisy-chaining needs MST switched on in the first monitor. Once on, the second "
                "monitor lights up.",
            ),
        ),
        Decision(
            "direct_cable", "Laptop port used",
            "Which port on the laptop is the monitor cable plugged into?",
            (
                opt("hdmi", "HDMI", "other_cable",
                    ("HDMI", "The HDMI port", "HDMI socket"),
                    "hdmi",
                    "the wide flat one, HDMI",
                    "HDMI cable into the side",
                    "the normal TV type plug"),
                opt("usbc", "USB-C", "usbc_display",
                    ("USB-C", "USB-C port", "Small oval USB-C"),
                    "usb c",
                    "the small oval one",
                    "a USB-C to USB-C cable",
                    "the same type as my phone charger"),
                opt("dp", "DisplayPort or Mini DisplayPort", "other_cable",
                    ("DisplayPort", "Mini DisplayPort", "DP / mini DP"),
                    "displayport",
                    "mini display port",
                    "the DP one with one corner cut off"),
            ),
            asks=(
                "What kind of socket is the cable in on the laptop - HDMI, USB-C or "
                "DisplayPort?",
                "Which connector on the laptop are you using for the screen?",
                "Tell me the port type on the laptop side of the cable.",
            ),
            clarify=(
                ("I don't know what they're called",
                 "HDMI is wide and flat like a TV plug; USB-C is small and oval like most phone "
                 "chargers; DisplayPort has one corner cut off."),
            ),
        ),
        Decision(
            "usbc_display", "USB-C port supports video",
            "Does that USB-C port have a DisplayPort or Thunderbolt symbol next to it?",
            (
                yes("other_cable",
                    "yes there's a little lightning bolt",
                    "it has the D symbol",
                    "yes, thunderbolt logo"),
                no("sol_wrong_port",
                   "no symbol at all",
                   "nothing next to it",
                   "no, there's just a battery icon",
                   "can't see any symbol"),
            ),
            asks=(
                "Look next to the USB-C socket - is there a lightning bolt or a 'D' shaped "
                "DisplayPort logo?",
                "Is there a Thunderbolt or DisplayPort icon by that USB-C port?",
                "Any symbol printed next to the port you're using?",
            ),
            clarify=(
                ("there are two usb-c ports, which one?",
                 "The one the monitor cable is in right now. Does that one have a lightning "
                 "bolt or a 'D' symbol?"),
            ),
        ),
        Solution(
            "sol_wrong_port", "USB-C port without video",
            "That USB-C port carries data/charging only. Use the USB-C port marked with the "
            "Thunderbolt or DisplayPort symbol.",
            says=(
                "That port doesn't carry video - use the other USB-C port, the one with the "
                "lightning bolt.",
                "Only one of the USB-C ports supports screens. Move the cable to the marked one "
                "and it works.",
            ),
        ),
        Decision(
            "other_cable", "Swap test",
            "Does the monitor work with another cable or another laptop?",
            (
                opt("cable", "Works with another cable", "sol_cable",
                    ("Works with a different cable", "Another cable works",
                     "New cable fixes it"),
                    "swapped the cable and it works",
                    "works with my colleague's cable",
                    "different lead, it's fine now",
                    "the other cable does work"),
                opt("laptop", "Works with another laptop, not this one", "win_detect",
                    ("Works with another laptop", "Only fails with my laptop",
                     "Colleague's laptop works"),
                    "my colleague's laptop works on it, mine doesn't",
                    "another laptop shows fine",
                    "the screen is fine, it's just my laptop",
                    "works for everyone else"),
                opt("nothing", "Does not work with anything", "sol_monitor_fault",
                    ("Doesn't work with anything", "Nothing works", "Monitor dead"),
                    "doesn't work with anything",
                    "tried another cable and another laptop, still nothing",
                    "the monitor seems dead",
                    "nope, nothing works on it"),
            ),
            asks=(
                "Can you test with a different cable, or plug a colleague's laptop into that "
                "monitor? What happens?",
                "If you swap the cable or try another laptop on it, does the monitor work?",
                "Let's narrow it down: another cable, another laptop - which of those works?",
            ),
            clarify=(
                ("I don't have another cable",
                 "Then try plugging a colleague's laptop into the monitor with your cable. Tell "
                 "me what happens."),
            ),
        ),
        Solution(
            "sol_cable", "Faulty cable",
            "The video cable is faulty. Replace it and bin the old one.",
            says=(
                "It's the cable. Keep the new one and throw the old one away so nobody reuses it.",
                "A bad cable. I'll send you a replacement for the one you borrowed.",
            ),
        ),
        Solution(
            "sol_monitor_fault", "Faulty monitor",
            "The monitor shows nothing with any cable or laptop: replace the monitor.",
            says=(
                "The monitor itself is faulty. I'll get a replacement to your desk.",
                "That's a dead monitor - raising a swap now.",
            ),
        ),
    ),
)

# --- 3. wireless keyboard or mouse not working --------------------------------------------

WIRELESS_INPUT = Flow(
    id="ho-wireless-input",
    name="Wireless (Bluetooth) keyboard or mouse not working",
    description=(
        "Use when a wireless keyboard or mouse does not respond, will not pair, or lags and "
        "drops out, whether it uses Bluetooth or a small USB receiver."
    ),
    domain="hardware",
    keywords=(
        "bluetooth", "wireless mouse", "wireless keyboard", "pairing", "usb receiver",
        "dongle", "unifying", "lag",
    ),
    teams=("service-desk",),
    summaries=(
        "Wireless mouse not working",
        "my bluetooth keyboard has stopped working",
        "keyboard not typing",
        "Mouse doesn't move the pointer anymore",
        "Cordless keyboard and mouse problems",
        "new wireless mouse won't connect",
        "Keyboard keeps disconnecting",
        "mouse stopped responding after the weekend",
        "Logitech keyboard not working with my laptop",
        "user's wireless keyboard/mouse issue",
    ),
    openers=(
        Opener((("root", "bluetooth"),), (
            "My Bluetooth mouse has stopped working",
            "bluetooth keyboard won't connect to my laptop",
            "BT mouse not responding",
        )),
        Opener((("root", "receiver"),), (
            "Wireless keyboard with the little USB dongle has stopped typing",
            "mouse with usb receiver not working",
        )),
        Opener((("root", "bluetooth"), ("bt_on", "missing")), (
            "Bluetooth option has disappeared from my laptop and my mouse won't connect",
            "can't find bluetooth in settings anymore, keyboard not working",
        )),
        Opener((("root", "bluetooth"), ("bt_on", "listed")), (
            "Bluetooth mouse shows as paired in settings but doesn't do anything",
        )),
    ),
    nodes=(
        Decision(
            "root", "Connection type",
            "Does the keyboard or mouse connect by Bluetooth or through a USB receiver?",
            (
                opt("bluetooth", "Bluetooth", "bt_on",
                    ("Bluetooth", "Bluetooth (no dongle)", "Paired over Bluetooth"),
                    "bluetooth",
                    "it's bluetooth, there's no dongle",
                    "paired it through bluetooth settings",
                    "BT",
                    "no receiver, it connects by bluetooth"),
                opt("receiver", "USB receiver (dongle)", "receiver_port",
                    ("USB receiver", "A dongle", "Little USB plug"),
                    "there's a small usb thing plugged in",
                    "it has a dongle",
                    "a tiny usb receiver",
                    "it came with a receiver, the Logitech one",
                    "receiver"),
                opt("unsure", "Not sure", "check_receiver",
                    ("Not sure", "Don't know", "No idea"),
                    "no idea",
                    "not sure, it just worked before",
                    "I don't know, it was set up for me",
                    "dunno"),
            ),
            asks=(
                "Is it a Bluetooth device, or does it use a little USB dongle?",
                "How does it connect - Bluetooth, or a small USB receiver?",
                "First, does it talk to the computer over Bluetooth or through a USB receiver?",
                "Bluetooth or USB receiver?",
            ),
            clarify=(
                ("how would I know?",
                 "If there's a tiny USB plug in the computer that belongs to it, it's a "
                 "receiver. If you set it up in the Bluetooth settings, it's Bluetooth."),
            ),
        ),
        Action(
            "check_receiver", "Look for a receiver",
            "Look for a small USB receiver in the computer's ports, or stored in the device's "
            "battery compartment.",
            "has_receiver",
            says=(
                "Have a look along the laptop's USB ports for a tiny plug, and also inside the "
                "battery cover of the mouse or keyboard - receivers are often stored there.",
                "Check the computer's USB sockets for a small receiver, and the device's "
                "battery compartment.",
                "Can you look for a little USB nub in the laptop or dock, or tucked into the "
                "mouse under the battery cover?",
            ),
            results=(
                "Looked in the ports and the battery slot",
                "checked",
                "Looked around the laptop and dock",
            ),
        ),
        Decision(
            "has_receiver", "Receiver found",
            "Is there a USB receiver for the device?",
            (
                yes("receiver_port",
                    "found it, it was in the mouse",
                    "yes there's one in the back of the dock",
                    "yep a little logitech thing",
                    "oh there is one"),
                no("bt_on",
                   "nothing there",
                   "no receiver anywhere",
                   "no, must be bluetooth then",
                   "couldn't find one"),
            ),
            asks=(
                "Did you find a receiver?",
                "Any USB receiver turned up?",
                "Is there a dongle anywhere?",
            ),
        ),
        Decision(
            "bt_on", "Bluetooth state",
            "Is Bluetooth on in Windows, and is the device listed under Bluetooth & devices?",
            (
                opt("listed", "On, and the device is listed as paired", "battery",
                    ("On, device listed", "It's paired", "Shows under my devices"),
                    "bluetooth is on and the mouse is listed",
                    "it's there, says connected even",
                    "yes it shows as paired",
                    "listed but not working"),
                opt("notlisted", "On, but the device is not listed", "pair_mode",
                    ("On, but not listed", "Not in the list", "Bluetooth on, device missing"),
                    "bluetooth is on but I can't see the keyboard",
                    "not in the list",
                    "the toggle is on, nothing paired",
                    "it's not there at all"),
                opt("missing", "The Bluetooth switch is missing or greyed out", "bt_adapter",
                    ("No Bluetooth toggle", "Bluetooth missing", "Bluetooth greyed out"),
                    "there's no bluetooth switch",
                    "bluetooth option is gone",
                    "the toggle is greyed out",
                    "I can't turn it on, it's not there"),
            ),
            asks=(
                "Open Settings > Bluetooth & devices. Is Bluetooth switched on, and is your "
                "device in the list?",
                "In the Bluetooth settings, is it turned on and can you see the keyboard/mouse?",
                "What does Bluetooth & devices show - on, and the device listed?",
            ),
            clarify=(
                ("how do I get there without a mouse?",
                 "Press the Windows key, type 'bluetooth' and press Enter - or use the laptop's "
                 "touchpad."),
            ),
        ),
        Action(
            "bt_adapter", "Bring back the Bluetooth adapter",
            "Turn off Airplane mode, then in Device Manager enable or reinstall the Bluetooth "
            "adapter and restart.",
            "bt_toggle_back",
            says=(
                "Make sure Airplane mode is off. Then open Device Manager, find Bluetooth, "
                "enable the adapter (or uninstall it) and restart.",
                "Let's check Airplane mode, then re-enable the Bluetooth adapter in Device "
                "Manager and reboot.",
                "I'll get you to switch Airplane mode off and reinstall the Bluetooth driver "
                "from Device Manager, then restart.",
            ),
            results=(
                "Airplane mode was off, reinstalled the adapter and restarted",
                "enabled it in device manager and rebooted",
                "Restarted after driver reinstall",
            ),
        ),
        Decision(
            "bt_toggle_back", "Bluetooth switch back",
            "Is the Bluetooth switch back after the restart?",
            (
                yes("pair_mode",
                    "yes it's back",
                    "bluetooth toggle is there again",
                    "yep, switched it on"),
                no("sol_bt_hw",
                   "no still missing",
                   "still greyed out",
                   "no bluetooth"),
            ),
            asks=(
                "After restarting, can you see the Bluetooth switch again?",
                "Has Bluetooth reappeared in Settings?",
                "Is the Bluetooth toggle available now?",
            ),
        ),
        Solution(
            "sol_bt_hw", "Bluetooth adapter fault",
            "The Bluetooth adapter is not detected after reinstalling: book a hardware repair "
            "and lend a USB receiver keyboard/mouse meanwhile.",
            says=(
                "The laptop's Bluetooth chip isn't showing up at all, so it needs a repair. "
                "I'll send you a keyboard and mouse with a USB receiver to use meanwhile.",
                "That's a hardware fault with the Bluetooth adapter. Repair booked; a wired "
                "mouse is on its way.",
            ),
        ),
        Decision(
            "battery", "Batteries",
            "Are the batteries fresh or the device charged, with its light coming on?",
            (
                yes("remove_repair",
                    "yes new batteries last week",
                    "it's charged, light is on",
                    "batteries are fine",
                    "yes"),
                no("sol_battery",
                   "no light at all",
                   "hmm batteries are probably flat",
                   "no, it's been ages",
                   "light is flashing red"),
            ),
            asks=(
                "Are the batteries good - does the little light come on when you switch it on?",
                "When did it last get new batteries or a charge? Does its light come on?",
                "Is there power to it - light on, batteries not flat?",
            ),
            clarify=(
                ("where's the light?",
                 "Usually on top near the scroll wheel for a mouse, or the top right of a "
                 "keyboard. Some only blink for a second when switched on."),
            ),
        ),
        Solution(
            "sol_battery", "Flat batteries",
            "The device had flat batteries. Replace them or charge it; it reconnects on its own.",
            says=(
                "It was just flat batteries. Once replaced it reconnects by itself.",
                "The batteries were dead - pop new ones in and you're good.",
                "Charge it up and it'll reconnect; it was out of power.",
            ),
        ),
        Action(
            "remove_repair", "Remove and pair again",
            "Remove the device in Bluetooth & devices, put it in pairing mode and add it again.",
            "works_after_pair",
            says=(
                "Click the three dots next to the device and choose Remove. Then hold its pair "
                "button until the light blinks, and use Add device to pair it again.",
                "Let's forget the device and re-pair it from scratch.",
                "Remove it from the Bluetooth list, then re-add it while it's in pairing mode.",
            ),
            results=(
                "Removed and re-added",
                "Forgot it and paired again",
                "Re-paired, it asked for a code which I typed",
            ),
        ),
        Action(
            "pair_mode", "Pair the device",
            "Put the device into pairing mode (hold the connect button until the light "
            "blinks) and choose Add device > Bluetooth.",
            "found_in_scan",
            says=(
                "Hold the pairing button on the device until the light starts blinking, then "
                "click Add device > Bluetooth.",
                "Put it into pairing mode - usually a button underneath, held for 3 seconds - "
                "and start a Bluetooth scan.",
                "Let's pair it: pairing button until it flashes, then Add device.",
            ),
            results=(
                "Held the button till it flashed and scanned",
                "Scanning now",
                "did that",
            ),
        ),
        Decision(
            "found_in_scan", "Device found in scan",
            "Does the device appear in the Add device scan?",
            (
                yes("works_after_pair",
                    "yes it showed up and I clicked it",
                    "found it",
                    "it appeared as MX Keys",
                    "yep, paired"),
                no("sol_device_fault",
                   "it never shows up",
                   "nothing found",
                   "no, just my phone and the TV"),
            ),
            asks=(
                "Does it show up in the list of devices found?",
                "Did the scan find it?",
                "Can you see it in the Add device list?",
            ),
        ),
        Decision(
            "works_after_pair", "Working after pairing",
            "After pairing, does the device work properly?",
            (
                opt("works", "Works properly now", "sol_repaired",
                    ("Works fine", "All working", "Yes, it works"),
                    "yes it's working now",
                    "typing fine",
                    "all good, mouse moves",
                    "works perfectly"),
                opt("drops", "Works but lags or drops out", "interference",
                    ("Laggy / drops out", "Works but keeps disconnecting",
                     "Jumpy or delayed"),
                    "it works but keeps cutting out",
                    "the pointer is jumpy and lags",
                    "types but misses letters",
                    "connects then drops every few minutes"),
                opt("dead", "Connected but still does nothing", "sol_device_fault",
                    ("Still not working", "Connected but dead", "Nothing happens"),
                    "says connected but nothing happens",
                    "still doesn't type",
                    "still dead",
                    "mouse doesn't move at all"),
            ),
            asks=(
                "Now that it's paired, how does it behave?",
                "Is it working properly after pairing?",
                "Does it type/move normally now, or is it still playing up?",
            ),
        ),
        Solution(
            "sol_repaired", "Stale pairing",
            "The stale pairing was cleared and the device paired again; no hardware fault.",
            says=(
                "The old pairing had gone stale. Re-pairing fixed it.",
                "All sorted - it just needed pairing again.",
            ),
        ),
        Decision(
            "interference", "Radio interference",
            "Is the computer near sources of interference, such as a USB 3 hub or dock, a "
            "metal desk, or closed in a dock with the lid shut?",
            (
                yes("sol_interference",
                    "yes, the laptop is closed on the dock under the desk",
                    "there's a USB 3 hub right next to it",
                    "it's on a metal desk",
                    "yeah the laptop is behind the monitor"),
                no("power_mgmt",
                   "no, laptop is open on the desk",
                   "no hubs or anything",
                   "nothing like that"),
            ),
            asks=(
                "Where's the laptop - closed in a dock, under a metal desk, or next to a USB 3 "
                "hub?",
                "Could something be interfering: the laptop shut away, a metal desk, or a hub "
                "right beside it?",
                "Is the laptop somewhere that might block the signal?",
            ),
            clarify=(
                ("why does that matter?",
                 "Bluetooth is a weak radio signal. A closed lid, metal furniture and USB 3 "
                 "ports all block or disturb it. Does any of that apply?"),
            ),
        ),
        Solution(
            "sol_interference", "Interference",
            "Radio interference: open the lid or move the laptop into line of sight, keep the "
            "device away from USB 3 hubs, or use a USB receiver on an extension cable.",
            says=(
                "It's interference. Move the laptop out from under the desk or open the lid, "
                "and keep the receiver away from USB 3 ports.",
                "The signal is being blocked - give the laptop line of sight or use a receiver "
                "on a short extension lead.",
            ),
        ),
        Action(
            "power_mgmt", "Stop Bluetooth power saving",
            "In Device Manager, open the Bluetooth adapter properties and untick 'Allow the "
            "computer to turn off this device to save power'.",
            "sol_power_mgmt",
            says=(
                "Open Device Manager, Bluetooth adapter, Properties, Power Management, and "
                "untick the option that lets Windows turn it off to save power.",
                "Let's stop Windows powering down the Bluetooth adapter: untick the power saving "
                "option in Device Manager.",
            ),
            results=(
                "Unticked power saving on the adapter",
                "done, option unticked",
            ),
        ),
        Solution(
            "sol_power_mgmt", "Power saving dropped the connection",
            "Windows was switching the Bluetooth adapter off to save power, which caused the "
            "dropouts.",
            says=(
                "Windows was putting the Bluetooth adapter to sleep - that caused the drop-outs. "
                "It's fixed now.",
                "That power saving setting was the culprit. Should be stable now.",
            ),
        ),
        Solution(
            "sol_device_fault", "Faulty keyboard or mouse",
            "The device does not connect or respond on any path: replace the keyboard or mouse.",
            says=(
                "The device itself has failed. I'll order you a replacement.",
                "It's the keyboard/mouse, not the laptop. A new one is on the way.",
                "Let's replace it - I've raised a request.",
            ),
        ),
        Decision(
            "receiver_port", "Where the receiver is plugged",
            "Is the USB receiver plugged directly into the computer, or into a hub, dock or "
            "monitor?",
            (
                opt("direct", "Directly into the computer", "receiver_other_port",
                    ("Directly into the laptop", "Into the computer itself", "Laptop port"),
                    "straight into the laptop",
                    "in the side of the laptop",
                    "directly",
                    "in the computer's usb port"),
                opt("hub", "Into a hub, dock or monitor", "sol_hub",
                    ("Into a hub or dock", "Into the monitor", "Via a dock"),
                    "it's in the back of the dock",
                    "plugged into the monitor's usb port",
                    "into a usb hub",
                    "on the docking station"),
            ),
            asks=(
                "Where's the receiver plugged in - the laptop itself, or a dock/hub/monitor?",
                "Is the dongle in the computer directly, or in a dock or monitor?",
                "What's the receiver plugged into?",
            ),
        ),
        Solution(
            "sol_hub", "Receiver too far away",
            "Receivers in the back of a dock, hub or monitor lose signal. Plug the receiver "
            "into the computer, or into a port at the front near the device.",
            says=(
                "The receiver's too far away at the back of the dock. Move it to the laptop or "
                "a front USB port.",
                "Plug the receiver into the laptop directly - in the dock it's out of range.",
            ),
        ),
        Action(
            "receiver_other_port", "Another port and new batteries",
            "Move the receiver to another USB port on the computer and put fresh batteries in "
            "the device.",
            "receiver_works",
            says=(
                "Try the receiver in a different USB port on the laptop, and put new batteries "
                "in the device.",
                "Let's move the dongle to another port and swap the batteries.",
                "Please change the batteries and plug the receiver into a different socket.",
            ),
            results=(
                "Moved it to the other side, new batteries",
                "new batteries and different port",
                "done",
            ),
        ),
        Decision(
            "receiver_works", "Working in another port",
            "Does it work now?",
            (
                yes("sol_port",
                    "yes working",
                    "that did it",
                    "yep all fine"),
                no("reassign",
                   "no, still nothing",
                   "nope",
                   "still dead"),
            ),
            asks=(
                "Is it working after that?",
                "Any response now?",
                "Did that bring it back?",
            ),
        ),
        Solution(
            "sol_port", "USB port or batteries",
            "A faulty USB port or low batteries. Keep the receiver in the working port.",
            says=(
                "Either the port or the batteries - either way it's working. Leave the "
                "receiver where it is.",
                "Fixed. That USB port may be dodgy; keep the receiver in the new one.",
            ),
        ),
        Decision(
            "reassign", "Re-pairable receiver",
            "Is the receiver a Logitech Unifying or Bolt receiver that can be re-paired with "
            "Logi Options?",
            (
                yes("sol_repair_receiver",
                    "yes it has the orange star logo",
                    "it's a bolt receiver",
                    "yes, unifying"),
                no("sol_device_fault",
                   "no logo on it",
                   "it's some generic one",
                   "no, not logitech"),
            ),
            asks=(
                "Does the receiver have an orange star (Unifying) or Bolt logo on it?",
                "Is it a Logitech Unifying/Bolt receiver, one we can re-pair?",
                "Can you see a logo on the receiver - Unifying or Bolt?",
            ),
            clarify=(
                ("what's unifying?",
                 "It's Logitech's receiver that can be paired again with software. It has a "
                 "small orange star logo; Bolt ones say 'Bolt'."),
            ),
        ),
        Solution(
            "sol_repair_receiver", "Re-pair to the receiver",
            "The device lost its pairing with the receiver. Re-pair it with Logi Options+ from "
            "the Company Portal.",
            says=(
                "Install Logi Options+ from the Company Portal and re-pair the device to the "
                "receiver; it had lost its pairing.",
                "The receiver forgot the device. Re-pairing in Logi Options+ brings it back.",
            ),
        ),
    ),
)

# --- 4. slow or freezing PC ---------------------------------------------------------------

SLOW_PC = Flow(
    id="ho-slow-pc",
    name="Computer slow or freezing",
    description=(
        "Use when a Windows PC or laptop is slow all the time, hangs or freezes at times, or "
        "is slow only in one application."
    ),
    domain="endpoint",
    keywords=(
        "slow", "freezing", "hangs", "not responding", "high cpu", "memory", "100% disk",
        "task manager", "performance",
    ),
    teams=("service-desk", "nights"),
    summaries=(
        "Computer is really slow",
        "PC running slow",
        "laptop very slow today",
        "My computer keeps freezing",
        "Everything takes ages to load",
        "laptop sluggish and unresponsive",
        "Performance problems on my laptop",
        "pc is so slow I can't work",
        "User reports poor performance on their device",
        "computer hangs all the time",
        "laptop is slow and laggy since yesterday",
    ),
    openers=(
        Opener((("root", "always"),), (
            "My laptop has been slow all day, everything takes forever",
            "computer is constantly slow, not just one program",
        )),
        Opener((("root", "freeze"),), (
            "my pc freezes completely every so often and I have to hold the power button",
            "Laptop locks up totally, mouse stops moving",
        )),
        Opener((("root", "oneapp"),), (
            "Only one program is slow, everything else is fine",
        )),
        Opener((("root", "oneapp"), ("one_app", "outlook")), (
            "Outlook is painfully slow, the rest of the PC is OK",
            "outlook keeps saying not responding",
        )),
        Opener((("root", "oneapp"), ("one_app", "teams")), (
            "Teams is super slow and laggy, rest of laptop is fine",
        )),
        Opener((("root", "freeze"), ("freeze_when", "docked")), (
            "PC freezes whenever I plug into the dock with my monitors",
        )),
    ),
    nodes=(
        Decision(
            "root", "Kind of slowness",
            "Is the computer slow all the time, does it freeze completely at times, or is only "
            "one application slow?",
            (
                opt("always", "Slow all the time", "uptime",
                    ("Slow all the time", "Always slow", "Generally slow"),
                    "it's slow all the time",
                    "everything is slow, constantly",
                    "just generally sluggish",
                    "slow from the moment I log in",
                    "always"),
                opt("freeze", "Freezes or hangs completely at times", "freeze_when",
                    ("It freezes", "Hangs completely", "Locks up now and then"),
                    "it freezes, totally stuck",
                    "it hangs and I have to restart",
                    "the screen locks up every now and then",
                    "it freezes",
                    "mouse stops moving, nothing responds"),
                opt("oneapp", "Only one application is slow", "one_app",
                    ("Just one app", "Only one program", "One application only"),
                    "only one program",
                    "just one app is slow",
                    "it's only a particular application",
                    "one app, the rest is fine"),
            ),
            asks=(
                "Is it slow the whole time, does it lock up completely now and then, or is it "
                "just one program?",
                "Which describes it best: always slow, freezing at times, or one application "
                "only?",
                "Is it general slowness, full freezes, or one particular app?",
                "How does the slowness show up - all the time, as freezes, or in one program?",
            ),
            clarify=(
                ("what's the difference?",
                 "Slow means things work but take ages; freezing means it stops responding "
                 "completely for a while. And if only one program is affected, that's the "
                 "third."),
            ),
        ),
        Decision(
            "uptime", "Restarted recently",
            "Has the computer gone more than a few days without a restart (Task Manager > "
            "Performance > Up time)?",
            (
                yes("restart",
                    "uptime says 14 days",
                    "yes, I never turn it off",
                    "ages, I just close the lid",
                    "yeah over a week"),
                no("task_mgr",
                   "no, I restarted this morning",
                   "up time is 3 hours",
                   "no, it was rebooted yesterday",
                   "restarted it already, still slow"),
            ),
            asks=(
                "When did it last have a proper restart? Task Manager > Performance shows 'Up "
                "time'.",
                "Can you check how long it's been running since the last reboot?",
                "Has it been restarted in the last couple of days?",
            ),
            clarify=(
                ("I shut it down every night though",
                 "Shutting down with fast start-up on doesn't reset everything. Check Task "
                 "Manager > Performance > CPU, 'Up time' - what does it say?"),
                ("how do I open task manager",
                 "Press Ctrl + Shift + Esc, then the Performance tab; 'Up time' is under the CPU "
                 "graph."),
            ),
        ),
        Action(
            "restart", "Restart",
            "Save work and restart the computer (Restart, not Shut down).",
            "better_after_restart",
            says=(
                "Please save everything and choose Restart - not Shut down - from the Start "
                "menu.",
                "Let's give it a proper restart. Start > Power > Restart.",
                "Save your work and do a full restart, then log back in.",
            ),
            results=(
                "Restarted",
                "rebooted and logged in again",
                "did a restart, took a while to come back",
            ),
        ),
        Decision(
            "better_after_restart", "Better after restart",
            "Is it back to normal speed after the restart?",
            (
                yes("sol_restart",
                    "yes much quicker",
                    "that's way better",
                    "yeah seems normal now"),
                no("task_mgr",
                   "no, still slow",
                   "not really",
                   "just as bad"),
            ),
            asks=(
                "Is it quicker now?",
                "Any better after the reboot?",
                "How's the speed since restarting?",
            ),
        ),
        Solution(
            "sol_restart", "Needed a restart",
            "The computer had not restarted for days; the restart cleared it. Restart at least "
            "weekly.",
            says=(
                "It just needed a restart. Try to restart at least once a week rather than "
                "closing the lid.",
                "Long uptime was the cause. Restarting weekly keeps it quick and lets updates "
                "finish.",
            ),
        ),
        Decision(
            "task_mgr", "Busiest resource",
            "In Task Manager, which resource is close to 100%: CPU, memory or disk?",
            (
                opt("cpu", "CPU", "cpu_proc",
                    ("CPU", "Processor", "CPU near 100%"),
                    "cpu is at 100%",
                    "processor is maxed out",
                    "CPU 98%",
                    "the CPU one"),
                opt("memory", "Memory", "memory",
                    ("Memory", "RAM", "Memory near full"),
                    "memory is at 95%",
                    "RAM is nearly full",
                    "memory, 7.6 of 8 GB used",
                    "the memory column is red"),
                opt("disk", "Disk", "disk_usage",
                    ("Disk", "Disk at 100%", "Drive activity"),
                    "disk at 100%",
                    "disk is constantly maxed",
                    "the disk column says 100",
                    "disk"),
                opt("none", "Nothing is high", "sol_hw_diag",
                    ("Nothing is high", "All low", "Nothing stands out"),
                    "nothing is high",
                    "everything looks low",
                    "all under 30%",
                    "nothing stands out"),
            ),
            asks=(
                "Open Task Manager (Ctrl+Shift+Esc) - is the CPU, memory or disk column near "
                "100%?",
                "In Task Manager, what's maxing out: CPU, memory, disk, or nothing?",
                "What does Task Manager show - which of CPU, memory or disk is high?",
            ),
            clarify=(
                ("which tab?",
                 "The Processes tab; the headings CPU, Memory and Disk show a percentage at the "
                 "top. Which one is close to 100%?"),
            ),
        ),
        Decision(
            "cpu_proc", "Process using CPU",
            "Which process is using the most CPU?",
            (
                opt("av", "Antivirus scan (Defender / Antimalware Service)", "sol_av_schedule",
                    ("Antivirus", "Antimalware Service Executable", "Defender scan"),
                    "antimalware service executable",
                    "it's the defender thing",
                    "MsMpEng",
                    "looks like a virus scan is running"),
                opt("updates", "Windows Update or installer", "sol_updates",
                    ("Windows Update", "Installer", "Updates"),
                    "windows modules installer worker",
                    "something to do with updates",
                    "TiWorker.exe",
                    "Windows update is running"),
                opt("browser", "Web browser", "sol_browser_tabs",
                    ("Browser", "Chrome / Edge", "Web browser"),
                    "Chrome, loads of entries",
                    "Microsoft Edge",
                    "the browser",
                    "google chrome is using 60%"),
                opt("other", "Something else or unknown", "sol_escalate_proc",
                    ("Something else", "Unknown process", "Not sure what it is"),
                    "something called svc-host-helper, never heard of it",
                    "no idea what it is",
                    "some other program",
                    "a thing I don't recognise"),
            ),
            asks=(
                "Sort the Processes tab by CPU - what's at the top?",
                "Which program is eating the CPU?",
                "What's the top process by CPU usage?",
            ),
            clarify=(
                ("how do I sort it?",
                 "Click the word 'CPU' at the top of that column; the busiest process jumps to "
                 "the top."),
            ),
        ),
        Solution(
            "sol_av_schedule", "Antivirus scan",
            "A full antivirus scan is running in working hours. Let it finish, and move the "
            "scheduled scan to lunchtime or overnight via Intune.",
            says=(
                "That's the antivirus doing a full scan. Let it finish; I'll move your "
                "scheduled scan out of working hours.",
                "Defender is scanning. It'll calm down when it's done and I'll reschedule it to "
                "overnight.",
            ),
        ),
        Solution(
            "sol_updates", "Updates installing",
            "Windows updates are installing in the background. Let them finish and restart.",
            says=(
                "Windows is installing updates. Leave it to finish, then restart and it'll be "
                "back to normal.",
                "Updates are busy in the background - give it 20 minutes and restart.",
            ),
        ),
        Solution(
            "sol_browser_tabs", "Browser overload",
            "The browser is using most of the CPU: too many tabs or a misbehaving extension. "
            "Close unused tabs, enable sleeping tabs, remove unneeded extensions.",
            says=(
                "The browser's the hog. Close tabs you don't need, turn on sleeping tabs and "
                "remove extensions you don't use.",
                "Too many tabs or a bad extension. Check the browser's own task manager "
                "(Shift+Esc) to find the worst one.",
            ),
        ),
        Solution(
            "sol_escalate_proc", "Unknown process",
            "An unrecognised process is using the CPU: collect its name and path and escalate "
            "to the security team before ending it.",
            says=(
                "I don't recognise that process, so I'm passing it to the security team to "
                "check before we kill it.",
                "Let's not touch it yet - I've escalated the process name and path to security.",
            ),
        ),
        Decision(
            "memory", "Installed memory",
            "How much memory (RAM) does the computer have?",
            (
                opt("small", "8 GB or less", "sol_ram_upgrade",
                    ("8 GB or less", "4-8 GB", "8GB"),
                    "8 GB",
                    "it says 8.0 GB installed",
                    "4GB",
                    "eight gigs"),
                opt("large", "16 GB or more", "sol_memory_leak",
                    ("16 GB or more", "16-32 GB", "More than 8 GB"),
                    "16 GB",
                    "32GB",
                    "sixteen",
                    "16 gb, plenty I thought"),
            ),
            asks=(
                "How much RAM does it have? Task Manager > Performance > Memory shows the "
                "total.",
                "What's the total memory on the machine?",
                "Can you tell me how much memory is installed?",
            ),
            clarify=(
                ("where do I find that",
                 "Task Manager, Performance tab, click Memory - the total is in the top right "
                 "corner."),
            ),
        ),
        Solution(
            "sol_ram_upgrade", "Not enough memory",
            "8 GB or less is not enough for the user's workload. Request a memory upgrade or "
            "device refresh and trim start-up apps meanwhile.",
            says=(
                "8 GB isn't enough for Teams, Outlook and a browser together. I'll request a "
                "memory upgrade and we'll turn off some start-up apps for now.",
                "The laptop is short on RAM. Upgrade requested; meanwhile close what you're not "
                "using.",
            ),
        ),
        Solution(
            "sol_memory_leak", "Memory leak",
            "With 16 GB or more, full memory points to one application leaking memory. Find it "
            "in Task Manager, restart it and report it to the app owner.",
            says=(
                "With that much RAM, something is leaking memory. Restart the app at the top of "
                "the Memory column and I'll report it to the vendor.",
                "One program is hogging memory and not giving it back. Restarting it frees it.",
            ),
        ),
        Decision(
            "disk_usage", "System drive nearly full",
            "Is the system drive almost full (less than 10% free)?",
            (
                yes("sol_free_space",
                    "yes only 3 GB left",
                    "C drive is red in explorer",
                    "nearly full, yes",
                    "yes, 2% free"),
                no("sol_disk_health",
                   "no, 200 GB free",
                   "plenty of space",
                   "no it's half empty"),
            ),
            asks=(
                "In File Explorer > This PC, is the C: drive nearly full?",
                "How much free space is on C:?",
                "Is the main drive running out of space?",
            ),
        ),
        Solution(
            "sol_free_space", "Drive nearly full",
            "A nearly full system drive slows Windows down. Free space with Storage Sense and "
            "OneDrive Files On-Demand.",
            says=(
                "The drive is too full for Windows to work well. Let's free up space with "
                "Storage Sense and set OneDrive to online-only.",
                "Free space is the problem. Clear temp files and make OneDrive files "
                "online-only.",
            ),
        ),
        Solution(
            "sol_disk_health", "Failing or slow drive",
            "Disk at 100% with free space: run the manufacturer's drive diagnostics; replace "
            "the drive (or the device if it has a hard disk) if it fails or is an old HDD.",
            says=(
                "The drive itself is struggling. I'll run the diagnostics and if it's failing "
                "we'll replace it.",
                "That points at a slow or failing disk. Diagnostics booked; replacement if it "
                "fails.",
            ),
        ),
        Solution(
            "sol_hw_diag", "Hardware diagnostics",
            "Nothing in Task Manager explains it: run the vendor's hardware diagnostics and "
            "update the BIOS; if that passes, reset the device.",
            says=(
                "Nothing obvious in Task Manager, so let's run the hardware diagnostics and a "
                "BIOS update. If it's still slow, we'll reset the laptop.",
                "I'll schedule hardware diagnostics; if they pass, a reset is next.",
            ),
        ),
        Decision(
            "freeze_when", "When it freezes",
            "When does it freeze?",
            (
                opt("docked", "When docked or with external monitors", "sol_dock_driver",
                    ("When docked", "With external monitors", "Only at my desk"),
                    "only when I'm on the dock",
                    "when I plug in the monitors",
                    "at my desk with the screens",
                    "never at home, always at the office dock"),
                opt("random", "Randomly, even when idle", "temps",
                    ("Randomly", "Any time", "Even when idle"),
                    "randomly",
                    "no pattern, even when I'm not doing anything",
                    "just out of nowhere",
                    "it's random"),
                opt("files", "When opening or saving files on OneDrive or a network drive",
                    "sol_network_drive",
                    ("When saving files", "Opening network files", "When using shared drives"),
                    "every time I save to the shared drive",
                    "when I open files from onedrive",
                    "when I open the S drive",
                    "saving excel files to the network"),
            ),
            asks=(
                "Is there a pattern to when it freezes?",
                "When does it lock up - at the dock, randomly, or when you open or save files?",
                "Does it freeze at any particular moment?",
            ),
            clarify=(
                ("what do you mean pattern",
                 "For example: only when plugged into the dock, only when saving to a shared "
                 "drive, or just at random times."),
            ),
        ),
        Solution(
            "sol_dock_driver", "Dock or display driver",
            "Freezes only when docked point at the dock firmware or graphics driver. Update "
            "both from the Company Portal.",
            says=(
                "Freezing only at the dock is usually the dock firmware or display driver. "
                "I've pushed updates for both.",
                "Update the dock firmware and graphics driver from Company Portal - that's what "
                "causes docked freezes.",
            ),
        ),
        Decision(
            "temps", "Overheating",
            "Is the laptop hot, or the fan loud, when it freezes?",
            (
                yes("sol_overheating",
                    "yes it gets really hot",
                    "fan is going mad",
                    "it's roasting underneath",
                    "yeah, very loud fan"),
                no("sol_memory_diag",
                   "no, cool and quiet",
                   "not hot at all",
                   "no fan noise"),
            ),
            asks=(
                "When it freezes, is it hot to touch or is the fan roaring?",
                "Does it get hot or noisy before it locks up?",
                "Is it overheating at all?",
            ),
        ),
        Solution(
            "sol_overheating", "Overheating",
            "The laptop overheats and throttles or freezes. Use it on a hard surface, clear the "
            "vents, update BIOS; book a clean if it persists.",
            says=(
                "It's overheating. Keep it on a hard surface, clear the vents and I'll book a "
                "clean if it keeps happening.",
                "Heat is the problem. Don't use it on your lap or a cushion; vents need to be "
                "clear.",
            ),
        ),
        Solution(
            "sol_memory_diag", "Memory or hardware test",
            "Random freezes without heat: run Windows Memory Diagnostic and the vendor's "
            "hardware test; replace faulty RAM or the device.",
            says=(
                "Random freezes without heat often mean faulty memory. Run Windows Memory "
                "Diagnostic tonight and we'll replace the RAM if it fails.",
                "I'll schedule a memory and hardware test.",
            ),
        ),
        Solution(
            "sol_network_drive", "Network or OneDrive file access",
            "Freezes while opening or saving files over the network: map the drive by its full "
            "path, check VPN, and make OneDrive files available locally.",
            says=(
                "It hangs while waiting for the network drive. I've remapped it and set those "
                "files to 'Always keep on this device'.",
                "That's the network file access stalling, not the PC. Remapping the drive fixed "
                "it.",
            ),
        ),
        Decision(
            "one_app", "Slow application",
            "Which application is slow?",
            (
                opt("outlook", "Outlook", "sol_outlook",
                    ("Outlook", "Email (Outlook)", "Outlook desktop"),
                    "outlook",
                    "my email",
                    "Outlook keeps saying not responding",
                    "the mail app, outlook"),
                opt("teams", "Teams", "sol_teams_cache",
                    ("Teams", "Microsoft Teams", "Teams app"),
                    "teams",
                    "Microsoft Teams, calls are laggy",
                    "teams chat takes ages to load"),
                opt("excel", "Excel with large files", "sol_excel_addins",
                    ("Excel", "Large Excel files", "Spreadsheets"),
                    "excel",
                    "big spreadsheets",
                    "excel when I open the finance workbook",
                    "excel, freezes when calculating"),
                opt("other", "Another application", "sol_app_repair",
                    ("Something else", "Another program", "Other app"),
                    "our CRM app",
                    "Adobe Acrobat",
                    "a different program, Sage",
                    "something else"),
            ),
            asks=(
                "Which program is it?",
                "What's the app that's running slowly?",
                "Which application are we talking about?",
            ),
        ),
        Solution(
            "sol_outlook", "Outlook data file too large",
            "A very large mailbox cache (OST) slows Outlook. Reduce the cached period to 6-12 "
            "months and rebuild the profile.",
            says=(
                "Your mailbox cache is huge. I'll set Outlook to keep only 12 months offline and "
                "rebuild the profile.",
                "Outlook's offline file is too big - trimming the cached mail fixes the "
                "slowness.",
            ),
        ),
        Solution(
            "sol_teams_cache", "Teams cache",
            "Clear the Teams cache (quit Teams, delete the cache folder, restart Teams).",
            says=(
                "Quit Teams, clear its cache folder and start it again - that usually fixes "
                "the lag.",
                "Teams' cache was corrupt. Cleared it and it's quick again.",
            ),
        ),
        Solution(
            "sol_excel_addins", "Excel add-ins or calculation",
            "Large workbooks with add-ins and automatic calculation freeze Excel. Disable "
            "unneeded COM add-ins and set calculation to manual for that workbook.",
            says=(
                "Turn off the Excel add-ins you don't need and set calculation to manual for "
                "that big workbook.",
                "A slow add-in plus automatic recalculation. I've disabled the add-in.",
            ),
        ),
        Solution(
            "sol_app_repair", "Repair or reinstall the application",
            "Repair or reinstall the application from the Company Portal; contact the vendor "
            "if it is still slow.",
            says=(
                "Let's repair that app from the Company Portal - if it's still slow I'll raise "
                "it with the vendor.",
                "I've reinstalled the application. Give it a try and let me know.",
            ),
        ),
    ),
)

# --- 5. disk full / out of storage --------------------------------------------------------

DISK_FULL = Flow(
    id="ho-disk-full",
    name="Disk full or out of storage space",
    description=(
        "Use when the user gets low disk space warnings or cannot save because a drive is "
        "full: the laptop's C: drive, OneDrive storage, or a network drive."
    ),
    domain="endpoint",
    keywords=(
        "disk full", "low disk space", "c drive full", "storage", "out of space",
        "quota", "onedrive full", "free up space",
    ),
    teams=("service-desk", "nights"),
    summaries=(
        "Disk full",
        "Low disk space warning",
        "Getting 'not enough space' when saving",
        "my drive is full",
        "running out of storage",
        "Can't save anything, says the disk is full",
        "storage full message",
        "User receiving low storage notifications",
        "Out of space on my computer",
        "drive almost full, red bar",
    ),
    openers=(
        Opener((("root", "cdrive"),), (
            "My C drive is full and Windows keeps warning me",
            "c: drive has run out of space",
            "Laptop says low disk space on Local Disk (C:)",
        )),
        Opener((("root", "onedrive"),), (
            "OneDrive says my storage is full",
            "getting a OneDrive full message",
        )),
        Opener((("root", "onedrive"), ("onedrive_quota", "cloud")), (
            "OneDrive says I've used all my cloud storage and it's stopped uploading",
        )),
        Opener((("root", "network"),), (
            "Can't save to the shared drive, it says it's full",
            "my H drive is out of space",
        )),
        Opener((("root", "network"), ("network_quota", "shared")), (
            "Department S: drive is full - nobody in the team can save",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which storage is full",
            "Which storage is full: the computer's C: drive, OneDrive, or a network drive?",
            (
                opt("cdrive", "The computer's C: drive", "storage_view",
                    ("The C: drive", "Local disk", "My laptop's drive"),
                    "the C drive",
                    "local disk C",
                    "the laptop itself",
                    "my computer's hard drive",
                    "C:"),
                opt("onedrive", "OneDrive", "onedrive_quota",
                    ("OneDrive", "OneDrive storage", "My OneDrive"),
                    "onedrive",
                    "it's a onedrive message",
                    "the cloud thing, onedrive",
                    "OneDrive, the blue cloud"),
                opt("network", "A network drive (home H: or shared drive)", "network_quota",
                    ("A network drive", "Shared drive", "H: / S: drive"),
                    "the shared drive",
                    "H drive",
                    "the S: drive on the server",
                    "network drive"),
            ),
            asks=(
                "Which drive is it complaining about - your laptop's C:, OneDrive, or a shared "
                "network drive?",
                "Where is the space running out: on the laptop, in OneDrive, or on a network "
                "drive?",
                "What storage is full, exactly?",
            ),
            clarify=(
                ("how do I tell?",
                 "Look at the warning: 'Local Disk (C:)' is the laptop; a message from the blue "
                 "cloud icon is OneDrive; letters like H: or S: are network drives."),
            ),
        ),
        Action(
            "storage_view", "Check storage categories",
            "Open Settings > System > Storage and see which categories use the most space.",
            "largest_cat",
            says=(
                "Open Settings, System, Storage - it shows what's using the space, biggest "
                "first.",
                "Let's look at Settings > System > Storage and see what's taking up room.",
                "Please go to the Storage page in Settings and wait for it to finish counting.",
            ),
            results=(
                "Storage page open",
                "took a minute to load but it's showing now",
                "looking at it",
            ),
        ),
        Decision(
            "largest_cat", "Largest storage category",
            "Which category uses the most space?",
            (
                opt("temp", "Temporary files or Recycle Bin", "sol_cleanup",
                    ("Temporary files", "Temp / Recycle Bin", "Temporary files & bin"),
                    "temporary files, 40 GB",
                    "temp files",
                    "recycle bin is huge",
                    "it says temporary files at the top"),
                opt("apps", "Installed apps", "sol_uninstall_apps",
                    ("Apps & features", "Installed apps", "Programs"),
                    "installed apps",
                    "apps and features",
                    "programs take up the most",
                    "apps, loads of them"),
                opt("documents", "Documents, Downloads or Desktop", "files_onedrive",
                    ("Documents / Downloads", "My files", "Documents and Desktop"),
                    "documents",
                    "my downloads folder",
                    "Desktop and documents",
                    "other people's files? no, documents"),
                opt("system", "System & reserved or Other", "sysres",
                    ("System & reserved", "Other", "System files"),
                    "system & reserved",
                    "it says other",
                    "system files",
                    "'System and reserved' is 60 GB"),
            ),
            asks=(
                "What's at the top of the list?",
                "Which category is biggest on that page?",
                "What's eating the most space according to Storage?",
            ),
        ),
        Solution(
            "sol_cleanup", "Clean up temporary files",
            "Delete temporary files and empty the Recycle Bin with Storage Sense, and turn "
            "Storage Sense on.",
            says=(
                "Click Temporary files, tick everything except Downloads and remove. Then turn "
                "on Storage Sense so it cleans up by itself.",
                "Clearing temp files and the bin freed the space. Storage Sense is now on.",
            ),
        ),
        Solution(
            "sol_uninstall_apps", "Remove unused apps",
            "Uninstall applications that are no longer used; reinstall from the Company Portal "
            "if needed later.",
            says=(
                "Uninstall the apps you don't use any more - you can always get them back from "
                "Company Portal.",
                "Removing unused programs freed the space.",
            ),
        ),
        Decision(
            "files_onedrive", "Folders backed up to OneDrive",
            "Are Desktop, Documents and Pictures backed up to OneDrive?",
            (
                yes("sol_files_on_demand",
                    "yes, they have the little cloud icons",
                    "it says they're backed up",
                    "yep they're in onedrive"),
                no("sol_move_to_onedrive",
                   "no, they're only on the laptop",
                   "not backed up",
                   "I don't think so",
                   "no"),
            ),
            asks=(
                "Do those folders sync to OneDrive? Look for the cloud or tick icons in "
                "Explorer.",
                "Are your Documents and Desktop folders backed up by OneDrive?",
                "Is OneDrive backing up those folders?",
            ),
            clarify=(
                ("where do I check?",
                 "OneDrive icon > Settings > Sync and back up > Manage back up. It shows which "
                 "folders are backed up."),
            ),
        ),
        Solution(
            "sol_files_on_demand", "Make OneDrive files online-only",
            "Right-click the OneDrive folder and choose 'Free up space' so files stay in the "
            "cloud until opened.",
            says=(
                "Right-click your OneDrive folder and pick 'Free up space'. The files stay in "
                "the cloud and download when you open them.",
                "Setting files to online-only frees the disk without deleting anything.",
            ),
        ),
        Solution(
            "sol_move_to_onedrive", "Back up folders to OneDrive",
            "Turn on OneDrive folder backup for Desktop, Documents and Pictures, then free up "
            "space once they have uploaded.",
            says=(
                "Let's back up those folders to OneDrive. When the upload finishes, choose "
                "'Free up space' and they'll stop taking room on the laptop.",
                "Turn on folder backup in OneDrive settings, then free up space afterwards.",
            ),
        ),
        Decision(
            "sysres", "What fills System & reserved",
            "What is taking the space in System & reserved?",
            (
                opt("winold", "Windows.old or old update files", "sol_cleanup_system",
                    ("Windows.old / updates", "Previous Windows installation",
                     "Update files"),
                    "previous windows installation",
                    "windows.old is 25 GB",
                    "update cleanup",
                    "old windows files"),
                opt("hiber", "Hibernation file or page file", "sol_hibernate",
                    ("Hibernation / page file", "hiberfil.sys", "Virtual memory"),
                    "hibernation file",
                    "virtual memory 20 GB",
                    "hiberfil",
                    "pagefile is huge"),
                opt("unknown", "Cannot tell", "treesize",
                    ("Can't tell", "Not clear", "Other"),
                    "it doesn't say",
                    "can't tell what it is",
                    "just says other",
                    "no idea"),
            ),
            asks=(
                "Click into System & reserved - what's the biggest item listed?",
                "What's the big one under System & reserved?",
                "Inside System & reserved, what's using the most?",
            ),
        ),
        Solution(
            "sol_cleanup_system", "Clean up system files",
            "Run Disk Cleanup > Clean up system files and remove the previous Windows "
            "installation and update files.",
            says=(
                "Run Disk Cleanup as admin, 'Clean up system files', and tick Previous Windows "
                "installation and Windows Update Cleanup.",
                "Removing the old Windows installation freed the space.",
            ),
        ),
        Solution(
            "sol_hibernate", "Shrink hibernation and page file",
            "Disable hibernation if not needed (powercfg /h off) and set the page file back to "
            "system managed.",
            says=(
                "I've turned hibernation off and set virtual memory back to automatic - that "
                "gave back a lot of space.",
                "The hibernation file was huge; switching it off freed the space.",
            ),
        ),
        Action(
            "treesize", "Find the largest folders",
            "Run a disk space analyser (WizTree or TreeSize from the Company Portal) to find "
            "the largest folders.",
            "big_folder",
            says=(
                "Install WizTree from the Company Portal and run it on C: - it lists the "
                "biggest folders.",
                "Let's run TreeSize to see which folders are biggest.",
                "Please scan the drive with the space analyser from Company Portal.",
            ),
            results=(
                "Scan done",
                "WizTree finished, top folder is in AppData",
                "ran treesize",
            ),
        ),
        Decision(
            "big_folder", "Application cache folder",
            "Is the largest folder one application's cache, logs or recordings (e.g. Teams, "
            "Outlook OST, Zoom)?",
            (
                yes("sol_app_cache",
                    "yes a zoom recordings folder, 50 GB",
                    "it's the outlook ost, 30 gigs",
                    "teams cache",
                    "some app's log folder"),
                no("sol_bigger_drive",
                   "no, it's spread across lots of stuff",
                   "nothing big, it's just a small drive",
                   "no single folder stands out"),
            ),
            asks=(
                "Is the top folder the cache or recordings of a single app?",
                "Does one program's folder stand out - Teams, Outlook, Zoom or similar?",
                "Is it one app's data that's huge?",
            ),
        ),
        Solution(
            "sol_app_cache", "Application cache",
            "Clear or move the application's cache/recordings, and limit its cache (Outlook "
            "offline period, Zoom local recording).",
            says=(
                "That app's cache is the culprit. Clear it and I'll limit how much it keeps "
                "locally.",
                "Move those recordings to OneDrive and turn off local recording in Zoom.",
            ),
        ),
        Solution(
            "sol_bigger_drive", "Drive too small",
            "No single cause; the drive is too small for the workload. Request a larger SSD "
            "or device.",
            says=(
                "The drive is simply too small for what you do. I'll request a bigger SSD.",
                "Nothing to clean up really - it needs a larger drive. Request raised.",
            ),
        ),
        Decision(
            "onedrive_quota", "Cloud quota or local disk",
            "Is it the OneDrive cloud storage that is full, or the local disk filling up with "
            "OneDrive files?",
            (
                opt("cloud", "OneDrive cloud storage is full", "big_items",
                    ("Cloud storage full", "OneDrive quota", "Online storage used up"),
                    "the cloud, it says I've used 1 TB",
                    "onedrive says storage is full online",
                    "my onedrive quota",
                    "the cloud storage"),
                opt("local", "The local disk fills with OneDrive files", "sol_files_on_demand",
                    ("Local disk full of OneDrive files", "OneDrive filling my laptop",
                     "Local copy"),
                    "the laptop drive is full because of onedrive",
                    "onedrive is downloading everything onto my C drive",
                    "local disk",
                    "it's my laptop that's full"),
            ),
            asks=(
                "Is it your online OneDrive allowance that's full, or the laptop filling up with "
                "OneDrive files?",
                "Which is it: OneDrive's cloud quota, or your local disk?",
                "Is the OneDrive storage in the cloud full, or is it the laptop's disk?",
            ),
            clarify=(
                ("aren't they the same thing?",
                 "Not quite: OneDrive has space online (usually 1 TB), and separately it keeps "
                 "copies on the laptop. The warning says which one is full."),
            ),
        ),
        Action(
            "big_items", "Find the largest items online",
            "Open OneDrive on the web > Settings > Storage metrics to find the largest folders.",
            "shared_or_personal",
            says=(
                "Open OneDrive in the browser, Settings, More settings, Storage Metrics - it "
                "lists the biggest folders.",
                "Let's look at storage metrics on the OneDrive website.",
                "Please check which folders are biggest in OneDrive online.",
            ),
            results=(
                "Storage metrics open",
                "found the big folders",
                "looking at it now",
            ),
        ),
        Decision(
            "shared_or_personal", "Team files in personal OneDrive",
            "Are the largest items shared team files that should be in SharePoint or Teams?",
            (
                yes("sol_move_sharepoint",
                    "yes, it's all the project folder I share with the team",
                    "team stuff mostly",
                    "yes shared files"),
                no("sol_delete_recycle",
                   "no, personal files and old backups",
                   "mine, old phone backups",
                   "no, it's my stuff"),
            ),
            asks=(
                "Are the biggest folders files you share with your team?",
                "Is it team project data, or personal files?",
                "Do those big folders belong to the team?",
            ),
        ),
        Solution(
            "sol_move_sharepoint", "Move team files to SharePoint",
            "Move shared team files into the team's SharePoint/Teams library; they do not count "
            "against the user's OneDrive quota there.",
            says=(
                "Team files belong in the team's SharePoint site. Moving them frees your "
                "OneDrive and everyone keeps access.",
                "Let's move the project folder to the Teams channel files.",
            ),
        ),
        Solution(
            "sol_delete_recycle", "Delete and empty both recycle bins",
            "Delete old personal files, then empty the OneDrive recycle bin and the second-stage "
            "recycle bin; request a quota increase if still needed.",
            says=(
                "Delete what you don't need, then empty the OneDrive recycle bin - and the "
                "second-stage bin at the bottom of that page.",
                "After deleting, empty both recycle bins online, otherwise the space isn't "
                "freed.",
            ),
        ),
        Decision(
            "network_quota", "Personal or shared drive",
            "Is it the personal home drive (H:) or a shared department drive?",
            (
                opt("home", "Personal home drive", "sol_home_quota",
                    ("My home drive (H:)", "Personal drive", "H: drive"),
                    "my H drive",
                    "the personal one",
                    "just mine"),
                opt("shared", "Shared department drive", "sol_shared_quota",
                    ("Shared team drive", "Department drive", "S: drive"),
                    "the team share",
                    "the department drive, S:",
                    "shared by the whole finance team"),
            ),
            asks=(
                "Is that your personal H: drive or a shared team drive?",
                "Which one - your own home drive, or the department share?",
                "Personal or shared network drive?",
            ),
        ),
        Solution(
            "sol_home_quota", "Home drive quota",
            "Home drives have a fixed quota. Move files to OneDrive (the home drive is being "
            "retired) and delete old files.",
            says=(
                "Your H: drive has a fixed limit. Move your files to OneDrive instead - H: is "
                "being retired anyway.",
                "Please move things to OneDrive; home drive quotas aren't increased.",
            ),
        ),
        Solution(
            "sol_shared_quota", "Shared drive quota",
            "The data owner of the shared drive requests a quota increase or archives old "
            "data.",
            says=(
                "The drive's owner needs to request more space or archive old data. I've "
                "contacted them.",
                "I'll raise a quota increase request with the share owner.",
            ),
        ),
    ),
)

# --- 6. OneDrive / SharePoint sync errors -------------------------------------------------

ONEDRIVE_SYNC = Flow(
    id="ho-onedrive-sync",
    name="OneDrive or SharePoint files not syncing",
    description=(
        "Use when OneDrive or a synced SharePoint/Teams library shows sync errors, is stuck "
        "or paused, or is missing or signed out on the computer."
    ),
    domain="m365",
    keywords=(
        "onedrive", "sharepoint", "sync error", "not syncing", "red x", "processing changes",
        "sync pending", "upload blocked",
    ),
    teams=("service-desk", "nights"),
    summaries=(
        "OneDrive not syncing",
        "Files not syncing to SharePoint",
        "onedrive sync problem",
        "My changes aren't showing up for my team",
        "OneDrive sync issues",
        "Teams files not syncing to my laptop",
        "onedrive showing an error",
        "Sync isn't working on my laptop",
        "User cannot sync their files",
        "files stuck syncing",
    ),
    openers=(
        Opener((("root", "error"),), (
            "OneDrive has a red X and says there are sync problems",
            "red cross on the onedrive cloud icon",
        )),
        Opener((("root", "error"), ("error_msg", "path")), (
            "OneDrive says a file name is too long or has invalid characters",
        )),
        Opener((("root", "stuck"),), (
            "OneDrive stuck on processing changes for hours",
            "onedrive sync paused and won't resume",
        )),
        Opener((("root", "noicon"),), (
            "The OneDrive cloud has disappeared from my taskbar",
        )),
        Opener((("root", "signedout"),), (
            "OneDrive icon is grey and says I'm not signed in",
        )),
    ),
    nodes=(
        Decision(
            "root", "OneDrive icon state",
            "What does the OneDrive cloud icon in the taskbar show?",
            (
                opt("error", "A red X or error", "error_msg",
                    ("Red X / error", "Error icon", "Red cross"),
                    "there's a red x on it",
                    "red circle with a cross",
                    "it shows an error symbol",
                    "sync problems, red thing"),
                opt("stuck", "Paused or stuck on 'Processing changes'", "paused",
                    ("Paused / stuck", "Processing changes", "Stuck syncing"),
                    "it says processing changes, forever",
                    "sync is paused",
                    "stuck on 'sync pending'",
                    "the arrows just keep going round"),
                opt("noicon", "No cloud icon at all", "start_od",
                    ("No icon", "Cloud icon missing", "Not there"),
                    "there's no cloud",
                    "can't see the icon at all",
                    "it's gone from the taskbar",
                    "no onedrive icon"),
                opt("signedout", "A grey cloud saying not signed in", "signed_in",
                    ("Grey cloud / signed out", "Not signed in", "Grey icon"),
                    "it's grey",
                    "grey cloud, says not signed in",
                    "says I need to sign in",
                    "greyed out cloud"),
            ),
            asks=(
                "Look at the little cloud by the clock - what does it show?",
                "What's the OneDrive icon near the clock doing?",
                "Can you find the blue/grey cloud in the system tray and tell me what it shows?",
                "What state is the OneDrive cloud icon in?",
            ),
            clarify=(
                ("where's the icon?",
                 "Bottom right, next to the clock. If you can't see it, click the small up "
                 "arrow to show hidden icons."),
            ),
        ),
        Decision(
            "error_msg", "Sync error message",
            "What does the sync error say?",
            (
                opt("path", "File name or path too long, or invalid characters", "sol_rename",
                    ("Name / path too long", "Invalid characters", "File name problem"),
                    "the file name is too long",
                    "path too long",
                    "it says the name contains characters that aren't allowed",
                    "invalid file name"),
                opt("perms", "You don't have permission / read-only", "perms",
                    ("No permission", "Read-only", "Access denied"),
                    "you don't have permission to sync this",
                    "says read only",
                    "access denied on the team folder",
                    "permission error"),
                opt("locked", "Upload blocked, file locked or conflict", "conflict",
                    ("Upload blocked", "File in use / locked", "Conflict"),
                    "upload blocked",
                    "the file is locked",
                    "it says there's a conflict",
                    "can't upload, file in use"),
                opt("space", "Not enough space", "sol_space",
                    ("Not enough space", "Storage full", "Disk full"),
                    "not enough space on the device",
                    "it says storage is full",
                    "something about space",
                    "disk space"),
            ),
            asks=(
                "Click the cloud and open the error - what does it say?",
                "What's the wording of the sync problem?",
                "Can you read me the error message OneDrive gives?",
            ),
            clarify=(
                ("there's loads of them",
                 "Just tell me the most common one, or the first one listed."),
            ),
        ),
        Solution(
            "sol_rename", "Rename files or shorten paths",
            "Rename files with invalid characters and shorten long folder paths (under 400 "
            "characters); sync resumes by itself.",
            says=(
                "Rename the file to remove the odd characters and shorten the folder names. "
                "Sync carries on by itself.",
                "The path is too long - move the folder up a few levels or shorten the names.",
            ),
        ),
        Decision(
            "perms", "Edit in browser",
            "Can the user edit the file in the browser (SharePoint or Teams on the web)?",
            (
                yes("sol_resync_library",
                    "yes it lets me edit online",
                    "in the browser it works fine",
                    "yeah I can change it on the web"),
                no("sol_request_access",
                   "no, read only online too",
                   "says I don't have access",
                   "no edit button"),
            ),
            asks=(
                "If you open that file in the browser, can you edit it?",
                "Does it let you make changes to the file on the SharePoint website?",
                "Try it online - can you edit there?",
            ),
        ),
        Solution(
            "sol_resync_library", "Re-sync the library",
            "The user has access but the local sync is stale: stop syncing the library in "
            "OneDrive settings and sync it again from SharePoint.",
            says=(
                "Your access is fine, the local sync just got stuck. Stop syncing that library "
                "in OneDrive settings and click Sync on the SharePoint site again.",
                "Remove the library from OneDrive and re-sync it - that refreshes your "
                "permissions.",
            ),
        ),
        Solution(
            "sol_request_access", "Request access",
            "The user does not have edit rights. Request access from the site or team owner.",
            says=(
                "You only have read access. Use 'Request access' or ask the team owner to give "
                "you edit rights.",
                "The site owner needs to grant you edit permissions - I've emailed them.",
            ),
        ),
        Decision(
            "conflict", "File open elsewhere",
            "Is the file open in an Office app, or by a colleague?",
            (
                yes("sol_close_file",
                    "yes I have it open in excel",
                    "my colleague is in it",
                    "yeah it's open"),
                no("office_upload",
                   "no, it's closed",
                   "nobody has it open",
                   "no"),
            ),
            asks=(
                "Is anybody - you or a colleague - in that file right now?",
                "Is the file currently open somewhere?",
                "Could it be open on your machine or by someone else?",
            ),
        ),
        Solution(
            "sol_close_file", "Close the file",
            "Close the file (or wait for the colleague to close it); the upload completes "
            "automatically.",
            says=(
                "Close it and the upload goes through automatically.",
                "Once it's closed everywhere, OneDrive finishes uploading.",
            ),
        ),
        Decision(
            "office_upload", "Office sync setting",
            "Is 'Use Office applications to sync Office files that I open' turned on in "
            "OneDrive settings?",
            (
                yes("sol_office_cache",
                    "yes it's ticked",
                    "it's on",
                    "yep"),
                no("sol_keep_both",
                   "no it's off",
                   "not ticked",
                   "it's turned off"),
            ),
            asks=(
                "In OneDrive Settings > Sync and back up > Advanced, is the Office files option "
                "on?",
                "Is OneDrive set to let Office apps sync the files you open?",
                "Can you check the 'use Office applications to sync' switch?",
            ),
            clarify=(
                ("I can't find it",
                 "OneDrive icon > gear > Settings > Sync and back up > Advanced settings, near "
                 "the bottom."),
            ),
        ),
        Solution(
            "sol_office_cache", "Clear the Office upload cache",
            "Clear the Office Document Cache (Office upload centre / cached files) and reopen "
            "the file.",
            says=(
                "Delete the Office cached files (Settings > Office cached files) and open the "
                "document again.",
                "The Office upload cache was stuck. Clearing it fixed the upload.",
            ),
        ),
        Solution(
            "sol_keep_both", "Resolve the conflict",
            "Resolve the conflict from the OneDrive error: keep both versions, then merge "
            "manually.",
            says=(
                "Choose 'keep both' in the error, then copy your changes into the main version.",
                "Resolve it by keeping both copies and merging.",
            ),
        ),
        Solution(
            "sol_space", "Free local space for sync",
            "The device has no room for synced files: set files to online-only (Free up space) "
            "or clear the disk.",
            says=(
                "The laptop's full so OneDrive can't download. Right-click OneDrive > Free up "
                "space.",
                "Make the OneDrive files online-only so there's room to sync.",
            ),
        ),
        Decision(
            "paused", "Paused or stuck",
            "Is sync paused, or stuck processing changes for hours?",
            (
                opt("paused", "Paused", "sol_resume",
                    ("Paused", "It says paused", "Sync paused"),
                    "it says paused",
                    "sync is paused",
                    "paused because of battery saver"),
                opt("processing", "Stuck processing for hours", "file_count",
                    ("Stuck processing", "Processing for hours", "Never finishes"),
                    "processing changes since yesterday",
                    "stuck for hours",
                    "it never finishes"),
            ),
            asks=(
                "Does it say paused, or that it's been processing for ages?",
                "Is sync actually paused, or just never finishing?",
                "Paused, or stuck on processing?",
            ),
        ),
        Solution(
            "sol_resume", "Resume sync",
            "Resume sync from the OneDrive menu; turn off pause on metered networks or battery "
            "saver if it keeps pausing.",
            says=(
                "Click the cloud > Resume syncing. If battery saver keeps pausing it, change "
                "that in OneDrive settings.",
                "Resume sync; it was paused by battery saver.",
            ),
        ),
        Decision(
            "file_count", "Very large sync",
            "Is the user syncing more than about 300,000 files, or very large libraries?",
            (
                yes("sol_reduce_sync",
                    "yes we sync the whole department site",
                    "probably, loads of libraries",
                    "yes half a million files"),
                no("reset_od",
                   "no, just my own files",
                   "not that many",
                   "no"),
            ),
            asks=(
                "Roughly how many files are you syncing - is it a huge amount, like several "
                "whole SharePoint sites?",
                "Are you syncing a very large number of files?",
                "Are lots of big libraries synced to this laptop?",
            ),
        ),
        Solution(
            "sol_reduce_sync", "Sync less",
            "Too many files for the sync client: stop syncing libraries not needed offline and "
            "use 'Add shortcut to My files' instead.",
            says=(
                "That's too many files to sync. Unsync libraries you don't need offline and use "
                "'Add shortcut' instead.",
                "Cut down what's synced - shortcuts work just as well for most folders.",
            ),
        ),
        Action(
            "reset_od", "Reset OneDrive",
            "Reset the OneDrive client (run 'onedrive.exe /reset' from Run) and start it again.",
            "sync_after_reset",
            says=(
                "Press Windows + R and run the OneDrive reset command I've sent you in the chat, "
                "then start OneDrive again from the Start menu.",
                "Let's reset OneDrive: Win+R, onedrive /reset, then reopen it.",
                "I'll have you reset the OneDrive app and relaunch it.",
            ),
            results=(
                "Reset done, OneDrive restarted",
                "ran the reset",
                "It's resyncing everything now",
            ),
        ),
        Decision(
            "sync_after_reset", "Syncing after reset",
            "After the reset, does OneDrive finish syncing?",
            (
                yes("sol_reset",
                    "yes it's up to date now",
                    "green ticks everywhere",
                    "done, all synced"),
                no("sol_reinstall",
                   "no still stuck",
                   "same thing",
                   "nope"),
            ),
            asks=(
                "Once it's restarted, does sync complete?",
                "Is it up to date after the reset?",
                "Has it caught up now?",
            ),
        ),
        Solution(
            "sol_reset", "OneDrive reset",
            "A stuck sync database was cleared by the reset.",
            says=(
                "The reset cleared whatever was stuck. All good.",
                "OneDrive's sync state was corrupted - resetting fixed it.",
            ),
        ),
        Solution(
            "sol_reinstall", "Reinstall OneDrive",
            "Uninstall and reinstall the OneDrive client from the Company Portal, then sign in "
            "again.",
            says=(
                "I'll reinstall OneDrive from the Company Portal and you'll sign in again.",
                "Reinstalling the client is the next step - done, please sign in.",
            ),
        ),
        Action(
            "start_od", "Start OneDrive",
            "Start OneDrive from the Start menu.",
            "signed_in",
            says=(
                "Click Start, type OneDrive and open it.",
                "Let's start OneDrive from the Start menu.",
                "Please launch OneDrive - search for it in Start.",
            ),
            results=(
                "Opened it",
                "It's starting",
                "cloud is back, asking for my email",
            ),
        ),
        Decision(
            "signed_in", "Sign in",
            "Can the user sign in to OneDrive with their work account?",
            (
                yes("sol_signed_in",
                    "yes signed in",
                    "that worked, it's syncing",
                    "logged in fine"),
                no("sol_account",
                   "it says my account isn't recognised",
                   "keeps asking for the password",
                   "no, error when signing in"),
            ),
            asks=(
                "Sign in with your work email - does it accept it?",
                "Can you log in to OneDrive with your work account?",
                "Does the sign-in go through?",
            ),
        ),
        Solution(
            "sol_signed_in", "OneDrive not running or signed out",
            "OneDrive was not running or was signed out. Once signed in it syncs; make sure it "
            "starts with Windows.",
            says=(
                "It just wasn't running. Now you're signed in it'll catch up; I've set it to "
                "start with Windows.",
                "Signed back in - sync will resume.",
            ),
        ),
        Solution(
            "sol_account", "Account or licence problem",
            "Sign-in to OneDrive fails: check the account's Microsoft 365 licence and "
            "sign-in status; escalate to the identity team.",
            says=(
                "That's an account problem, not OneDrive. I'm passing it to the identity team "
                "to check your licence and sign-in.",
                "Your account can't sign in to OneDrive - escalated to accounts.",
            ),
        ),
    ),
)

# --- 7. new starter account not working ---------------------------------------------------

NEW_STARTER = Flow(
    id="ho-new-starter",
    name="New starter cannot sign in or use their account",
    description=(
        "Use when a new employee cannot sign in to Windows on their first days, or signs in "
        "but email, MFA setup or access to shared drives and Teams does not work."
    ),
    domain="active_directory",
    keywords=(
        "new starter", "new joiner", "first day", "temporary password", "account disabled",
        "licence", "mfa", "authenticator", "security groups",
    ),
    teams=("service-desk", "onboarding"),
    summaries=(
        "New starter can't log in",
        "new joiner account not working",
        "It's my first day and I can't get in",
        "New employee having account issues",
        "first day - problems with my login",
        "new user account problem",
        "Started today, my account doesn't work properly",
        "Manager calling: new team member can't access anything",
        "New hire account issue",
        "onboarding - user cannot sign in",
    ),
    openers=(
        Opener((("root", "no"),), (
            "New starter can't sign in to Windows on their laptop",
            "first day, my password doesn't work on the laptop",
        )),
        Opener((("root", "yes"),), (
            "New starter can log in to the laptop but other things aren't working",
        )),
        Opener((("root", "yes"), ("m365_access", "mfa")), (
            "New joiner is stuck setting up the Authenticator app",
            "first day, can't get past the MFA setup",
        )),
        Opener((("root", "yes"), ("m365_access", "email")), (
            "New starter logged in fine but Outlook won't open their mailbox",
        )),
        Opener((("root", "no"), ("error_shown", "disabled")), (
            "New starter gets 'your account has been disabled' at the login screen",
        )),
    ),
    nodes=(
        Decision(
            "root", "Windows sign-in",
            "Can the new starter sign in to Windows on their laptop?",
            (
                yes("m365_access",
                    "yes, I'm logged into the laptop",
                    "windows is fine, it's the rest",
                    "yep I got in",
                    "I can get onto the laptop",
                    "yes"),
                no("error_shown",
                   "no, can't even log in",
                   "no, it won't let me in",
                   "stuck at the login screen",
                   "nope",
                   "the laptop rejects my password"),
            ),
            asks=(
                "First things first - can you get into the laptop itself?",
                "Are you able to log on to Windows?",
                "Can they sign in on the laptop at all?",
                "Does the Windows login work for you?",
            ),
            clarify=(
                ("what do you mean windows?",
                 "The first screen on the laptop where you type your password to get to the "
                 "desktop. Can you get past that?"),
            ),
        ),
        Decision(
            "error_shown", "Sign-in error",
            "What does the sign-in screen say?",
            (
                opt("password", "The password is incorrect", "temp_pw",
                    ("Password incorrect", "Wrong password", "Password rejected"),
                    "says the password is incorrect",
                    "wrong password",
                    "incorrect password, try again",
                    "it doesn't accept the password I was given"),
                opt("disabled", "Account disabled or locked", "start_date",
                    ("Account disabled", "Locked out", "Account locked"),
                    "your account has been disabled",
                    "account locked",
                    "says it's disabled, contact admin",
                    "referenced account is locked out"),
                opt("change", "Must change password, but the change fails", "sol_change_pw",
                    ("Password change fails", "Can't change password",
                     "Must change password error"),
                    "it asks me to change my password then errors",
                    "password change fails",
                    "says I must change it but won't accept the new one",
                    "change password screen, then an error"),
                opt("noserver", "No logon servers available / trust relationship",
                    "sol_first_login",
                    ("No logon servers", "Trust relationship error", "Can't reach domain"),
                    "there are currently no logon servers available",
                    "something about a trust relationship",
                    "can't contact the domain",
                    "no logon servers"),
            ),
            asks=(
                "What message do you get when you try to log in?",
                "What does the login screen tell you?",
                "Can you read out the error on the sign-in screen?",
            ),
        ),
        Decision(
            "temp_pw", "Temporary password expired",
            "Has the temporary password been used already or is it older than 7 days?",
            (
                yes("reset_pw",
                    "it was issued two weeks ago",
                    "yes, the letter is from last month",
                    "I think I used it already on the portal",
                    "yes it's old"),
                no("caps",
                   "no, I got it yesterday",
                   "it's brand new",
                   "no, first time using it"),
            ),
            asks=(
                "When was the temporary password issued - more than a week ago, or already used?",
                "Is the password you were given recent and unused?",
                "How old is the starter password?",
            ),
            clarify=(
                ("what's a temporary password?",
                 "The first password you got from your manager or in your welcome email. When "
                 "was it sent to you?"),
            ),
        ),
        Decision(
            "caps", "Caps Lock or keyboard layout",
            "Is Caps Lock on, or is the keyboard layout different (e.g. US instead of UK)?",
            (
                yes("sol_keyboard_layout",
                    "oh caps lock was on",
                    "the layout says ENG US",
                    "yes, the @ and \" are swapped",
                    "caps lock, how embarrassing"),
                no("reset_pw",
                   "no caps lock is off",
                   "layout is UK",
                   "no"),
            ),
            asks=(
                "Check Caps Lock, and the language in the bottom right of the login screen - "
                "anything odd?",
                "Could it be Caps Lock or the keyboard language?",
                "Is Caps Lock on, or is the keyboard set to a different language?",
            ),
        ),
        Solution(
            "sol_keyboard_layout", "Caps Lock or layout",
            "The password was typed with Caps Lock on or the wrong keyboard layout. Switch "
            "layout at the sign-in screen.",
            says=(
                "That's it - switch the layout in the bottom corner to UK and the password "
                "will work.",
                "Caps Lock was on. Try again with it off.",
            ),
        ),
        Action(
            "reset_pw", "Reset the temporary password",
            "Reset the temporary password with 'must change at next sign-in' and give it to "
            "the user via their manager.",
            "sol_reset_pw",
            says=(
                "I'm resetting your temporary password now and sending it to your manager; "
                "you'll be asked to change it when you log in.",
                "Let me set a new starter password. Your manager will pass it to you.",
            ),
            results=(
                "New temp password set, sent to manager",
                "password reset",
                "Reset done, user signed in with new one",
            ),
        ),
        Solution(
            "sol_reset_pw", "Temporary password reset",
            "The temporary password was expired or mistyped; a fresh one works.",
            says=(
                "The old temporary password had expired. The new one works and you've set your "
                "own.",
                "Sorted with a fresh temporary password.",
            ),
        ),
        Decision(
            "start_date", "Start date reached",
            "Is the start date in the HR system today or earlier?",
            (
                yes("sol_enable_account",
                    "yes, start date is today in workday",
                    "it's yesterday's date",
                    "yes, HR has today"),
                no("sol_start_date",
                   "HR has next Monday!",
                   "no, it's set for next month",
                   "start date is in the future"),
            ),
            asks=(
                "What start date does HR have for them - today or earlier?",
                "Can you check the HR record: has the start date arrived?",
                "Is their start date in the HR system today?",
            ),
        ),
        Solution(
            "sol_enable_account", "Enable the account",
            "Start date reached but the account is still disabled: the HR sync missed it. "
            "Enable the account and report it to the HR integration team.",
            says=(
                "The HR sync didn't enable the account. I've enabled it and reported it to the "
                "HR systems team.",
                "Account enabled manually - the automatic sync missed it.",
            ),
        ),
        Solution(
            "sol_start_date", "Wrong start date in HR",
            "The start date in HR is in the future, so the account is not active yet. HR "
            "corrects the date; enable the account temporarily meanwhile.",
            says=(
                "HR has the wrong start date, so the account is still dormant. I've asked HR "
                "to fix it and enabled you for now.",
                "Your account is set to start later. HR will correct it; I've switched it on "
                "temporarily.",
            ),
        ),
        Solution(
            "sol_change_pw", "Change password on the network",
            "The first password change needs a connection to the domain. Connect on site or "
            "via the pre-logon VPN, or change it at the self-service password page.",
            says=(
                "The password change needs the office network. Plug into the office network "
                "or use the self-service password page, then log in with the new one.",
                "Change it via the password website first, then sign in on the laptop.",
            ),
        ),
        Solution(
            "sol_first_login", "First sign-in needs the network",
            "A first sign-in cannot use cached credentials: sign in on site, on a cable, or "
            "with the pre-logon VPN.",
            says=(
                "The very first login has to happen on the office network. Plug in a network "
                "cable at the office and it'll work.",
                "First sign-in needs a connection to our servers - on site or via the pre-login "
                "VPN.",
            ),
        ),
        Decision(
            "m365_access", "What fails after sign-in",
            "What does not work after signing in to Windows?",
            (
                opt("email", "Outlook or email", "licence",
                    ("Email / Outlook", "Outlook won't open", "No mailbox"),
                    "Outlook won't open",
                    "no email",
                    "outlook says it can't find my mailbox",
                    "my emails"),
                opt("mfa", "MFA or Authenticator setup", "mfa",
                    ("MFA / Authenticator", "Security setup", "Verification"),
                    "the authenticator setup",
                    "it wants more information to secure my account",
                    "MFA",
                    "stuck on the phone verification thing"),
                opt("access", "Shared drives, Teams channels or apps", "groups",
                    ("Shared drives / Teams", "Team folders", "Missing access"),
                    "can't see the team drive",
                    "I'm not in the team's channels",
                    "no access to the shared folders",
                    "the finance app says access denied"),
            ),
            asks=(
                "So you're on the laptop - what isn't working?",
                "What's giving you trouble now you're logged in?",
                "Which part fails: email, the security (MFA) setup, or access to team stuff?",
            ),
        ),
        Decision(
            "licence", "Licence assigned",
            "Does the user have a Microsoft 365 licence assigned in the admin centre?",
            (
                yes("mailbox_wait",
                    "yes, E3 is assigned",
                    "licence is there",
                    "yes they have one"),
                no("sol_assign_licence",
                   "no licence at all",
                   "unlicensed",
                   "no, nothing assigned"),
            ),
            asks=(
                "In the admin centre, has a Microsoft 365 licence been assigned?",
                "Is there a licence on the account?",
                "Can you check if they've got an M365 licence?",
            ),
        ),
        Decision(
            "mailbox_wait", "Licence age",
            "Was the licence assigned more than an hour ago?",
            (
                yes("sol_mailbox_escalate",
                    "yes, three days ago",
                    "last week",
                    "yes, ages ago"),
                no("sol_wait_mailbox",
                   "no, 20 minutes ago",
                   "just now",
                   "no, this morning... actually half an hour ago"),
            ),
            asks=(
                "When was it assigned - more than an hour back?",
                "How long ago was the licence added?",
                "Was that licence assigned recently or a while ago?",
            ),
        ),
        Solution(
            "sol_mailbox_escalate", "Mailbox not provisioned",
            "Licensed for over an hour but no mailbox: escalate to the messaging team to "
            "check mailbox provisioning.",
            says=(
                "The mailbox should exist by now. I'm escalating to the messaging team to "
                "create it.",
                "Mailbox provisioning has failed - escalated.",
            ),
        ),
        Solution(
            "sol_wait_mailbox", "Mailbox still being created",
            "The licence was just assigned; the mailbox takes up to an hour. Try again later.",
            says=(
                "The mailbox is still being created - give it an hour and open Outlook again.",
                "Just wait a bit; new mailboxes take up to an hour.",
            ),
        ),
        Solution(
            "sol_assign_licence", "Assign a licence",
            "Assign the Microsoft 365 licence (add to the licence group for the role).",
            says=(
                "There's no licence - I've added you to the licence group. The mailbox will "
                "appear within the hour.",
                "Licence assigned.",
            ),
        ),
        Decision(
            "mfa", "Authenticator problem",
            "Which problem does the user have with the Authenticator setup?",
            (
                opt("qr", "Has the app, but registration or QR code fails", "sol_tap",
                    ("QR code fails", "Registration fails", "App won't add the account"),
                    "I've got the app but the QR code won't scan",
                    "the registration fails",
                    "it says something went wrong when adding the account",
                    "app installed, can't add work account"),
                opt("nophone", "No smartphone, or won't use a personal phone", "sol_token",
                    ("No smartphone", "Won't use personal phone", "No work phone"),
                    "I don't have a smartphone",
                    "I don't want it on my personal phone",
                    "no work phone yet",
                    "my phone is too old for the app"),
                opt("loop", "The prompt keeps looping", "sol_reset_mfa",
                    ("Keeps looping", "Asks again and again", "Setup loop"),
                    "it keeps asking for more information over and over",
                    "goes round in circles",
                    "finished setup but it asks again",
                    "loop"),
            ),
            asks=(
                "What's going wrong with the Authenticator bit?",
                "Where does the MFA setup fail for you?",
                "Tell me what happens with the security setup.",
            ),
        ),
        Solution(
            "sol_tap", "Temporary Access Pass",
            "Issue a Temporary Access Pass so the user can register Authenticator at "
            "https://aka.ms/mysecurityinfo.",
            says=(
                "I'll give you a Temporary Access Pass - sign in with it at My Security Info and "
                "add the app from there.",
                "Use the one-time pass I've sent to register the Authenticator app.",
            ),
        ),
        Solution(
            "sol_token", "Hardware token",
            "Issue a hardware OATH token (or FIDO2 key) instead of the app.",
            says=(
                "No problem, we'll give you a hardware token instead. Collect it from the IT "
                "desk.",
                "I'll issue a security key so you don't need a phone.",
            ),
        ),
        Solution(
            "sol_reset_mfa", "Reset MFA methods",
            "Delete the user's registered authentication methods and require re-registration.",
            says=(
                "I've cleared your registered methods - sign in again and set up the app once.",
                "Your MFA registration got stuck; reset it and re-register.",
            ),
        ),
        Decision(
            "groups", "Security groups",
            "Was the user added to the security groups of their role (copied from a colleague "
            "or the manager's request)?",
            (
                yes("sol_relogon",
                    "yes, added this morning",
                    "groups look right",
                    "yes same as their colleague"),
                no("sol_add_groups",
                   "no groups at all apart from all staff",
                   "not added",
                   "the request was never done"),
            ),
            asks=(
                "Can you check their group memberships match their role?",
                "Have they been added to the right groups?",
                "Is the account in the team's security groups?",
            ),
        ),
        Solution(
            "sol_relogon", "Sign out and in again",
            "Groups were added after sign-in: sign out and back in (or restart) so the new "
            "memberships apply.",
            says=(
                "The groups were added after you logged in. Sign out and back in and it'll "
                "appear.",
                "Restart your laptop - the new access takes effect at the next sign-in.",
            ),
        ),
        Solution(
            "sol_add_groups", "Add to groups",
            "Add the user to the role's security groups after the manager approves.",
            says=(
                "You weren't in the groups. Once your manager approves I'll add you.",
                "Added you to the team groups - sign out and back in.",
            ),
        ),
    ),
)

FLOWS = (
    LAPTOP_BOOT,
    DOCK_MONITOR,
    WIRELESS_INPUT,
    SLOW_PC,
    DISK_FULL,
    ONEDRIVE_SYNC,
    NEW_STARTER,
)

# --- shared wordings ----------------------------------------------------------------------

# How agents start a question now and then.
LEAD_INS = (
    "Okay. ", "Thanks. ", "Got it. ", "Right, ", "Thanks for that. ", "Understood. ",
    "Alright, next: ", "Cheers. ", "OK, ", "Great, thanks. ",
)

# When the user asks for clarification in general words.
GENERIC_CLARIFY_ASKS = (
    "sorry what do you mean?",
    "not sure I follow",
    "how do I check that?",
    "can you explain?",
    "what?",
    "how would I know that",
    "I'm not very technical, sorry - what am I looking for?",
    "where do I find that",
)

# An agent's way into a reworded question after a generic clarification.
GENERIC_CLARIFY_LEADS = (
    "No worries. ",
    "Sure - ",
    "Let me put it another way: ",
    "Of course. ",
    "Sorry, I should be clearer. ",
)

# Remarks that answer nothing; the question is asked again afterwards.
HOLD_REMARKS = (
    "one sec, let me look",
    "hang on",
    "give me a minute",
    "checking...",
    "hold on, someone is at my desk",
    "ok let me check",
)

# Follow-ups from agents after a hold.
HOLD_FOLLOW_UPS = (
    "No rush. ",
    "Whenever you're ready: ",
    "Thanks for checking. ",
    "",
)

# Things users say at the end.
THANKS = (
    "thanks!",
    "brilliant, thank you",
    "ok thanks, that worked",
    "cheers",
    "great, thanks for your help",
    "thank you so much",
)

# Users acknowledging an action without details.
ACKS = (
    "ok done",
    "done",
    "did that",
    "ok, that's done now",
    "right, done it",
)

# Padding verbose users add.
VERBOSE_TAILS = (
    " if that helps",
    " - sorry, I'm not very techy",
    " I think",
    ", as far as I can tell",
    " (just checked again to be sure)",
)
