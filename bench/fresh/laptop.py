"""Two flows about the laptop itself: a battery that will not charge, charges slowly, runs down
too fast or has swollen; and no sound from the speakers or headphones when playing videos,
music or system sounds (not meeting audio).

Both are hardware problems on the same machine, with drivers, Device Manager, "plugged in"
and the manufacturer's update tool in common, so they must be told apart. Written by hand
from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "deskside")

# --- battery ----------------------------------------------------------------------------

BATTERY = Flow(
    id="fr-battery",
    name="Laptop battery not charging, slow to charge or draining fast",
    description=(
        "The laptop says plugged in but not charging, charges very slowly, stops at a fixed "
        "percentage, runs down within an hour or two, or the battery is swollen. Covers the "
        "adapter and mains lead, underpowered chargers, battery health, charge-limit settings, "
        "the battery driver, a loose power socket, firmware, sleep drain and power settings."
    ),
    domain="hardware",
    keywords=(
        "battery", "not charging", "plugged in not charging", "charger", "power adapter",
        "battery drain", "battery health", "swollen battery", "charge limit",
    ),
    teams=TEAMS,
    summaries=(
        "Laptop battery problem",
        "battery issue on my laptop",
        "Something's wrong with my battery",
        "my laptop battery isn't behaving",
        "Need help with the battery on my work laptop",
        "battery trouble",
    ),
    openers=(
        Opener((("root", "not_charging"),), (
            "Laptop says plugged in, not charging",
            "my laptop won't charge",
            "The charger's connected but the battery percentage isn't going up",
        )),
        Opener((("root", "slow"),), (
            "My laptop takes forever to charge",
            "it's charging but really really slowly",
        )),
        Opener((("root", "drains"),), (
            "battery dies really fast",
            "My battery only lasts about an hour now",
            "laptop runs out of battery way too quickly",
        )),
        Opener((("root", "swollen"),), (
            "The battery looks swollen, the case is bulging",
            "the bottom of my laptop is bulging out and it's really hot",
        )),
        Opener((("root", "not_charging"), ("adapter_light", "no")), (
            "laptop won't charge and the little light on the charger doesn't come on",
        )),
        Opener((("root", "drains"), ("drain_when", "asleep")), (
            "Battery is flat every morning even though I shut the lid at night",
        )),
    ),
    hints=(
        Opener((("adapter_light", "yes"),), (
            "It says plugged in, not charging, but the light on the charger is on",
        )),
        Opener((("own_charger", "no"),), (
            "I'm using my phone charger on the laptop and it's not charging properly",
        )),
        Opener((("charge_mode", "yes"),), (
            "Battery never goes above 80 percent even when it's plugged in all day",
        )),
        Opener((("drain_when", "heavy"),), (
            "battery drains really fast whenever I'm in video calls",
        )),
        Opener((("jack_wiggle", "yes"),), (
            "my laptop only charges if I hold the cable at a certain angle",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the battery does",
            "Which of these best describes the battery problem?",
            (
                opt("not_charging", "Plugged in but not charging", "adapter_light",
                    ("Not charging", "Plugged in, not charging"),
                    "it won't charge at all",
                    "says plugged in not charging",
                    "the percentage doesn't go up when it's plugged in"),
                opt("slow", "Charges very slowly", "own_charger",
                    ("Charging slowly", "Very slow to charge"),
                    "it charges but takes hours",
                    "really slow to charge",
                    "it creeps up like 1% every few minutes"),
                opt("drains", "Battery runs down quickly", "drain_when",
                    ("Drains fast", "Doesn't last long"),
                    "it runs out really quickly",
                    "battery only lasts about an hour",
                    "it drains fast"),
                opt("swollen", "Battery swollen, bulging or very hot", "sol_swollen",
                    ("Swollen / bulging", "Very hot or bulging"),
                    "the case is bulging",
                    "the bottom is pushed out and it's hot",
                    "the trackpad is lifting up"),
            ),
            (
                "What's the battery doing exactly?",
                "Can you tell me a bit more - is it not charging, slow to charge, draining, "
                "or something physical?",
                "What problem are you seeing with the battery?",
                "How is the battery misbehaving?",
            ),
            (
                ("what do you mean, physical?",
                 "I mean the laptop itself looking or feeling wrong - the case bulging or getting "
                 "very hot. Otherwise: won't charge, charges slowly, or runs down fast?"),
            ),
        ),
        Decision(
            "adapter_light", "Charging light",
            "Does a charging indicator light up on the adapter or the laptop when the charger "
            "is connected?",
            (
                told(yes("own_charger",
                         "yes the little light is on",
                         "yeah, the charge light comes on",
                         "yes, the LED by the port is lit"),
                     "the light on the charger is on"),
                told(no("swap_socket",
                        "no, no light anywhere",
                        "nope, it stays dark",
                        "no lights at all"),
                     "there's no light on the charger at all"),
            ),
            (
                "When you plug the charger in, does any light come on - on the power brick or "
                "next to the charging port?",
                "Is there a charging LED lit up anywhere when it's plugged in?",
                "With the charger connected, can you see a light on the adapter or by the port?",
            ),
            (
                ("which light?",
                 "Most chargers have a small LED on the brick, and most laptops have one next to "
                 "the power socket or on the front edge. Is either of them lit?"),
            ),
        ),
        Action(
            "swap_socket", "Reseat the lead and try another socket",
            "Check both ends of the mains lead are pushed fully into the power brick and the "
            "wall, then try a different wall socket (not an extension strip).",
            "adapter_now",
            (
                "Let's rule out the simple stuff: push the mains lead firmly into the power brick, "
                "then try a different wall socket, not the extension lead.",
                "Can you unplug the charger from the wall, check the cable going into the brick is "
                "pushed all the way in, and plug it into another socket?",
            ),
            (
                "Reseated both ends and moved to a wall socket",
                "Done - plugged straight into the wall now",
            ),
            fails=(
                "Tried two different wall sockets and reseated the lead, still completely dark",
                "Reseated everything, no light on the brick",
            ),
            fails_then="no",
        ),
        Decision(
            "adapter_now", "Light after reseating",
            "After reseating the lead and changing socket, is the charging indicator lit?",
            (
                yes("sol_loose_cable",
                    "yes it's on now!",
                    "oh, the light's come on",
                    "yes, charging now"),
                no("sol_replace_adapter",
                   "no, still nothing",
                   "still dark",
                   "nope"),
            ),
            (
                "Any light now?",
                "Has the light come on this time?",
                "Is the charging light on now that it's in a different socket?",
            ),
        ),
        Decision(
            "own_charger", "Supplied charger",
            "Is the laptop connected to the adapter it was supplied with, or an approved adapter "
            "of the same wattage?",
            (
                told(yes("battery_health",
                         "yes, the one that came with it",
                         "yep, it's the original",
                         "yes the proper company one"),
                     "I'm using the charger that came with the laptop"),
                told(no("sol_wrong_charger",
                        "no, I'm borrowing one",
                        "no it's my phone charger",
                        "not the original, it's a cheap one from online"),
                     "I'm not using the laptop's own charger"),
            ),
            (
                "Is that the charger that came with the laptop?",
                "Are you using the laptop's own charger?",
                "Is it the original power adapter for this model?",
            ),
            (
                ("does it matter which one?",
                 "It does - a charger with less power than the laptop needs can only keep it "
                 "running, or charge it very slowly. So is it the laptop's own one?"),
            ),
        ),
        Solution(
            "sol_wrong_charger", "Underpowered charger",
            "The laptop was on a charger with too little wattage (a phone or third-party "
            "charger). Use the supplied adapter or an approved one of the same rating.",
            (
                "That's the cause - that charger doesn't give the laptop enough power. Use the one "
                "it came with; if you've lost it, I'll order a replacement.",
                "Charger didn't have enough wattage for the laptop; user back on the correct "
                "adapter (replacement ordered where missing).",
            ),
        ),
        Decision(
            "battery_health", "Battery health report",
            "What does the manufacturer's battery health check report for the battery?",
            (
                opt("worn", "Worn: capacity well below design", "sol_replace_battery",
                    ("Worn / poor", "Replace battery"),
                    "it says poor",
                    "it says the battery needs replacing",
                    "health is only 40-something percent"),
                opt("good", "Healthy", "charge_mode",
                    ("Good / healthy", "Healthy"),
                    "it says good",
                    "health is fine apparently",
                    "says excellent"),
                opt("error", "Battery error or cannot be read", "battery_driver",
                    ("Battery error", "Can't read the battery"),
                    "it says battery error",
                    "it couldn't read the battery",
                    "some error about the battery, no percentage"),
            ),
            (
                "What does the battery health check say?",
                "If you open the battery section of the laptop's support app, what does it say "
                "about the battery's health?",
                "Can you run the battery check in the support app and tell me the result?",
            ),
            (
                ("where is that?",
                 "On Dell laptops it's Dell Power Manager, on Lenovo it's Vantage, under Battery - "
                 "search for it in the Start menu. What does it report for the battery?"),
            ),
        ),
        Solution(
            "sol_replace_battery", "Battery worn out",
            "Battery capacity far below its design capacity; order a replacement battery under "
            "warranty.",
            (
                "The battery's simply worn out, so I'll order a replacement under the warranty - "
                "I'll email you when the engineer can fit it.",
                "Battery health poor; replacement battery ordered under warranty.",
            ),
        ),
        Decision(
            "charge_mode", "Stops at a set level",
            "Does the charge stop rising at a fixed level such as 50%, 60% or 80% and stay there?",
            (
                told(yes("charge_setting",
                         "yes, always stops at 80",
                         "yeah stuck at 60% every time",
                         "yes it never goes past 50"),
                     "it always gets stuck at the same percentage"),
                no("battery_driver",
                   "no, nothing like that",
                   "no, it's not always the same number",
                   "no"),
            ),
            (
                "Does it always stop at the same percentage, like 80%, and go no higher?",
                "Is the battery getting stuck at one particular level every time, say 60 or 80 "
                "percent?",
                "When it's been plugged in for a while, does it sit at the same number each time?",
            ),
        ),
        Action(
            "charge_setting", "Set charging back to standard",
            "In the laptop's power manager (Dell Power Manager 'Primarily AC use', Lenovo Vantage "
            "'Conservation mode') switch the battery charge setting back to Standard or "
            "Adaptive.",
            "sol_charge_limit",
            (
                "That sounds like the battery-saving setting. Open the power manager, go to "
                "Battery settings and switch it from 'Primarily AC' or 'Conservation mode' to "
                "Standard.",
                "Let's change the charge mode: in Vantage or Power Manager set battery charging to "
                "Standard, not the limit.",
            ),
            (
                "Was set to Primarily AC use; changed to Standard",
                "Conservation mode turned off",
                "Charge limit removed",
            ),
        ),
        Solution(
            "sol_charge_limit", "Battery charge limit",
            "A battery-care setting capped the charge. Set back to Standard; the battery now "
            "charges to 100%.",
            (
                "It was the battery-care setting holding it at that level. It'll charge to 100% "
                "now - if you're mostly on the charger it's fine to turn it back on later.",
                "Charge limit (battery conservation mode) switched off; charging to 100% again.",
            ),
        ),
        Action(
            "battery_driver", "Reset the battery driver",
            "In Device Manager under Batteries, uninstall 'Microsoft ACPI-Compliant Control "
            "Method Battery', shut down, unplug the charger for 30 seconds, then start up on the "
            "charger.",
            "driver_fixed",
            (
                "I'll get you to reset the battery driver: Device Manager, Batteries, right-click "
                "'Microsoft ACPI-Compliant Control Method Battery', Uninstall device. Then shut "
                "down, unplug for 30 seconds and start it on the charger.",
                "Let's reset the battery driver - uninstall it under Batteries in Device Manager, "
                "shut down fully, wait half a minute with the charger out, then power on plugged "
                "in.",
            ),
            (
                "Driver uninstalled, full shutdown, restarted on charger",
                "Battery driver reset and reboot done",
            ),
            fails=(
                "Uninstalled the driver and rebooted; charging no better",
                "Driver came back after the restart but it still isn't charging properly",
            ),
            fails_then="no",
        ),
        Decision(
            "driver_fixed", "Charging after driver reset",
            "After the driver reset and restart, does the battery now charge normally?",
            (
                yes("sol_driver_reset",
                    "yes, says charging now",
                    "yep, going up nicely",
                    "yes, charging properly now"),
                no("jack_wiggle",
                   "no still not",
                   "no, same as before",
                   "nope"),
            ),
            (
                "Now it's back up, is it charging properly?",
                "What about now - is the battery charging normally?",
                "Is the percentage going up as it should now?",
            ),
        ),
        Solution(
            "sol_driver_reset", "Battery driver reset",
            "The battery driver had stuck; reinstalling it and a full power cycle restored "
            "charging.",
            (
                "Great, that driver was stuck. It should behave now; let me know if it drops back "
                "to not charging.",
                "Battery driver reinstalled; charging normally after a full power cycle.",
            ),
        ),
        Decision(
            "jack_wiggle", "Loose power socket",
            "Does charging start and stop when the cable is moved gently where it plugs into the "
            "laptop?",
            (
                told(yes("sol_dc_jack",
                         "yes, it flickers on and off",
                         "yeah if I hold it at an angle it charges",
                         "yes, it's loose"),
                     "it only charges if I hold the plug at a certain angle"),
                no("bios_update",
                   "no, nothing changes",
                   "no it's firm",
                   "no difference"),
            ),
            (
                "If you gently wiggle the plug where it goes into the laptop, does the charging "
                "come and go?",
                "Does the charging icon flick on and off when you move the cable at the laptop "
                "end?",
                "Is the connection at the laptop end loose - does charging cut in and out when "
                "you move it?",
            ),
        ),
        Solution(
            "sol_dc_jack", "Damaged power socket",
            "The laptop's charging port is loose or damaged. Book a hardware repair and issue a "
            "loan laptop meanwhile.",
            (
                "The socket on the laptop is worn - that needs a repair. I'll book the engineer "
                "and sort you a loan laptop so you're not stuck.",
                "Loose/damaged DC-in port; hardware repair booked, loan laptop issued.",
            ),
        ),
        Action(
            "bios_update", "Update BIOS and firmware",
            "Run the manufacturer's update tool (Dell Command Update / Lenovo System Update) and "
            "install BIOS, embedded controller and battery firmware updates, on the charger.",
            "sol_firmware",
            (
                "Last thing I'd try is firmware: open Dell Command Update (or System Update on a "
                "Lenovo), install the BIOS and any battery firmware, and let it restart with the "
                "charger in.",
                "I'll push the latest BIOS and firmware from here - leave it plugged in and let it "
                "restart a couple of times.",
            ),
            (
                "BIOS updated, two restarts",
                "Firmware and BIOS installed via the update tool",
            ),
        ),
        Solution(
            "sol_firmware", "Firmware fault",
            "A charging bug in the BIOS/embedded controller firmware; updating them restored "
            "charging.",
            (
                "That was the firmware - after the BIOS update it's charging properly again. If it "
                "ever stops again, ring us and we'll book a repair.",
                "Laptop charging normally again after BIOS and battery firmware update.",
            ),
        ),
        Solution(
            "sol_loose_cable", "Loose lead or dead socket",
            "The mains lead was not seated in the brick, or the wall socket or strip was dead.",
            (
                "Good - it was the lead or that socket. Keep it on the wall socket rather than the "
                "extension strip.",
                "Mains lead reseated / wall socket changed; charging restored.",
            ),
        ),
        Solution(
            "sol_replace_adapter", "Faulty adapter",
            "No light with a good socket and lead: the power adapter has failed. Swap it for a "
            "spare.",
            (
                "The charger itself has died. Grab a spare from the IT cupboard on your floor, or "
                "I'll send one out today.",
                "Power adapter dead; replaced with a spare.",
            ),
        ),
        Solution(
            "sol_swollen", "Swollen battery - stop using",
            "A swollen battery is a fire risk: shut down, unplug, do not charge or press on it, "
            "and bring it to IT for a safe replacement.",
            (
                "Please shut it down and unplug it now, and don't charge it or press on the case - "
                "a swollen battery can catch fire. Bring it to the IT desk and we'll swap your "
                "laptop today.",
                "Swollen battery reported; laptop powered off and taken out of use, replacement "
                "issued.",
            ),
        ),
        Decision(
            "drain_when", "When it drains",
            "In which situation does the battery run down fastest?",
            (
                told(opt("always", "All the time, even with light use", "drain_health",
                         ("All the time", "Even with light use"),
                         "all the time",
                         "even if I'm just doing email",
                         "it doesn't matter what I'm doing"),
                     "it drains even when I'm only doing email"),
                told(opt("asleep", "While asleep or with the lid closed", "sleep_setting",
                         ("Lid closed / asleep", "Overnight in the bag"),
                         "when it's closed",
                         "overnight, when it's asleep",
                         "it's flat when I take it out of my bag"),
                     "it loses charge overnight with the lid shut"),
                told(opt("heavy", "In video calls or with certain apps", "drain_apps",
                         ("In calls / heavy apps", "With certain apps open"),
                         "when I'm on calls",
                         "when I have lots of stuff open",
                         "mostly in meetings"),
                     "it's worst when I'm in video calls"),
            ),
            (
                "When does it run down the most - all the time, overnight with the lid shut, or "
                "when you're doing something heavy?",
                "Have you noticed when it drains quickest?",
                "At what point in the day does it seem to drain fastest?",
            ),
        ),
        Decision(
            "drain_health", "Battery worn",
            "Does the battery report show full charge capacity far below the design capacity, "
            "under about 60%?",
            (
                yes("sol_replace_battery",
                    "yes, it says it's at 45%",
                    "yeah, health says poor",
                    "yes it's well down"),
                no("drain_apps",
                   "no, health says good",
                   "no it's fine",
                   "no, about 90%"),
            ),
            (
                "Can you check the battery health in the support app - is it showing as poor or "
                "worn?",
                "Does the health check say the battery is worn out?",
                "Is the battery health showing as low, say under 60 percent?",
            ),
            (
                ("how do I check that?",
                 "Open the laptop's support app - Dell Power Manager or Lenovo Vantage - and look "
                 "at Battery health. Does it say poor, or a low percentage?"),
            ),
        ),
        Action(
            "sleep_setting", "Stop the drain while asleep",
            "Set closing the lid to Hibernate on battery, and check powercfg /sleepstudy for "
            "apps that keep waking the laptop.",
            "sol_sleep_drain",
            (
                "It's probably not really sleeping. Go to Control Panel > Power Options > 'Choose "
                "what closing the lid does' and set it to Hibernate on battery; I'll also check "
                "the sleep report for anything waking it.",
                "Let's change what the lid does: set it to hibernate on battery, and I'll run a "
                "sleep study from here to see what keeps it awake.",
            ),
            (
                "Lid set to Hibernate on battery; sleep study showed Teams keeping it awake",
                "Lid action changed to hibernate",
            ),
        ),
        Solution(
            "sol_sleep_drain", "Drain while asleep",
            "The laptop stayed awake with the lid shut; lid now set to hibernate on battery.",
            (
                "That should stop it draining in the bag - hibernate uses almost nothing. If it's "
                "still flat in the morning, let us know.",
                "Laptop was staying awake with the lid shut; lid now set to hibernate on battery.",
            ),
        ),
        Decision(
            "drain_apps", "One app using the CPU",
            "Does Task Manager show a single process using a large share of the CPU constantly?",
            (
                yes("sol_runaway_app",
                    "yes, one thing is always at the top",
                    "yeah Chrome is eating it",
                    "yes, something is at 40% all the time"),
                no("sol_power_mode",
                   "no, it's all low",
                   "nothing stands out",
                   "no, all quite low"),
            ),
            (
                "Could you open Task Manager (Ctrl+Shift+Esc) - is one thing sitting near the top "
                "using lots of CPU all the time?",
                "In Task Manager, is there an app hogging the processor?",
                "Is any one program constantly using a lot of CPU in Task Manager?",
            ),
        ),
        Solution(
            "sol_runaway_app", "Runaway process",
            "One process kept the CPU busy and drained the battery; ended and updated it.",
            (
                "That app is keeping the processor busy and draining the battery. I've ended it "
                "and we'll update it; if it comes back I'll pass it to the app team.",
                "Runaway process using constant CPU ended and updated; battery life back to "
                "normal.",
            ),
        ),
        Solution(
            "sol_power_mode", "Power settings",
            "No single cause; power mode set to best power efficiency on battery, brightness "
            "lowered, battery saver on at 30%.",
            (
                "Nothing's misbehaving, so let's get more out of it: set power mode to 'Best power "
                "efficiency' on battery, drop the brightness a bit and turn on battery saver at "
                "30%.",
                "Power mode set to best efficiency on battery, battery saver on; expected battery "
                "life explained.",
            ),
        ),
    ),
)

# --- no sound ---------------------------------------------------------------------------

NO_SOUND = Flow(
    id="fr-no-sound",
    name="No sound from speakers or headphones",
    description=(
        "No sound when playing videos, music or system sounds on a Windows laptop; silent in "
        "only one app; nothing through the headphones; or crackling, cutting-out sound. Not for "
        "audio in meetings. Covers mute, the playback device, the volume mixer, the audio "
        "service and driver, the headphone socket and USB headsets, and audio enhancements."
    ),
    domain="hardware",
    keywords=(
        "no sound", "speakers", "headphones", "audio", "volume", "muted", "playback device",
        "crackling sound", "Realtek",
    ),
    teams=TEAMS,
    summaries=(
        "No sound",
        "sound problem on my laptop",
        "Audio issue",
        "problem with audio on my PC",
        "Sound isn't working right",
        "something's up with the sound on my laptop",
    ),
    openers=(
        Opener((("root", "everything"),), (
            "No sound at all on my laptop",
            "my laptop has gone completely silent",
            "Can't hear anything from my computer, not even the start-up sound",
        )),
        Opener((("root", "one_app"),), (
            "Sound works but not in one particular program",
            "only youtube has no sound, everything else is fine",
        )),
        Opener((("root", "headphones"),), (
            "speakers work but my headphones don't",
            "Nothing comes through my headphones",
        )),
        Opener((("root", "distorted"),), (
            "The sound from my laptop keeps crackling",
            "audio is choppy and distorted when I play videos",
        )),
        Opener((("root", "everything"), ("mute_check", "no")), (
            "No sound on my laptop at all, and it's not on mute, I checked",
        )),
        Opener((("root", "headphones"), ("jack_kind", "usb")), (
            "my USB headphones aren't working but the laptop speakers are fine",
        )),
    ),
    hints=(
        Opener((("output_device", "other"),), (
            "Since I plugged into the TV in the meeting room yesterday I've had no sound",
        )),
        Opener((("meter_moves", "yes"),), (
            "The volume bar moves when I play something but I can't hear anything",
        )),
        Opener((("usb_listed", "no"),), (
            "Windows doesn't seem to see my USB headset at all",
        )),
        Opener((("jack_detect", "yes"),), (
            "when I plug my headphones in the speakers go quiet but nothing comes through the "
            "headphones",
        )),
    ),
    nodes=(
        Decision(
            "root", "Where sound is missing",
            "Where is the sound missing or wrong?",
            (
                opt("everything", "No sound from anything", "mute_check",
                    ("Nothing at all", "No sound anywhere"),
                    "nothing makes any sound",
                    "no sound at all, not even the windows noises",
                    "completely silent"),
                opt("one_app", "Only one app or website is silent", "volume_mixer",
                    ("Just one app", "One app or website"),
                    "just one program",
                    "only youtube is silent, everything else is fine",
                    "only the training videos in the browser"),
                opt("headphones", "Speakers work, headphones don't", "jack_kind",
                    ("Headphones only", "Only with headphones"),
                    "speakers are fine, it's the headphones",
                    "only when I plug my headphones in",
                    "my headphones are silent"),
                opt("distorted", "Sound crackles, cuts out or is distorted", "enhancements",
                    ("Crackling / distorted", "Cuts in and out"),
                    "it crackles",
                    "the sound keeps cutting out",
                    "it's all fuzzy and distorted"),
            ),
            (
                "Where are you not getting sound?",
                "Tell me a bit more - is it silent everywhere, only in one app, only in "
                "headphones, or crackly?",
                "What exactly happens with the sound?",
                "Is it no sound from anything, or just in certain places?",
            ),
        ),
        Decision(
            "mute_check", "Muted",
            "Is the system volume muted or set to zero in the taskbar or on the keyboard?",
            (
                told(yes("sol_unmuted",
                         "oh... yes, it was muted",
                         "yes there's an X on the speaker icon",
                         "yeah it was right down"),
                     "the little speaker icon has a cross on it"),
                told(no("output_device",
                        "no, volume's up",
                        "no, it's at 80",
                        "not muted"),
                     "the volume is turned up, it's not muted"),
            ),
            (
                "Can you check the speaker icon by the clock - is it muted or turned all the way "
                "down?",
                "Is the volume muted, or right down at zero?",
                "Has the mute key on the keyboard been pressed by any chance - is the sound "
                "muted?",
            ),
            (
                ("where's that?",
                 "Bottom right, next to the clock, there's a little speaker icon. If it has a "
                 "cross on it or the slider is at zero, it's muted. Is it?"),
            ),
        ),
        Solution(
            "sol_unmuted", "Muted",
            "The system volume was muted or at zero; unmuted.",
            (
                "There we go - it was muted. The mute key is easy to knock on that keyboard.",
                "System volume was muted; unmuted.",
            ),
        ),
        Decision(
            "output_device", "Selected output",
            "Which playback device is selected as the output in Windows sound settings?",
            (
                opt("speakers", "The laptop's own speakers", "meter_moves",
                    ("Speakers", "Built-in speakers"),
                    "speakers",
                    "it says Speakers (Realtek Audio)",
                    "the laptop speakers"),
                opt("other", "A monitor, TV or headset not in use", "sol_wrong_output",
                    ("Monitor / TV / other device", "Something else"),
                    "it's set to my monitor",
                    "says the TV in the meeting room",
                    "some headset I don't have plugged in"),
                opt("none", "No output devices found", "restart_audio",
                    ("No devices found", "Nothing listed"),
                    "it says no output devices found",
                    "the list is empty",
                    "there's nothing to pick"),
            ),
            (
                "If you click the sound icon and the arrow next to the volume, which device is "
                "ticked?",
                "What does it say under 'Choose where to play sound' in sound settings?",
                "Which output is selected in the sound settings?",
            ),
        ),
        Solution(
            "sol_wrong_output", "Wrong playback device",
            "Windows was sending sound to another device; the right one is now the default.",
            (
                "Windows was sending the sound somewhere else. Pick the right device in that list "
                "and it'll remember it.",
                "Sound was going to another playback device; correct device set as default.",
            ),
        ),
        Decision(
            "meter_moves", "Level meter",
            "While audio is playing, does the volume level bar for the device in sound settings "
            "move?",
            (
                yes("sol_speaker_fault",
                    "yes the bar goes up and down",
                    "yeah it's bouncing but I can't hear anything",
                    "yes it moves"),
                no("restart_audio",
                   "no, it doesn't move",
                   "it stays flat",
                   "nope"),
            ),
            (
                "Play a video and look at the bar under the device in sound settings - is it "
                "moving?",
                "Can you see the little coloured bar jumping when something plays?",
                "Is the level indicator moving while the video plays?",
            ),
            (
                ("what bar?",
                 "Under the speaker name in Settings > System > Sound there's a thin bar that "
                 "bounces with the sound. Does it move while something's playing?"),
            ),
        ),
        Solution(
            "sol_speaker_fault", "Speakers faulty",
            "Windows plays audio (the meter moves) but the speakers make no sound: hardware fault. "
            "Book a repair; use headphones meanwhile.",
            (
                "Windows is playing the sound fine, so the speakers themselves have failed. I'll "
                "book a repair - use headphones until then.",
                "Audio reaching the device but internal speakers silent; hardware repair booked.",
            ),
        ),
        Action(
            "restart_audio", "Restart the audio service",
            "Run the audio troubleshooter, or restart the 'Windows Audio' and 'Windows Audio "
            "Endpoint Builder' services, then test again.",
            "sound_back",
            (
                "I'm going to restart the Windows audio service from here - it takes a few "
                "seconds, then play something again.",
                "Can you right-click the speaker icon, choose 'Troubleshoot sound problems' and "
                "let it run through?",
            ),
            (
                "Audio services restarted",
                "Troubleshooter run; audio service restarted",
            ),
            fails=(
                "Troubleshooter found nothing; still silent",
                "Restarted the audio service, test sound still silent",
            ),
            fails_then="no",
        ),
        Decision(
            "sound_back", "Sound after restart",
            "After the audio service restart, can the user hear the test sound?",
            (
                yes("sol_audio_service",
                    "yes! it's working",
                    "yep I can hear it",
                    "yes that's done it"),
                no("reinstall_driver",
                   "no, still nothing",
                   "still silent",
                   "no"),
            ),
            (
                "Can you hear it now?",
                "Play the video again - do you get sound?",
                "Is there sound now?",
            ),
        ),
        Solution(
            "sol_audio_service", "Audio service hung",
            "The Windows audio service had stopped responding; restarting it restored sound.",
            (
                "That's sorted - the audio service had hung. A restart normally clears it if it "
                "ever happens again.",
                "Windows audio service had stopped responding; restarted and sound restored.",
            ),
        ),
        Action(
            "reinstall_driver", "Reinstall the audio driver",
            "Uninstall the audio device (Realtek / Intel Smart Sound) in Device Manager with its "
            "driver, restart, then install the latest audio driver from the manufacturer's "
            "update tool.",
            "sol_audio_driver",
            (
                "Let's reinstall the sound driver. I'll remove it from Device Manager and push the "
                "latest one from the manufacturer; you'll need to restart once.",
                "I'm going to reinstall the Realtek audio driver remotely - save your work, it'll "
                "ask to restart.",
            ),
            (
                "Audio driver removed and reinstalled; restarted",
                "Latest Realtek driver installed",
            ),
        ),
        Solution(
            "sol_audio_driver", "Audio driver reinstalled",
            "The audio driver was damaged or wrong; a clean reinstall from the manufacturer "
            "fixed it.",
            (
                "Sound's back with the fresh driver. If Windows Update ever swaps it, let us know.",
                "Audio driver reinstalled from the manufacturer; sound working.",
            ),
        ),
        Decision(
            "volume_mixer", "App muted in mixer",
            "In the volume mixer, is that particular app's slider muted or at zero?",
            (
                yes("sol_app_mixer",
                    "oh yes, that one's muted",
                    "yes it's right down",
                    "yes, there's a cross on Chrome"),
                no("sol_app_device",
                   "no it's up",
                   "no, it's the same as the others",
                   "not muted"),
            ),
            (
                "Right-click the speaker icon and open the volume mixer - is that app turned down "
                "or muted there?",
                "In the volume mixer, has that app been muted?",
                "Does the app have its own volume slider set to zero in the mixer?",
            ),
            (
                ("the what?",
                 "Windows has a separate volume for each app, called the volume mixer - "
                 "right-click the speaker icon to open it. Is that app muted or at zero there?"),
            ),
        ),
        Solution(
            "sol_app_mixer", "App muted in mixer",
            "The app was muted in the volume mixer; unmuted.",
            (
                "Found it - Windows keeps a separate volume for each app and that one was muted. "
                "Slide it up and you're done.",
                "App was muted in the volume mixer; unmuted.",
            ),
        ),
        Solution(
            "sol_app_device", "App output reset",
            "Reset the app's output device and volume in the volume mixer ('Reset sound devices "
            "and volumes for all apps'), then restart the app.",
            (
                "The app was remembering an old output device. I've reset the per-app sound "
                "settings - close and reopen it and it'll use your speakers.",
                "Per-app output device reset in the volume mixer; app playing through the default "
                "device again.",
            ),
        ),
        Decision(
            "jack_kind", "Headphone connection",
            "How are the headphones connected to the laptop?",
            (
                told(opt("jack", "3.5 mm headphone socket", "jack_detect",
                         ("Headphone socket", "3.5mm jack"),
                         "the normal round plug",
                         "into the headphone hole",
                         "the little jack"),
                     "they're plugged into the headphone socket"),
                told(opt("usb", "USB cable or USB dongle", "usb_listed",
                         ("USB", "USB dongle"),
                         "USB",
                         "it's a USB headset",
                         "with a little USB receiver"),
                     "it's a USB headset"),
            ),
            (
                "How do the headphones plug in - a normal headphone jack, or USB?",
                "What kind of connection do they use?",
                "Are they on the round headphone plug or USB?",
            ),
        ),
        Decision(
            "jack_detect", "Socket detects the plug",
            "When the headphones are plugged in, does the sound stop coming out of the laptop "
            "speakers?",
            (
                yes("sol_headphones_faulty",
                    "yes the speakers go quiet",
                    "yes it switches off the speakers",
                    "yeah, speakers stop"),
                no("clean_jack",
                   "no, it keeps coming out of the speakers",
                   "no, speakers carry on",
                   "no"),
            ),
            (
                "When you push the plug in, do the speakers go silent?",
                "Do the laptop speakers cut out as soon as you plug them in?",
                "If you plug the headphones in while something is playing, does the sound stop "
                "from the speakers?",
            ),
        ),
        Solution(
            "sol_headphones_faulty", "Faulty headphones",
            "Windows switches to the headphones but they are silent: the headphones or their "
            "cable are faulty; replace from stock.",
            (
                "The laptop's switching over correctly, so it's the headphones. Pick up a new pair "
                "from the IT desk and bring those ones back.",
                "Headphone socket detected correctly; headphones faulty, replaced.",
            ),
        ),
        Action(
            "clean_jack", "Reseat the plug and set the socket type",
            "Push the plug fully in, check the socket for fluff, and in the audio console choose "
            "'Headphones' when it asks what was plugged in.",
            "sol_jack_setting",
            (
                "Push the plug all the way in until it clicks, and if a box pops up asking what "
                "you plugged in, choose Headphones, not Line out.",
                "Can you unplug it, check the socket's clear, and plug in firmly - the Realtek "
                "pop-up should ask what device it is; pick Headphones.",
            ),
            (
                "Plug pushed fully in; chose Headphones in the pop-up",
                "Socket cleared, device type set",
            ),
        ),
        Solution(
            "sol_jack_setting", "Socket type set",
            "The plug was not fully in or the socket was set as line out; corrected in the audio "
            "console.",
            (
                "That's it - the socket was set as line out or the plug wasn't all the way in. It "
                "should switch automatically now.",
                "Headphone plug not fully seated / socket set as line out; corrected in the audio "
                "console.",
            ),
        ),
        Decision(
            "usb_listed", "USB headset listed",
            "Does the USB headset appear in the list of playback devices?",
            (
                yes("sol_wrong_output",
                    "yes it's there",
                    "yes, it's in the list but not ticked",
                    "yeah I can see it"),
                no("usb_port",
                   "no, not there",
                   "no, only speakers",
                   "can't see it"),
            ),
            (
                "Is the headset in the list when you click the arrow next to the volume?",
                "Can you see the headset's name among the sound outputs?",
                "Does Windows list the headset as a sound device?",
            ),
        ),
        Action(
            "usb_port", "Move to another USB port",
            "Plug the headset or dongle directly into a different USB port on the laptop, not a "
            "hub, and wait for Windows to set it up.",
            "usb_now",
            (
                "Let's try another port - plug it straight into a USB socket on the laptop itself, "
                "not the hub, and give it ten seconds.",
                "Move the USB plug to a different port on the laptop and wait for the 'setting up "
                "a device' message.",
            ),
            (
                "Moved to the other USB port on the laptop",
                "Plugged directly into the laptop",
            ),
            fails=(
                "Tried both ports on the laptop, nothing appears",
                "No 'setting up a device' message on either port",
            ),
            fails_then="no",
        ),
        Decision(
            "usb_now", "Headset listed after moving",
            "After moving it to another port, does the headset now appear as a playback device?",
            (
                yes("sol_usb_port",
                    "yes it's appeared",
                    "yep it's there now",
                    "yes, working"),
                no("sol_headset_replace",
                   "no still not there",
                   "nope",
                   "still not showing"),
            ),
            (
                "Is it showing up now?",
                "Has it appeared in the list this time?",
                "Can you see it now in the sound outputs?",
            ),
        ),
        Solution(
            "sol_usb_port", "Other USB port",
            "The first USB port did not work for the headset; it works on another port.",
            (
                "Good, the first port was the issue. Use that one - and if the first port stops "
                "working for other things too, let us know.",
                "USB port changed; headset detected and set as output.",
            ),
        ),
        Solution(
            "sol_headset_replace", "Faulty USB headset",
            "The headset is not detected on any port: faulty; replace it.",
            (
                "The headset isn't being detected anywhere, so it's faulty. I'll send you a "
                "replacement headset.",
                "USB headset not detected on any port; replacement issued.",
            ),
        ),
        Action(
            "enhancements", "Turn off audio enhancements",
            "In the device's properties turn off audio enhancements and set the default format "
            "to 24 bit, 48000 Hz; close apps that take exclusive control of the device.",
            "crackle_fixed",
            (
                "Let's switch off the 'enhancements'. Sound settings > your speakers > turn off "
                "Audio enhancements, and set the format to 24 bit, 48000 Hz.",
                "In the speaker properties, turn Enhance audio off and pick 24-bit 48 kHz as the "
                "format, then play the same thing again.",
            ),
            (
                "Enhancements off, format 24-bit 48 kHz",
                "Audio enhancements disabled",
            ),
            fails=(
                "Enhancements off and format changed, still crackling",
                "Still cutting out after the change",
            ),
            fails_then="no",
        ),
        Decision(
            "crackle_fixed", "Clean sound",
            "With enhancements off, is the sound clear and steady?",
            (
                yes("sol_enhancements",
                    "yes it's clean now",
                    "yep, sounds fine",
                    "yes much better"),
                no("reinstall_driver",
                   "no, still crackly",
                   "still cutting out",
                   "no, same"),
            ),
            (
                "How does it sound now - clean?",
                "Has the crackling gone?",
                "Does it play smoothly now?",
            ),
        ),
        Solution(
            "sol_enhancements", "Enhancements off",
            "Audio enhancements caused the distortion; disabled.",
            (
                "Sorted - the enhancement effects don't agree with that driver. Leave them off.",
                "Audio enhancements caused the distortion; disabled, sound clean.",
            ),
        ),
    ),
)

FLOWS = (BATTERY, NO_SOUND)
