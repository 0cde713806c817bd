"""The second demo account: Northwind's small internal helpdesk, its flows and stories."""

from __future__ import annotations

from flywheel.demo.model import (
    Ask,
    Escape,
    Fix,
    FlowSpec,
    Story,
    Try,
    action,
    decision,
    escalation,
    opt,
    solution,
)

TEAM = "northwind-helpdesk"
YES_NO = (("yes", "Yes"), ("no", "No"))

WIFI = FlowSpec(
    id="nw-wifi-drops",
    name="Laptop Wi-Fi keeps dropping",
    description=(
        "Use when a laptop loses its wireless connection repeatedly, in parts of the "
        "building, everywhere, or after sleep."
    ),
    domain="networking",
    team=TEAM,
    keywords=(
        "wifi", "wi-fi disconnects", "wireless drops", "roaming", "weak signal",
        "wlan driver", "sleep",
    ),
    success_rate=0.85,
    summaries={
        "where-area": (
            "Wi-Fi drops in the {dept} meeting rooms for {first}",
            "{user} loses wireless on one floor",
        ),
        "where-everywhere": (
            "{host} disconnects from Wi-Fi every few minutes",
            "{user}'s laptop keeps dropping the wireless, even at home",
        ),
        "where-sleep": (
            "No Wi-Fi on {host} after waking from sleep",
            "{first} has to toggle Wi-Fi after every lunch break",
        ),
    },
    nodes=(
        decision(
            "root", "Where it drops",
            "Does the Wi-Fi drop everywhere or only in certain places?",
            opt("where-area", "Only in certain rooms or floors", "a-survey",
                "only when she's in the {dept} area upstairs"),
            opt("where-everywhere", "Everywhere, including at home", "q-driver"),
            opt("where-sleep", "After the laptop wakes from sleep", "s-power",
                "it's always after the lid has been closed for a while"),
        ),
        action(
            "a-survey", "Check signal and roaming",
            "In the problem area run netsh wlan show interfaces and note the signal, BSSID "
            "and channel.",
            "q-signal",
            "Signal {count}% on the access point by the stairs",
            "netsh output captured on {host} in the meeting room",
        ),
        decision(
            "q-signal", "Signal",
            "How strong is the signal where it drops?",
            opt("signal-weak", "Below 50%", "s-coverage"),
            opt("signal-strong", "Strong, but it drops when moving around", "s-roaming"),
        ),
        solution(
            "s-coverage", "Report the coverage gap",
            "Logged the coverage gap with the room and nearest access point for facilities; "
            "the user docks with a cable there meanwhile.",
        ),
        solution(
            "s-roaming", "Tune roaming",
            "Set the adapter's roaming aggressiveness to medium-high and updated the Wi-Fi "
            "driver; moving between access points no longer drops.",
        ),
        decision(
            "q-driver", "Driver age",
            "Is the Wi-Fi driver older than six months?",
            opt("driver-old", "Yes", "a-driver"),
            opt("driver-current", "No, it is current", "a-net-reset"),
        ),
        action(
            "a-driver", "Update the Wi-Fi driver",
            "Install the laptop vendor's current wireless driver.",
            "s-driver",
            "Driver updated on {host}",
            "Vendor driver package installed, rebooted",
        ),
        solution(
            "s-driver", "Wi-Fi driver updated",
            "Updated the outdated wireless driver; the connection has stayed up since.",
        ),
        action(
            "a-net-reset", "Reset the network stack",
            "Run the network reset in Settings and forget the saved wireless networks.",
            "s-net-reset",
            "Network reset done on {host}",
            "Saved networks cleared, reconnected to the office SSID",
        ),
        solution(
            "s-net-reset", "Network settings reset",
            "Reset the network settings and rejoined the office network; the drops stopped.",
        ),
        solution(
            "s-power", "Stop Windows turning the adapter off",
            "Unticked 'Allow the computer to turn off this device to save power' for the "
            "wireless adapter.",
        ),
    ),
)

TEAMS_AUDIO = FlowSpec(
    id="nw-teams-audio",
    name="Teams call audio not working",
    description=(
        "Use when others cannot hear the user in Teams, the user cannot hear others, or call "
        "audio is choppy."
    ),
    domain="m365",
    team=TEAM,
    keywords=(
        "teams", "microphone", "no sound", "headset", "call quality", "choppy audio",
        "packet loss",
    ),
    success_rate=0.9,
    summaries={
        "audio-mic": (
            "Nobody can hear {first} in Teams calls",
            "{user}'s microphone does not work in Teams",
        ),
        "audio-speaker": (
            "{first} cannot hear anyone in Teams meetings",
            "No sound in Teams calls on {host}",
        ),
        "audio-quality": (
            "{user}'s Teams audio is choppy and robotic",
            "Teams calls break up for {first} ({dept})",
        ),
    },
    nodes=(
        decision(
            "root", "Which side",
            "Which side of the call has the audio problem?",
            opt("audio-mic", "Others cannot hear the user", "q-mic",
                "people say he's on mute but he isn't"),
            opt("audio-speaker", "The user cannot hear others", "q-speaker"),
            opt("audio-quality", "Audio is choppy or robotic", "a-call-health",
                "voice keeps cutting in and out"),
        ),
        decision(
            "q-mic", "Microphone selected",
            "Is the right microphone selected in Teams device settings?",
            opt("mic-wrong", "No, another device was selected", "s-pick-mic"),
            opt("mic-right", "Yes, but the test call records nothing", "a-privacy"),
        ),
        solution(
            "s-pick-mic", "Select the right microphone",
            "Selected the headset microphone in Teams device settings and made it the Windows "
            "default communications device.",
        ),
        action(
            "a-privacy", "Check microphone privacy",
            "Open Settings > Privacy & security > Microphone and allow desktop apps to use "
            "the microphone.",
            "s-privacy",
            "Desktop app microphone access was off on {host}",
            "Microphone access for desktop apps switched on",
        ),
        solution(
            "s-privacy", "Allow microphone access",
            "Windows privacy settings blocked desktop apps from the microphone; allowed it "
            "and the test call records.",
        ),
        decision(
            "q-speaker", "Test call",
            "Does sound play in the Teams test call?",
            opt("speaker-none", "No sound at all", "s-pick-speaker"),
            opt("speaker-test-ok", "The test call works, only real calls are silent",
                "s-reset-teams"),
        ),
        solution(
            "s-pick-speaker", "Select the output device",
            "Chose the headset as the speaker in Teams and as the Windows default device.",
        ),
        solution(
            "s-reset-teams", "Reset Teams",
            "Reset the Teams app from Installed apps, signed in again and rejoined; call audio "
            "works.",
        ),
        action(
            "a-call-health", "Check call health",
            "During a call open More > Settings > Call health and note jitter and packet loss.",
            "q-network",
            "Packet loss {count}% on Wi-Fi",
            "Call health captured during a test call with {first}",
        ),
        decision(
            "q-network", "Network quality",
            "What does call health show?",
            opt("net-loss", "Packet loss above 5%", "s-wired"),
            opt("net-fine", "Network values are fine", "esc-audio"),
        ),
        solution(
            "s-wired", "Use a wired or 5 GHz connection",
            "High packet loss on 2.4 GHz Wi-Fi; moved the user to a wired dock, audio is "
            "clean.",
        ),
        escalation(
            "esc-audio", "Escalate to the IT lead",
            "Audio is poor with a healthy network: escalate to the IT lead with the call IDs "
            "for a Call Quality Dashboard review.",
            "Choppy Teams audio for {login} with clean network stats; CQD review needed",
        ),
    ),
)

PASSWORD_RESET = FlowSpec(
    id="nw-password-reset",
    name="Self-service password reset fails",
    description=(
        "Use when a staff member cannot reset a forgotten password through self-service, "
        "on the portal or from the Windows sign-in screen."
    ),
    domain="active_directory",
    team=TEAM,
    keywords=(
        "password reset", "sspr", "forgot password", "writeback", "cached credentials",
        "not registered",
    ),
    success_rate=0.83,
    summaries={
        "reset-portal": (
            "{first} cannot reset the password on the self-service portal",
            "Password reset portal error for {user}",
        ),
        "reset-signin": (
            "New password does not work on {host} after a self-service reset",
            "{user} reset the password but the laptop still wants the old one",
        ),
    },
    nodes=(
        decision(
            "root", "Where",
            "Where did the user try to reset the password?",
            opt("reset-portal", "On the self-service password reset portal", "q-portal"),
            opt("reset-signin", "From the Windows sign-in screen link", "q-location",
                "used the 'reset password' link on the laptop login screen"),
        ),
        decision(
            "q-portal", "Portal message",
            "What does the portal say?",
            opt("portal-unregistered", "The user is not registered for password reset",
                "s-register"),
            opt("portal-policy", "The password does not meet the policy", "s-policy"),
            opt("portal-writeback", "'We can't reset your password right now'",
                "esc-writeback"),
        ),
        solution(
            "s-register", "Register authentication methods",
            "Verified the user's identity, reset the password once by hand and had the user "
            "register phone and Authenticator methods for self-service.",
        ),
        solution(
            "s-policy", "Explain the password policy",
            "Explained the policy (14 characters, no recent passwords) and the user chose a "
            "compliant password.",
        ),
        escalation(
            "esc-writeback", "Escalate to the IT lead",
            "Password writeback is failing in Entra Connect: escalate to the IT lead and "
            "reset the password on premises meanwhile.",
            "Password writeback error for {login}; Entra Connect needs attention",
        ),
        decision(
            "q-location", "Location",
            "Was the laptop off the office network when the password was reset?",
            opt("offsite", "Yes, the user works remotely", "a-vpn-first"),
            opt("onsite", "No, in the office", "s-wait-sync"),
        ),
        action(
            "a-vpn-first", "Sign in with the old password and connect the VPN",
            "Have the user sign in with the old cached password, connect the VPN, then lock "
            "and unlock the laptop with the new password.",
            "s-cached",
            "VPN connected from {host}; lock and unlock done",
            "{first} signed in with the old password, VPN up",
        ),
        solution(
            "s-cached", "Refresh the cached credentials",
            "Once connected to the domain over VPN, locking and unlocking with the new "
            "password refreshed the cached credentials.",
        ),
        solution(
            "s-wait-sync", "Wait for the sync, then lock and unlock",
            "Waited for the password to sync to the domain controllers, then locked and "
            "unlocked the laptop with the new password.",
        ),
    ),
)

NORTHWIND_FLOWS = (WIFI, TEAMS_AUDIO, PASSWORD_RESET)

NORTHWIND_ESCAPES = (
    Escape(
        flow_id="nw-wifi-drops",
        at="q-driver",
        typed=(
            "driver doesn't matter: the laptop keeps jumping to the neighbour's open guest "
            "network",
            "it auto-connects to the café's open Wi-Fi next door and drops ours",
        ),
        summaries=(
            "{host} keeps switching to a neighbouring open Wi-Fi",
            "{user}'s laptop joins the wrong wireless network",
        ),
        tail=(
            Try(
                "List saved profiles with netsh wlan show profiles",
                ("Open guest network saved with auto-connect", "{count} saved networks"),
            ),
            Try("Delete the guest profile and set the office SSID to connect first",
                "Profile removed; office network preferred"),
            Fix(
                "The laptop preferred a neighbouring open network; removed that profile and "
                "made the office network the preferred one."
            ),
        ),
        resolution=("Removed auto-connect to neighbour's open Wi-Fi",),
    ),
    Escape(
        flow_id="nw-teams-audio",
        at="q-mic",
        typed=(
            "right mic is selected, but it's a Bluetooth headset that switches to the "
            "hands-free profile and goes silent",
            "Bluetooth headset: mic works in other apps, Teams gets nothing",
        ),
        summaries=(
            "{first}'s Bluetooth headset mic silent in Teams",
            "Nobody hears {user} on Teams with the wireless headset",
        ),
        tail=(
            Ask(
                "Is the headset paired directly over Bluetooth (no USB dongle)?",
                YES_NO,
                "yes",
            ),
            Try("Pair the headset through its USB dongle instead",
                ("Dongle paired; mic works in the test call", "Test call records fine")),
            Fix(
                "The headset's Bluetooth hands-free profile failed in Teams; paired it "
                "through its USB dongle and the microphone works."
            ),
        ),
        resolution=("Headset paired via USB dongle",),
    ),
)

LABEL_PRINTER = Story(
    key="label-printer-blank",
    domain="printing",
    team=TEAM,
    summaries=(
        "Warehouse label printer prints blank labels",
        "Shipping labels come out empty on the {dept} label printer",
        "Blank labels from the {dept} label printer after a roll change",
    ),
    beats=(
        Ask(
            ("Was the label roll changed recently?", "Did someone just load a new roll?"),
            YES_NO,
            "yes",
        ),
        Try(
            ("Check whether the new roll is direct thermal or needs a ribbon",
             "Scratch the label with a fingernail to test for thermal paper"),
            ("New roll is thermal transfer stock and needs a ribbon",
             "No mark: the labels need a ribbon"),
        ),
        Try("Load the right direct thermal roll and calibrate the sensor",
            "Calibration done, test label printed"),
        Fix((
            "The new roll was thermal transfer stock used without a ribbon; loaded direct "
            "thermal labels and recalibrated.",
            "Wrong label stock (needs a ribbon); swapped to direct thermal labels and "
            "calibrated the printer.",
        )),
    ),
    resolution=("Correct label stock loaded and calibrated",),
    copies=3,
)

WEBCAM = Story(
    key="webcam-missing",
    domain="hardware",
    team=TEAM,
    summaries=(
        "Laptop camera not detected on {host} after an update",
        "{first}'s webcam missing in Teams",
    ),
    beats=(
        Ask("Is the camera listed in Device Manager?", YES_NO, "no"),
        Try("Check the camera privacy switch and the F10 camera key",
            "Camera was disabled with the keyboard shortcut"),
        Fix("The camera had been switched off with the function key; turned it back on."),
    ),
    resolution=("Camera re-enabled with the keyboard key",),
    copies=2,
)

NORTHWIND_STORIES = (LABEL_PRINTER, WEBCAM)
