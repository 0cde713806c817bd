"""Two flows about the laptop's own hardware: a laptop that runs hot, has a loud or noisy fan,
or switches itself off from the heat; and a touchpad or touchscreen that does not respond,
jumps about or lands touches in the wrong place.

Both are about the same machine, with Device Manager, drivers, settings and a deskside
repair in common, so they must be told apart. Written by hand from general service-desk
practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "deskside")

# --- heat and fan -----------------------------------------------------------------------

HEAT = Flow(
    id="f2-overheat",
    name="Laptop overheating, loud fan or switching off from heat",
    description=(
        "The laptop gets too hot to touch, the fan roars or never stops, the fan grinds or "
        "rattles, or the laptop turns itself off when it gets hot. Covers soft surfaces and "
        "blocked vents, background processes keeping the processor busy, the power mode, a "
        "closed lid on a dock, firmware and thermal drivers, the built-in fan test and a "
        "deskside clean or fan replacement."
    ),
    domain="hardware",
    keywords=(
        "overheating", "laptop hot", "fan noise", "loud fan", "fan always on", "thermal",
        "shuts down when hot", "grinding fan", "cpu usage", "vents",
    ),
    teams=TEAMS,
    summaries=(
        "Laptop heat / fan problem",
        "my laptop is running really hot",
        "Problem with the fan on my laptop",
        "laptop fan and temperature issue",
        "Work laptop overheating?",
        "Something's up with my laptop's fan",
    ),
    openers=(
        Opener((("root", "hot"),), (
            "My laptop is getting really hot underneath",
            "laptop's too hot to keep on my knees",
            "The keyboard area of my laptop gets very warm, almost too hot to touch",
        )),
        Opener((("root", "loud"),), (
            "The fan on my laptop never stops whirring",
            "laptop fan is so loud people in meetings can hear it",
            "fan sounds like a hairdryer",
        )),
        Opener((("root", "shutdown"),), (
            "my laptop keeps switching itself off",
            "Laptop just turned off by itself again, no warning",
        )),
        Opener((("root", "noise"),), (
            "There's a grinding noise coming from the fan",
            "my laptop makes a rattling sound from the side vent",
        )),
        Opener((("root", "hot"), ("surface", "yes")), (
            "laptop gets super hot when I use it on the sofa",
            "It overheats when I work with it on my bed",
        )),
        Opener((("root", "loud"), ("fan_when", "docked")), (
            "the fan only goes crazy when the laptop is on the docking station",
        )),
    ),
    hints=(
        Opener((("vents_blocked", "yes"),), (
            "Laptop is running hot and I can see fluff in the vents",
        )),
        Opener((("process_kind", "browser"),), (
            "my laptop is struggling and Task Manager shows Chrome eating the CPU",
        )),
        Opener((("power_mode", "yes"),), (
            "my fan is loud whenever I work, and I set the power mode to best performance a "
            "while ago",
        )),
        Opener((("lid_closed", "yes"),), (
            "Loud fan when I'm docked, I keep the laptop closed under the monitor",
        )),
    ),
    nodes=(
        Decision(
            "root", "Heat or fan symptom",
            "Which of these best describes the heat or fan problem?",
            (
                opt("hot", "Laptop gets very hot to the touch", "surface",
                    ("Too hot to touch", "Running very hot"),
                    "it's really hot",
                    "the bottom gets boiling hot",
                    "it's too hot to touch near the hinge"),
                opt("loud", "Fan is loud or runs all the time", "fan_when",
                    ("Fan loud / always on", "Noisy fan, constantly spinning"),
                    "the fan is super loud",
                    "fan never stops",
                    "it's whirring non-stop"),
                opt("shutdown", "Laptop switches itself off", "shutdown_hot",
                    ("Turns itself off", "Shuts down on its own"),
                    "it just turns off",
                    "it switches off without warning",
                    "it dies by itself mid-work"),
                opt("noise", "Fan grinds, rattles or clicks", "act_run_diag",
                    ("Grinding / rattling", "Odd fan noise"),
                    "it grinds",
                    "there's a rattle from the fan",
                    "a clicking noise that comes and goes from the vent"),
            ),
            (
                "What's it doing - running hot, fan noise, or switching off?",
                "Tell me which one fits best: heat, a loud fan, an odd noise, or it turning off.",
                "What are you noticing exactly?",
                "Which is the main problem you're having?",
            ),
            (
                ("what's the difference between loud and odd noise?",
                 "Loud means a normal fan whoosh that's just too strong or never stops; an odd "
                 "noise is grinding, rattling or clicking, like something's catching. Which is "
                 "it, or is it heat or switching off?"),
            ),
        ),
        Decision(
            "surface", "Soft surface",
            "Is the laptop usually resting on a soft surface such as a bed, sofa, cushion or "
            "lap when it gets hot?",
            (
                told(yes("act_hard_surface",
                         "yes, usually on my lap",
                         "yeah, I work from the sofa a lot",
                         "yes it's on a cushion most of the time"),
                     "I mostly use it on my lap", "it's normally on the sofa with me"),
                told(no("vents_blocked",
                        "no, it's on a desk",
                        "nope, always on the table",
                        "no, it sits on a hard desk"),
                     "it's always on a desk"),
            ),
            (
                "Where does it sit while you work - is it on something soft, like your lap or "
                "a cushion?",
                "Is it on a bed, sofa or your lap when it heats up?",
                "Do you tend to use it on something soft when this happens?",
            ),
            (
                ("why does that matter?",
                 "Soft things cover the air intakes underneath, so the heat can't get out. "
                 "So is it on your lap, a bed, a sofa or a cushion when it gets hot?"),
            ),
        ),
        Action(
            "act_hard_surface", "Move to a hard, flat surface",
            "Put the laptop on a hard, flat surface (a desk or a tray) with nothing under or "
            "beside the vents, and keep using it normally for ten minutes.",
            "still_hot",
            (
                "Let's give it some air: pop it on a desk or a tray, nothing covering the "
                "underside, and carry on working for about ten minutes.",
                "Could you move it onto a table, flat, with the vents clear, and use it as "
                "normal for ten minutes or so?",
            ),
            (
                "Moved to the desk, used for ten minutes",
                "On a tray now, vents clear",
            ),
        ),
        Decision(
            "vents_blocked", "Vents blocked",
            "Are the air vents on the sides or underneath clogged with dust or covered by a "
            "case, sleeve or stand?",
            (
                told(yes("act_clear_vents",
                         "yes, there's a lot of fluff in there",
                         "yeah the cover blocks the vent",
                         "yes, dusty"),
                     "the vents are full of dust", "it's in a hard case that covers the vents"),
                told(no("high_cpu",
                        "no, they look clean",
                        "nothing blocking them",
                        "no, they're clear"),
                     "the vents look clean"),
            ),
            (
                "Have a look at the grilles on the side and underneath - any dust, or anything "
                "covering them?",
                "Are the vents dusty or covered by a case or a stand?",
                "Can you see fluff in the vents, or is a cover sitting over them?",
            ),
            (
                ("where are the vents?",
                 "They're the slotted grilles, usually on the left or right edge and along the "
                 "bottom near the back. Is there dust in them or is something covering them?"),
            ),
        ),
        Action(
            "act_clear_vents", "Clear the vents",
            "Shut the laptop down, remove any case or sleeve covering the vents and blow the "
            "dust out of the grilles with short bursts of compressed air (no vacuum cleaner), "
            "then start it and use it for ten minutes.",
            "still_hot",
            (
                "Shut it down, take off whatever's covering the vents, and give the grilles a "
                "few short puffs of compressed air - not a hoover. Then start it up and use it "
                "for ten minutes.",
                "Could you power it off, clear the vents (take the case off, blow the dust out "
                "with a can of air) and run it for ten minutes?",
            ),
            (
                "Case removed, dust blown out of the vents",
                "Vents cleared with compressed air, laptop back on",
            ),
        ),
        Decision(
            "still_hot", "Still hot after airflow fix",
            "After ten minutes with the vents clear and on a hard surface, is the laptop still "
            "uncomfortably hot?",
            (
                yes("high_cpu",
                    "yes, still roasting",
                    "yeah, no real difference",
                    "still too hot"),
                no("sol_airflow",
                   "no, it's much cooler",
                   "nope, feels normal now",
                   "no, it's fine now"),
            ),
            (
                "How does it feel now - still too hot?",
                "Is it still getting hot now the air can get in and out?",
                "Still running hot after that?",
            ),
        ),
        Decision(
            "high_cpu", "Busy processor",
            "In Task Manager, is one process using a large share of the CPU (over about 30%) "
            "while you are not doing anything?",
            (
                told(yes("process_kind",
                         "yes, one thing is at the top using loads",
                         "yeah, something's at 40 percent",
                         "yes, one process is hogging it"),
                     "Task Manager shows one thing using loads of CPU"),
                told(no("act_update_firmware",
                        "no, everything's low",
                        "nope, CPU is only a few percent",
                        "no, nothing stands out"),
                     "CPU is low in Task Manager"),
            ),
            (
                "Can you open Task Manager (Ctrl+Shift+Esc) and sort by CPU - is something "
                "using a lot while you're idle?",
                "With nothing open that you're working on, does one process sit high on the CPU "
                "column in Task Manager?",
                "Is anything hogging the processor in Task Manager when you're not doing much?",
            ),
            (
                ("how do I sort it?",
                 "In Task Manager, on the Processes tab, click the CPU column header once so "
                 "the busiest is on top. Is the top one using more than about a third?"),
                ("what counts as a lot?",
                 "Anything over roughly 30% that stays there while you're not doing anything. "
                 "Is there one like that?"),
            ),
        ),
        Decision(
            "process_kind", "Which process",
            "Which process is using the CPU?",
            (
                opt("browser", "The web browser", "act_browser_tabs",
                    ("Browser (Chrome / Edge)", "Web browser"),
                    "it's Chrome",
                    "Edge, with about 30 tabs",
                    "the browser"),
                opt("indexing", "Search indexing or the backup agent", "sol_indexing",
                    ("Search indexer / backup", "Indexing or backup"),
                    "something called SearchIndexer",
                    "it's the backup thing",
                    "Microsoft Windows Search Indexer"),
                opt("unknown", "Something not recognised", "sol_escalate_process",
                    ("Something I don't recognise", "Unknown process"),
                    "no idea what it is",
                    "a weird name I've never seen",
                    "something with random letters"),
            ),
            (
                "What's the name of the one at the top?",
                "Which one is it - your browser, search indexing or backup, or something you "
                "don't recognise?",
                "What does it say the busy process is?",
            ),
        ),
        Action(
            "act_browser_tabs", "Trim the browser",
            "Close tabs that are not needed, open the browser's own task manager (Shift+Esc) "
            "and end any tab or extension using a lot of CPU, then keep the browser to a "
            "handful of tabs.",
            "sol_browser",
            (
                "Close the tabs you don't need, then press Shift+Esc in the browser - it has "
                "its own task manager - and end anything near the top.",
                "In the browser, press Shift+Esc, end the tabs or extensions using the most "
                "CPU, and close the ones you're not using.",
            ),
            (
                "Closed 20-odd tabs, ended a video tab using 25%",
                "Ended a busy extension and closed spare tabs; CPU dropped",
            ),
        ),
        Decision(
            "fan_when", "When the fan is loud",
            "When is the fan loud: all the time even when idle, only under heavy work, or "
            "mainly when the laptop is docked?",
            (
                opt("idle", "All the time, even when idle", "high_cpu",
                    ("Always, even idle", "All the time"),
                    "all the time",
                    "even when I'm doing nothing",
                    "constantly, even on the lock screen"),
                told(opt("heavy", "Only during heavy work", "power_mode",
                         ("Only under heavy use", "When I'm working hard"),
                         "only when I'm on calls or in big spreadsheets",
                         "when I've got loads open",
                         "just when it's busy"),
                     "it's only loud when I've got video calls or big files going"),
                told(opt("docked", "Mainly when docked", "lid_closed",
                         ("When docked", "On the docking station"),
                         "when it's on the dock",
                         "mostly when plugged into the dock at my desk",
                         "only at the desk with the dock"),
                     "it's mostly when it's on the dock"),
            ),
            (
                "Is it loud all the time, only when you're working it hard, or mostly when "
                "it's docked?",
                "When do you notice the fan most?",
                "Does the noise happen constantly, just under load, or mainly on the dock?",
            ),
        ),
        Decision(
            "power_mode", "Best performance mode",
            "Is the Windows power mode set to Best performance?",
            (
                told(yes("act_set_balanced",
                         "yes, it's on best performance",
                         "yeah, slider's all the way right",
                         "yes"),
                     "I've got the power mode on best performance"),
                no("act_update_firmware",
                   "no, it's balanced",
                   "nope, recommended",
                   "no, I never changed it"),
            ),
            (
                "In Settings > System > Power, what's the power mode - is it on Best "
                "performance?",
                "Has the power mode been set to Best performance?",
                "Is the power slider pushed all the way to best performance?",
            ),
            (
                ("where do I find that?",
                 "Settings, then System, then Power & battery - there's a Power mode drop-down. "
                 "Does it say Best performance?"),
            ),
        ),
        Action(
            "act_set_balanced", "Set balanced power mode",
            "Set the power mode to Balanced (Recommended) for both on battery and plugged in, "
            "and keep it there.",
            "sol_power_mode",
            (
                "Set it back to Balanced, please - in Settings > System > Power, for both on "
                "battery and plugged in.",
                "Let's put the power mode back to Recommended / Balanced and leave it there.",
            ),
            (
                "Power mode changed to Balanced",
                "Set to Recommended on battery and on mains",
            ),
        ),
        Decision(
            "lid_closed", "Lid closed on the dock",
            "When docked, is the laptop's lid closed with the laptop lying flat?",
            (
                told(yes("act_open_lid",
                         "yes, it's shut under the monitor",
                         "yeah, closed and flat on the desk",
                         "yes, lid down"),
                     "I keep it closed when it's docked"),
                told(no("act_update_firmware",
                        "no, it's open",
                        "nope, it's on a stand with the lid up",
                        "no, I use its screen too"),
                     "the lid is open when it's docked"),
            ),
            (
                "On the dock, do you keep the lid shut with the laptop lying flat?",
                "Is it closed and flat on the desk when it's docked?",
                "When it's plugged into the dock, is the lid down?",
            ),
        ),
        Action(
            "act_open_lid", "Stand it with the lid open",
            "Open the lid, or stand the laptop on its edge in a vertical stand, so the "
            "keyboard area can vent heat while docked.",
            "sol_lid_open",
            (
                "Try opening the lid a bit while it's docked, or put it in a vertical stand - "
                "a lot of the heat comes out through the keyboard.",
                "Could you open the lid while docked (you can set the laptop screen to not "
                "be used) or stand it upright?",
            ),
            (
                "Lid opened on the dock, laptop screen disabled in display settings",
                "Laptop now in a vertical stand",
            ),
        ),
        Action(
            "act_update_firmware", "Update firmware and thermal drivers",
            "Run the manufacturer's update tool from Software Center and install the BIOS, "
            "chipset and thermal/power management updates it offers, then restart.",
            "fan_after_fw",
            (
                "Open Software Center, run the manufacturer's update tool and install what it "
                "offers for BIOS, chipset and thermal management, then restart.",
                "Let's get the firmware up to date: run the vendor update tool from Software "
                "Center, install the BIOS and thermal driver updates, and restart.",
            ),
            (
                "BIOS and thermal driver updated, restarted",
                "Update tool installed 3 updates including BIOS, rebooted",
            ),
            fails=(
                "Update tool found the BIOS update but it failed to install",
                "Updates installed but nothing changed after the restart",
            ),
            fails_then="no",
        ),
        Decision(
            "fan_after_fw", "Normal after firmware",
            "Since the firmware update and restart, is the laptop back to a normal temperature "
            "and fan level?",
            (
                yes("sol_firmware",
                    "yes, it's much quieter",
                    "yeah, back to normal",
                    "yes, cooler now"),
                no("sol_deskside_clean",
                   "no, still the same",
                   "nope, no change",
                   "no, still hot and loud"),
            ),
            (
                "Now that it's restarted, has the heat and fan settled down?",
                "Is it running cooler and quieter since the update?",
                "Any better since the restart?",
            ),
        ),
        Decision(
            "shutdown_hot", "Hot before switching off",
            "Does the laptop feel very hot just before it switches itself off?",
            (
                told(yes("vents_blocked",
                         "yes, it's boiling right before",
                         "yeah, really hot every time",
                         "yes, and the fan is going flat out"),
                     "it's always really hot just before it turns off"),
                told(no("sol_not_thermal",
                        "no, it's not hot at all",
                        "nope, cool when it happens",
                        "no, it happens even first thing in the morning"),
                     "it's not hot when it turns off"),
            ),
            (
                "Right before it turns off, is it really hot?",
                "Just before it shuts down, does it feel very warm?",
                "Is it hot to the touch when it switches off?",
            ),
        ),
        Action(
            "act_run_diag", "Run the fan test",
            "Restart and run the manufacturer's built-in hardware diagnostics (F12 at start-up "
            "or the pre-boot diagnostics) and run the fan test.",
            "diag_result",
            (
                "Let's test the fan: restart, tap F12 when the logo shows, choose Diagnostics "
                "and let the fan test run.",
                "Could you restart into the built-in diagnostics (F12 at the logo) and run the "
                "fan check? It takes a couple of minutes.",
            ),
            (
                "Diagnostics fan test run",
                "Pre-boot diagnostics completed",
            ),
        ),
        Decision(
            "diag_result", "Fan test result",
            "Did the built-in diagnostics report a fan error or failure?",
            (
                yes("sol_fan_replace",
                    "yes, it failed the fan test",
                    "yeah, there's an error code for the fan",
                    "yes, fan failure"),
                no("sol_no_fault_found",
                   "no, everything passed",
                   "nope, all green",
                   "no errors"),
            ),
            (
                "What did the diagnostics say - any fan error?",
                "Did the fan test come back with a failure?",
                "Was there an error for the fan at the end?",
            ),
        ),
        Solution(
            "sol_airflow", "Blocked airflow",
            "The laptop was overheating because its air intakes were blocked (soft surface, "
            "dust or a case). Use it on a hard surface with the vents clear; a lap tray helps.",
            (
                "That's the cause - it just couldn't breathe. Keep it on a hard surface with the "
                "vents clear (a lap tray works if you're on the sofa).",
                "Airflow was blocked; keeping the vents clear and the laptop on a hard surface "
                "fixed it.",
            ),
        ),
        Solution(
            "sol_browser", "Browser load",
            "Too many tabs or a busy tab or extension kept the processor working. Close unused "
            "tabs and remove the heavy extension; the fan settles when the CPU drops.",
            (
                "The browser was keeping the processor busy. Keep the tabs down and leave that "
                "extension off, and the fan should stay quiet.",
                "Browser tabs/extension were loading the CPU; trimmed them and the heat dropped.",
            ),
        ),
        Solution(
            "sol_indexing", "Background indexing or backup",
            "Search indexing or the backup agent is doing a first full pass, which keeps the "
            "processor busy for a while. Leave the laptop on the charger and awake overnight to "
            "let it finish; it quietens down afterwards.",
            (
                "That's search indexing / the backup doing its first full run. Leave it plugged "
                "in and awake overnight and it'll finish and calm down.",
                "Background indexing/backup catching up; left on overnight to complete.",
            ),
        ),
        Solution(
            "sol_escalate_process", "Unknown busy process",
            "An unrecognised process is using the processor. Do not end or delete it; the "
            "ticket goes to the endpoint security team to check it.",
            (
                "I'm not going to guess at that one - I'm passing it to the endpoint security "
                "team to look at. Please leave it running and don't delete anything.",
                "Unrecognised process using high CPU; escalated to endpoint security.",
            ),
        ),
        Solution(
            "sol_power_mode", "Best performance power mode",
            "The power mode was on Best performance, which runs the processor hot and the fan "
            "loud. Balanced keeps it quieter with little difference in speed.",
            (
                "Best performance keeps the processor flat out, so the fan has to work hard. "
                "Balanced is the right setting for day-to-day work.",
                "Power mode was Best performance; set to Balanced.",
            ),
        ),
        Solution(
            "sol_lid_open", "Closed lid on the dock",
            "With the lid closed and flat on the desk the laptop traps its own heat. Dock it "
            "with the lid open or in a vertical stand.",
            (
                "Closed and flat, it can't get rid of the heat. Keep the lid open on the dock "
                "or use a vertical stand and the fan will calm down.",
                "Laptop was docked closed and flat; now docked open / upright.",
            ),
        ),
        Solution(
            "sol_firmware", "Firmware and thermal driver",
            "Outdated BIOS or thermal management drivers were running the fan badly. The "
            "manufacturer's updates fixed it.",
            (
                "The BIOS and thermal driver updates sorted the fan control. You're all set.",
                "BIOS/thermal driver update fixed the fan behaviour.",
            ),
        ),
        Solution(
            "sol_deskside_clean", "Internal clean or thermal service",
            "The heat is not caused by anything in software or settings. Deskside will take the "
            "laptop in to clean the fan and heatsink inside and renew the thermal paste, with a "
            "loan laptop meanwhile.",
            (
                "It needs looking at inside - dust on the heatsink or old thermal paste. I'm "
                "booking deskside to swap you onto a loan laptop while they service it.",
                "Booked deskside for an internal clean/thermal service; loan laptop issued.",
            ),
        ),
        Solution(
            "sol_fan_replace", "Failed fan",
            "The fan failed the hardware test. Deskside replaces it under warranty; back up "
            "anything stored only on the laptop first.",
            (
                "The fan's failing, so it needs replacing - I've raised a warranty repair with "
                "deskside. Save anything that's only on the laptop before they collect it.",
                "Fan failed diagnostics; warranty fan replacement booked.",
            ),
        ),
        Solution(
            "sol_no_fault_found", "Fan passes the test",
            "The fan passed the diagnostics, so there is no fault to repair now. Deskside will "
            "listen to it in person if the noise keeps coming back.",
            (
                "The fan passes, so there's nothing to replace right now. If the noise comes "
                "back, reply to this ticket and deskside will come and listen to it.",
                "Fan test passed; no fault found. Deskside to check in person if it recurs.",
            ),
        ),
        Solution(
            "sol_not_thermal", "Shutdowns not from heat",
            "The laptop turns off while cool, so heat is not the cause. Deskside runs full "
            "hardware diagnostics and reads the system event log for power events.",
            (
                "If it's cool when it happens, it's not the heat. I'm booking deskside to run "
                "full diagnostics and check the event logs.",
                "Unexpected shutdowns when cool; full hardware diagnostics booked with deskside.",
            ),
        ),
    ),
)

# --- touchpad and touchscreen -------------------------------------------------------------

TOUCH = Flow(
    id="f2-touch-input",
    name="Touchpad or touchscreen not working properly",
    description=(
        "The touchpad does not move the pointer, the pointer jumps or clicks by itself, "
        "scrolling and gestures stop working, or the touchscreen ignores touches, reacts on "
        "its own or lands touches in the wrong place. Covers the touchpad key, the setting "
        "that turns the touchpad off with a mouse, Device Manager and the driver, gestures, "
        "palm rejection, the touch device, and touch mapping with a second screen."
    ),
    domain="hardware",
    keywords=(
        "touchpad", "trackpad", "touchscreen", "cursor not moving", "pointer jumping",
        "two finger scroll", "gestures", "touch not working", "ghost touches", "calibrate",
    ),
    teams=TEAMS,
    summaries=(
        "Touchpad / touchscreen issue",
        "problem with the touch on my laptop",
        "My laptop's touch input isn't working right",
        "need help with my trackpad or screen touch",
        "touch problem on work laptop",
    ),
    openers=(
        Opener((("root", "pad_dead"),), (
            "My touchpad has stopped working completely",
            "trackpad does nothing, the cursor won't move",
            "The mouse pad on my laptop is dead",
        )),
        Opener((("root", "pad_erratic"),), (
            "the touchpad isn't behaving itself",
            "My trackpad is acting weird",
        )),
        Opener((("root", "screen"),), (
            "The touchscreen on my laptop isn't working",
            "touch screen is playing up",
            "Screen doesn't respond when I touch it",
        )),
        Opener((("root", "pad_dead"), ("fn_toggle", "no")), (
            "touchpad is dead and I've already tried the function key for it",
        )),
    ),
    hints=(
        Opener((("mouse_attached", "yes"),), (
            "The touchpad stopped working - I do have a USB mouse plugged in as well",
        )),
        Opener((("palm_jumpy", "yes"),), (
            "my cursor keeps jumping while I type",
        )),
        Opener((("external_display", "yes"),), (
            "When I tap the laptop screen, the touch shows up on my other monitor",
        )),
        Opener((("ts_worked", "no"),), (
            "I don't think the touchscreen on this laptop has ever worked",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which touch input",
            "Which touch input is not working: the touchpad not moving the pointer, the "
            "touchpad misbehaving, or the touchscreen?",
            (
                opt("pad_dead", "Touchpad does nothing", "fn_toggle",
                    ("Touchpad dead", "Pointer won't move"),
                    "the touchpad doesn't do anything",
                    "cursor won't move at all",
                    "trackpad's completely dead"),
                opt("pad_erratic", "Touchpad works but misbehaves", "gesture_only",
                    ("Touchpad acting up", "Pointer jumpy / gestures broken"),
                    "it works but not properly",
                    "the touchpad's playing up",
                    "it works but it's misbehaving"),
                opt("screen", "Touchscreen", "ts_worked",
                    ("Touchscreen", "Screen touch"),
                    "the screen",
                    "it's the touchscreen",
                    "touching the display"),
            ),
            (
                "Is it the touchpad or the touchscreen - and if it's the touchpad, is it dead "
                "or just misbehaving?",
                "Which bit's giving you trouble?",
                "Tell me a bit more: touchpad not responding, touchpad playing up, or the "
                "touchscreen?",
            ),
            (
                ("what's the difference?",
                 "The touchpad is the flat pad below the keyboard; the touchscreen is tapping "
                 "the display itself. Is the touchpad dead, is it misbehaving, or is it the "
                 "screen?"),
            ),
        ),
        Decision(
            "fn_toggle", "Touchpad key",
            "Does pressing the touchpad key (Fn with the key showing a touchpad symbol) bring "
            "the pointer back?",
            (
                yes("sol_fn_key",
                    "oh yes, that's done it",
                    "yes! it's moving",
                    "yeah that fixed it"),
                told(no("mouse_attached",
                        "no, nothing",
                        "tried it, no change",
                        "no, still dead"),
                     "I've tried the function key for the touchpad, it doesn't help"),
            ),
            (
                "Along the top row there's usually a key with a little touchpad picture - if "
                "you press it (maybe with Fn), does the pointer come back?",
                "Try Fn plus the key with the touchpad icon. Does that wake it up?",
                "If you press the touchpad on/off key, does the cursor start moving?",
            ),
            (
                ("I can't see that key",
                 "It's often F6 or F9 with a small rectangle and a line through it, or a "
                 "double-tap in the top-left corner of the pad on some models. If you press it, "
                 "does the pointer move?"),
            ),
        ),
        Decision(
            "mouse_attached", "Mouse connected",
            "Is an external mouse plugged in or paired with the laptop?",
            (
                told(yes("act_leave_on",
                         "yes, a USB one",
                         "yeah, my wireless mouse",
                         "yes, there's a mouse on the dock"),
                     "I've got a mouse plugged in too"),
                told(no("device_manager",
                        "no mouse",
                        "nope, just the touchpad",
                        "no, nothing else connected"),
                     "I don't have a mouse connected"),
            ),
            (
                "Have you got a separate mouse connected at the moment?",
                "Is there a mouse plugged in, or a wireless one paired?",
                "Any external mouse attached right now?",
            ),
        ),
        Action(
            "act_leave_on", "Keep touchpad on with a mouse",
            "Use the mouse to open Settings > Bluetooth & devices > Touchpad, switch the "
            "touchpad on and tick 'Leave touchpad on when a mouse is connected'.",
            "tp_back",
            (
                "Using the mouse, go to Settings > Bluetooth & devices > Touchpad, make sure "
                "it's switched on and tick 'Leave touchpad on when a mouse is connected'.",
                "There's a setting that turns the pad off when a mouse is in: Settings, "
                "Bluetooth & devices, Touchpad - switch it on and tick the box about the mouse.",
            ),
            (
                "Touchpad toggle was off; switched on, 'leave on with mouse' ticked",
                "Setting changed in Touchpad settings",
            ),
        ),
        Decision(
            "device_manager", "Touchpad in Device Manager",
            "How is the touchpad listed in Device Manager?",
            (
                opt("listed_ok", "Listed with no warning", "act_reinstall_driver",
                    ("Listed, looks fine", "There, no warning"),
                    "it's there and looks normal",
                    "it's listed, no yellow sign",
                    "there's a touchpad entry, nothing wrong with it"),
                opt("warning", "Warning sign or disabled", "act_enable_device",
                    ("Warning / disabled", "Yellow triangle or arrow"),
                    "there's a yellow triangle",
                    "it has a little down arrow on it",
                    "says disabled"),
                opt("missing", "Not listed at all", "sol_hardware_repair",
                    ("Not there", "Missing"),
                    "I can't find it",
                    "nothing about a touchpad",
                    "it's not in the list"),
            ),
            (
                "Right-click Start, open Device Manager and look under Mice and other pointing "
                "devices (and Human Interface Devices). Is the touchpad there, and does it show "
                "any warning?",
                "In Device Manager, can you see the touchpad - and is there a yellow sign or "
                "down arrow on it?",
                "What does Device Manager show for the touchpad?",
            ),
            (
                ("what's it called in there?",
                 "Usually 'HID-compliant touch pad', 'Precision touchpad' or the maker's name "
                 "(Synaptics, ELAN). Is it listed fine, listed with a warning, or missing?"),
            ),
        ),
        Action(
            "act_enable_device", "Enable the touchpad device",
            "In Device Manager, right-click the touchpad and choose Enable device; if it has "
            "a yellow warning, choose Uninstall device and restart so Windows reinstalls it.",
            "tp_back",
            (
                "Right-click the touchpad in Device Manager and pick Enable device. If it's got "
                "the yellow triangle, uninstall it instead and restart.",
                "Let's enable it: right-click > Enable device (or Uninstall device and restart "
                "if there's a warning triangle).",
            ),
            (
                "Device was disabled; enabled it",
                "Uninstalled the touchpad device with the warning and restarted",
            ),
        ),
        Action(
            "act_reinstall_driver", "Reinstall the touchpad driver",
            "Install the touchpad driver from the manufacturer's update tool in Software "
            "Center, or uninstall the touchpad device and restart so it reinstalls.",
            "tp_back",
            (
                "Let's refresh the driver: run the manufacturer's update tool from Software "
                "Center and install the touchpad driver, then restart.",
                "Could you uninstall the touchpad from Device Manager (tick delete the driver "
                "if offered) and restart? Windows puts it back fresh.",
            ),
            (
                "Touchpad driver reinstalled, restarted",
                "Vendor update tool installed a new touchpad driver",
            ),
            fails=(
                "Driver reinstalled and restarted, the pad still doesn't behave",
                "Update tool said the driver is already current; reinstalled anyway, no change",
            ),
            fails_then="no",
        ),
        Decision(
            "tp_back", "Touchpad normal",
            "Is the touchpad working normally now?",
            (
                yes("sol_tp_restored",
                    "yes, all good",
                    "yeah it's working",
                    "yes, behaving now"),
                no("sol_hardware_repair",
                   "no, still not right",
                   "nope",
                   "no, same as before"),
            ),
            (
                "How's the touchpad now - behaving?",
                "Does it work properly now?",
                "Has that sorted it?",
            ),
        ),
        Decision(
            "gesture_only", "Only gestures",
            "Is it only scrolling, pinching or multi-finger gestures that fail, while the "
            "pointer itself moves fine?",
            (
                told(yes("act_gesture_settings",
                         "yes, just scrolling",
                         "yeah, pointer's fine, two finger scroll isn't",
                         "yes, only the gestures"),
                     "the pointer moves fine, it's just scrolling that's broken"),
                no("palm_jumpy",
                   "no, the pointer itself is jumpy",
                   "nope, it's the cursor that's wrong",
                   "no, it's more than gestures"),
            ),
            (
                "Does the pointer move OK, and it's just things like two-finger scroll or "
                "pinch to zoom that don't work?",
                "Is it only the gestures that have stopped (scroll, zoom, three-finger swipe)?",
                "So pointer fine, gestures broken - is that right?",
            ),
        ),
        Action(
            "act_gesture_settings", "Turn gestures back on",
            "In Settings > Bluetooth & devices > Touchpad, turn on scroll and zoom and the "
            "three- and four-finger gestures, or choose 'Reset' for touchpad settings.",
            "sol_gestures",
            (
                "In Settings > Bluetooth & devices > Touchpad, switch scroll & zoom and the "
                "finger gestures back on - or hit Reset at the bottom.",
                "Let's reset the touchpad settings: Settings, Bluetooth & devices, Touchpad, "
                "then Reset under the gestures.",
            ),
            (
                "Two-finger scroll was off; turned on",
                "Touchpad settings reset to default",
            ),
        ),
        Decision(
            "palm_jumpy", "Jumps while typing",
            "Does the pointer jump or click by itself mostly while you are typing?",
            (
                told(yes("act_palm_sensitivity",
                         "yes, when I'm typing",
                         "yeah, my palm seems to set it off",
                         "yes, mid-sentence it jumps"),
                     "it mostly jumps when I'm typing"),
                no("surface_clean",
                   "no, it does it any time",
                   "nope, even when I'm not touching the keyboard",
                   "no, it's random"),
            ),
            (
                "Is it mostly when you're typing that it jumps or clicks?",
                "Does it happen while your hands are on the keyboard?",
                "When it goes wrong, are you usually in the middle of typing?",
            ),
        ),
        Action(
            "act_palm_sensitivity", "Lower touchpad sensitivity",
            "In Touchpad settings, set sensitivity to 'Low' or 'Medium' and turn off 'Tap "
            "with a single finger to single-click' if taps while typing are the problem.",
            "sol_sensitivity",
            (
                "In Touchpad settings, drop the sensitivity to Low, and if it's clicking on its "
                "own, turn off tap to click.",
                "Let's make it less jumpy: Touchpad settings, Touchpad sensitivity to Medium or "
                "Low, and switch off single-finger tap.",
            ),
            (
                "Sensitivity set to Low, tap-to-click off",
                "Sensitivity lowered to Medium",
            ),
        ),
        Decision(
            "surface_clean", "Pad surface",
            "Is the touchpad surface or the user's fingertips damp, greasy or covered by a "
            "sticker or film?",
            (
                yes("act_clean_pad",
                    "yes, there's a sticker on it",
                    "yeah, it's a bit grubby",
                    "yes, hands are a bit damp"),
                no("act_reinstall_driver",
                   "no, it's clean",
                   "nope, nothing on it",
                   "no, it's clean and dry"),
            ),
            (
                "Is there anything on the pad - a sticker, film, grease - or are your fingers "
                "a bit damp?",
                "Could the pad be dirty or have something stuck on it?",
                "Is the pad, or are your fingers, a bit dirty, damp or greasy?",
            ),
        ),
        Action(
            "act_clean_pad", "Clean the touchpad",
            "Peel off any sticker or film, wipe the pad with a slightly damp lint-free cloth, "
            "dry it, dry your hands and try again.",
            "tp_back",
            (
                "Peel off anything stuck on it, give the pad a wipe with a lightly damp cloth, "
                "dry it and your hands, and try again.",
                "Could you clean the pad with a screen wipe, let it dry, and have another go?",
            ),
            (
                "Sticker removed and pad wiped",
                "Pad cleaned and dried",
            ),
        ),
        Decision(
            "ts_worked", "Touch ever worked",
            "Has touch on this laptop's screen ever worked?",
            (
                told(yes("ts_symptom",
                         "yes, it used to work fine",
                         "yeah, up until last week",
                         "yes"),
                     "the touchscreen used to work fine"),
                told(no("sol_no_touch_hw",
                        "no, never",
                        "I don't think so",
                        "not that I know of, it's a new laptop to me"),
                     "I've never had the touchscreen working on this one"),
            ),
            (
                "Has the touchscreen ever worked on this machine?",
                "Did the screen respond to touch before?",
                "Was touch working at some point on this laptop?",
            ),
        ),
        Decision(
            "ts_symptom", "Touchscreen symptom",
            "What does the touchscreen do wrong?",
            (
                opt("none", "No response to touch", "act_hid_touch",
                    ("Nothing happens", "No response"),
                    "nothing happens when I tap",
                    "it ignores me completely",
                    "tapping does nothing"),
                told(opt("wrong_place", "Touch lands in the wrong place", "external_display",
                         ("Wrong spot", "Touch lands elsewhere"),
                         "it clicks somewhere else",
                         "the touch is off to one side",
                         "I tap one thing and it hits another"),
                     "when I tap, it lands somewhere else"),
                opt("ghost", "Reacts by itself", "act_clean_screen",
                    ("Touches by itself", "Ghost touches"),
                    "it's clicking things on its own",
                    "random touches",
                    "things open without me touching it"),
            ),
            (
                "What's the touchscreen doing - nothing, landing in the wrong spot, or tapping "
                "on its own?",
                "When you tap the screen, what happens?",
                "How is the touch going wrong?",
            ),
        ),
        Action(
            "act_hid_touch", "Enable the touch screen device",
            "In Device Manager under Human Interface Devices, enable 'HID-compliant touch "
            "screen' (or disable and re-enable it), then restart.",
            "ts_now",
            (
                "Device Manager, expand Human Interface Devices, find HID-compliant touch "
                "screen - if it's disabled, enable it; if not, disable and re-enable it, then "
                "restart.",
                "Could you check 'HID-compliant touch screen' in Device Manager is enabled, "
                "toggle it off and on, and restart?",
            ),
            (
                "Touch screen device was disabled; enabled and restarted",
                "Disabled and re-enabled the HID touch screen, restarted",
            ),
            fails=(
                "HID-compliant touch screen isn't listed at all",
                "Toggled the touch screen device and restarted, still no response",
            ),
            fails_then="no",
        ),
        Action(
            "act_clean_screen", "Clean the screen edges",
            "Shut the laptop down, clean the screen and especially its edges and bezel with a "
            "dry microfibre cloth, unplug any cheap third-party charger, then start it again.",
            "ts_now",
            (
                "Shut it down and wipe the screen with a dry microfibre cloth, edges and "
                "corners too. If you're on a non-company charger, unplug it, then start up.",
                "Let's rule out dirt and electrical noise: power off, clean the whole screen "
                "and bezel, use the proper charger or none, then turn it on.",
            ),
            (
                "Screen and bezel cleaned, on battery",
                "Wiped screen edges, swapped to the supplied charger",
            ),
        ),
        Decision(
            "external_display", "Second screen connected",
            "Is an external monitor connected to the laptop right now?",
            (
                told(yes("act_touch_mapping",
                         "yes, I've got a monitor plugged in",
                         "yeah, on my dock with a big screen",
                         "yes, one external screen"),
                     "I've got an external monitor plugged in"),
                no("act_calibrate",
                   "no, just the laptop",
                   "nope",
                   "no, laptop screen only"),
            ),
            (
                "Do you have a second screen plugged in at the moment?",
                "Is the laptop connected to a monitor right now?",
                "Any external display attached?",
            ),
        ),
        Action(
            "act_touch_mapping", "Map touch to the laptop screen",
            "Open Control Panel > Tablet PC Settings > Setup, choose 'Touch input' and tap the "
            "laptop's own screen when asked, so touch is mapped to it.",
            "sol_touch_mapping",
            (
                "Search for 'Calibrate the screen for pen or touch input', then on the Display "
                "tab click Setup, choose Touch input and tap the laptop screen when it asks.",
                "Open Tablet PC Settings, hit Setup > Touch input, and tap the laptop's own "
                "display when the white screen appears.",
            ),
            (
                "Touch re-mapped to the built-in display",
                "Tablet PC Settings setup done, laptop screen chosen",
            ),
        ),
        Action(
            "act_calibrate", "Calibrate the touchscreen",
            "In Tablet PC Settings, choose Calibrate and tap each crosshair precisely; if "
            "that is worse, choose Reset.",
            "ts_now",
            (
                "Open Tablet PC Settings and click Calibrate - tap each crosshair as it comes "
                "up. If it ends up worse, hit Reset.",
                "Let's recalibrate: search 'calibrate touch', Calibrate, and tap the little "
                "crosses one by one.",
            ),
            (
                "Calibration run",
                "Reset calibration then recalibrated",
            ),
        ),
        Decision(
            "ts_now", "Touchscreen correct now",
            "Does the touchscreen respond correctly now?",
            (
                yes("sol_ts_fixed",
                    "yes, working",
                    "yeah that's better",
                    "yes, spot on now"),
                no("sol_screen_repair",
                   "no, still wrong",
                   "nope",
                   "no, same problem"),
            ),
            (
                "Give it a few taps - is it right now?",
                "Is touch behaving now?",
                "Is it responding properly now?",
            ),
        ),
        Solution(
            "sol_fn_key", "Touchpad switched off by key",
            "The touchpad had been switched off with its function key. Pressing it again "
            "turns it back on.",
            (
                "It had just been switched off with that key - easy to knock. You're back in "
                "business.",
                "Touchpad was toggled off by the function key; toggled back on.",
            ),
        ),
        Solution(
            "sol_tp_restored", "Touchpad restored",
            "A setting, the device state, the driver or something on the pad's surface had "
            "stopped the touchpad working properly; after the change it works normally.",
            (
                "Great, that was it. If it happens again after an update, the same fix applies.",
                "Touchpad working normally after the setting/driver change.",
            ),
        ),
        Solution(
            "sol_hardware_repair", "Touchpad hardware fault",
            "The touchpad is not detected or still fails after the software fixes, so it is a "
            "hardware fault (touchpad or its ribbon cable). Deskside repairs it; a USB mouse "
            "is issued meanwhile.",
            (
                "That points to the touchpad hardware itself. I'm booking a deskside repair and "
                "they'll drop you a USB mouse to use until then.",
                "Touchpad hardware fault; deskside repair booked, loan mouse issued.",
            ),
        ),
        Solution(
            "sol_gestures", "Gestures switched off",
            "Scrolling and gestures were turned off in touchpad settings; turning them back on "
            "or resetting the settings fixed them.",
            (
                "The gestures had been switched off in settings - they're back on now.",
                "Touchpad gestures re-enabled in settings.",
            ),
        ),
        Solution(
            "sol_sensitivity", "Palm touches while typing",
            "The touchpad was picking up the palm while typing. Lower sensitivity and no tap "
            "to click stop the jumps.",
            (
                "Your palm was brushing the pad while you type. With the lower sensitivity it "
                "should ignore that now.",
                "Palm contact while typing; touchpad sensitivity lowered.",
            ),
        ),
        Solution(
            "sol_no_touch_hw", "No touchscreen on this model",
            "This model has no touch panel, so there is nothing to switch on. If touch is "
            "needed for the job, request a touch model through the hardware catalogue.",
            (
                "I've checked the model and it doesn't have a touch panel, so there's nothing to "
                "fix. If you need touch for your work, ask your manager to request a touch "
                "model from the hardware catalogue.",
                "Model has no touchscreen; user pointed to the hardware catalogue.",
            ),
        ),
        Solution(
            "sol_touch_mapping", "Touch mapped to the wrong screen",
            "With an external monitor attached, Windows had mapped touch to the other screen. "
            "Running touch setup and choosing the laptop display fixed it.",
            (
                "Windows was sending your touches to the other monitor. It's mapped to the "
                "laptop screen now.",
                "Touch input was mapped to the external display; re-mapped to the laptop.",
            ),
        ),
        Solution(
            "sol_ts_fixed", "Touchscreen working",
            "The touchscreen works again after the device, cleaning or calibration step.",
            (
                "Great - touch is working properly again.",
                "Touchscreen responding correctly after the fix.",
            ),
        ),
        Solution(
            "sol_screen_repair", "Touch panel fault",
            "The touch panel still fails after the software checks, so the display assembly "
            "needs a hardware repair by deskside.",
            (
                "It looks like the touch layer of the screen itself. I'm booking deskside to "
                "repair the display; you can use the touchpad meanwhile.",
                "Touch panel fault; display repair booked with deskside.",
            ),
        ),
    ),
)

FLOWS = (HEAT, TOUCH)
