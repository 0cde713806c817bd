"""Two flows at the desk: the wired (Ethernet) network that does not work (cable, port lights,
dock or adapter, IP address, the wall socket and its switch port); and Windows Hello face or
fingerprint sign-in that fails (camera or reader, PIN, enrolment, drivers, policy).

Both start at the laptop on the desk, with docks, drivers and Device Manager in common.
Written by hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

# --- wired network --------------------------------------------------------------------------

WIRED = Flow(
    id="f3-wired-lan",
    name="Wired (Ethernet) network at the desk not working",
    description=(
        "The network cable at the desk gives no connection, says connected but nothing "
        "loads, or keeps dropping. Covers the link lights, the cable, the docking station or "
        "USB network adapter, a disabled adapter, the network driver, a 169.254 address, "
        "DNS, and a dead wall socket or switch port for the network team."
    ),
    domain="networking",
    keywords=(
        "ethernet", "wired network", "network cable", "lan", "unplugged", "no internet",
        "169.254", "docking station", "network port", "switch port",
    ),
    teams=("service-desk", "service-desk", "deskside"),
    summaries=(
        "Network cable not working",
        "no network at my desk",
        "Wired connection problem",
        "ethernet issue",
        "Can't get online with the cable plugged in",
    ),
    openers=(
        Opener((("root", "unplugged"),), (
            "The network icon says the cable is unplugged but it's definitely plugged in",
            "laptop says 'network cable unplugged'",
        )),
        Opener((("root", "no_network"),), (
            "ethernet shows connected but no internet",
            "I'm plugged in and it says connected, but nothing will load",
        )),
        Opener((("root", "drops"),), (
            "my wired connection keeps dropping out every few minutes",
            "the network at my desk cuts in and out",
        )),
        Opener((("root", "unplugged"), ("lights", "no")), (
            "No lights at all on the network port and Windows says unplugged",
        )),
    ),
    hints=(
        Opener((("dock_or_direct", "dock"),), (
            "The network through my docking station isn't working",
        )),
        Opener((("ip_address", "apipa"),), (
            "wired network problem - ipconfig gives me a 169.254 address",
        )),
        Opener((("other_pc", "no"),), (
            "No network at my desk, and my colleague's laptop doesn't work on my socket either",
        )),
    ),
    nodes=(
        Decision(
            "root", "Wired network symptom",
            "What does Windows show for the wired connection?",
            (
                opt("unplugged", "Cable shown as unplugged", "lights",
                    ("Says unplugged", "No cable detected"),
                    "it says unplugged",
                    "network cable unplugged, it says",
                    "the icon has a red cross like there's no cable"),
                opt("no_network", "Connected, but nothing loads", "ip_address",
                    ("Connected, no internet", "Connected but nothing works"),
                    "it says connected but nothing works",
                    "connected, no internet",
                    "the icon's fine but websites won't load"),
                opt("drops", "Connection keeps dropping", "dock_or_direct",
                    ("Keeps dropping", "Drops in and out"),
                    "it keeps dropping",
                    "cuts out all the time",
                    "works then disconnects"),
            ),
            (
                "What does the network icon by the clock say for the cable?",
                "When you hover over the network icon, what do you get?",
                "Is it showing the cable unplugged, connected with nothing working, or dropping?",
                "What's the wired connection doing?",
            ),
        ),
        Decision(
            "lights", "Link lights",
            "Are the lights by the network port lit or blinking?",
            (
                told(yes("adapter_disabled",
                         "yes, green and flashing",
                         "yes, there's a light",
                         "yeah they're blinking"),
                     "the little lights on the port are flashing"),
                told(no("dock_or_direct",
                        "no, nothing",
                        "no lights at all",
                        "they're off"),
                     "there are no lights on the network port"),
            ),
            (
                "Look where the cable goes in - do you see any little lights on or flashing?",
                "Is there a green or orange light on the port the cable plugs into?",
                "Any flashing lights next to where the cable plugs in?",
            ),
            (
                ("which port?",
                 "Wherever the network cable plugs in - the laptop, the dock or the adapter. Are "
                 "there any lights there, on or blinking?"),
            ),
        ),
        Decision(
            "adapter_disabled", "Adapter disabled",
            "Is the Ethernet adapter marked Disabled in Network Connections?",
            (
                yes("act_enable_adapter",
                    "yes, it says disabled",
                    "yeah it's greyed out, disabled",
                    "yes"),
                no("act_driver",
                   "no, it's enabled",
                   "no, it just says cable unplugged",
                   "no"),
            ),
            (
                "Press Windows+R, type ncpa.cpl - is the Ethernet one greyed out as Disabled?",
                "In the network adapters window, does Ethernet say Disabled?",
                "Has the wired adapter been switched off in Windows?",
            ),
        ),
        Action(
            "act_enable_adapter", "Enable the adapter",
            "Right-click the Ethernet adapter in Network Connections and choose Enable.",
            "sol_adapter_enabled",
            (
                "Right-click it and choose Enable.",
                "Let's switch the Ethernet adapter back on - right-click, Enable.",
            ),
            (
                "Adapter enabled, connected",
                "Ethernet re-enabled",
            ),
        ),
        Solution(
            "sol_adapter_enabled", "Adapter re-enabled",
            "The Ethernet adapter had been disabled in Windows; enabling it restored the "
            "connection.",
            (
                "The wired adapter was switched off in Windows; it's back on and you're "
                "connected.",
                "Ethernet adapter was disabled; enabled it.",
            ),
        ),
        Action(
            "act_driver", "Reinstall the network driver",
            "Uninstall the Ethernet adapter in Device Manager, restart so Windows reinstalls "
            "it, and install the latest driver from the manufacturer's update tool.",
            "driver_fixed",
            (
                "I'll remove the network adapter in Device Manager and restart so it comes back "
                "clean, then update its driver.",
                "Let's reinstall the Ethernet driver - uninstall it, restart, then update.",
            ),
            (
                "Network driver reinstalled and updated",
                "Adapter removed, reinstalled after restart",
            ),
            fails=(
                "Driver reinstalled; still no link on the cable",
            ),
            fails_then="no",
        ),
        Decision(
            "driver_fixed", "Works after driver",
            "Does the wired connection work after the driver reinstall?",
            (
                yes("sol_driver_updated",
                    "yes, connected now",
                    "yep, it's working",
                    "yes"),
                no("sol_deskside_nic",
                   "no, still nothing",
                   "no",
                   "nope, same"),
            ),
            (
                "Any connection now it's restarted?",
                "Has the restart and new driver got you online?",
                "Is the cable working for you now?",
            ),
        ),
        Solution(
            "sol_driver_updated", "Network driver reinstalled",
            "A faulty network driver; reinstalling and updating it fixed the connection.",
            (
                "The network driver was the problem; it's reinstalled and up to date, and "
                "you're connected.",
                "Reinstalled Ethernet driver - connection back.",
            ),
        ),
        Solution(
            "sol_deskside_nic", "Deskside visit for the network port",
            "The laptop's network port or adapter looks faulty; a deskside engineer will "
            "check it and swap the adapter or laptop. Wi-Fi meanwhile.",
            (
                "It looks like the network port itself has failed, so I'm booking a deskside "
                "visit; use Wi-Fi until then.",
                "Suspected failed network port; deskside booked, user on Wi-Fi.",
            ),
        ),
        Decision(
            "dock_or_direct", "How the cable connects",
            "Is the cable plugged straight into the laptop, into a docking station, or into a "
            "USB network adapter?",
            (
                opt("direct", "Straight into the laptop", "act_swap_cable",
                    ("Into the laptop", "Directly"),
                    "straight into the laptop",
                    "directly",
                    "the laptop's own port"),
                told(opt("dock", "Into a docking station", "act_dock_reset",
                         ("Docking station", "Through the dock"),
                         "the dock",
                         "it goes into my docking station",
                         "through the dock"),
                     "I'm using a docking station", "the cable's in my dock"),
                told(opt("adapter", "Into a USB network adapter", "act_adapter_port",
                         ("USB adapter", "Dongle"),
                         "a little USB adapter",
                         "a dongle",
                         "through a USB-C to network adapter"),
                     "I use a USB network dongle"),
            ),
            (
                "Where does the network cable go into - the laptop itself, a dock, or a small "
                "adapter?",
                "What's the cable plugged into at your end?",
                "Are you connecting through a dock, a dongle, or straight in?",
            ),
        ),
        Action(
            "act_swap_cable", "Try another cable",
            "Swap the network cable for a known good one, firmly clicked in at both ends.",
            "link_back",
            (
                "Can you borrow a cable that you know works and plug it in - listen for the "
                "click?",
                "Let's rule out the cable: swap it for a spare one.",
            ),
            (
                "Cable swapped",
                "Tried a spare cable",
            ),
            fails=(
                "Swapped cable, still no connection",
            ),
            fails_then="no",
        ),
        Action(
            "act_dock_reset", "Reset the dock",
            "Unplug the dock's power and the laptop for 30 seconds, reconnect, and update the "
            "dock firmware if an update is offered.",
            "link_back",
            (
                "Unplug the dock's power and the cable to your laptop, count to thirty, and "
                "plug it all back.",
                "We'll power-cycle the dock and check its firmware.",
            ),
            (
                "Dock power-cycled, firmware current",
                "Dock reset and reconnected",
            ),
            fails=(
                "Dock power-cycled, still no network through it",
            ),
            fails_then="no",
        ),
        Action(
            "act_adapter_port", "Move the USB adapter",
            "Plug the USB network adapter into another USB port and check it appears in "
            "Device Manager.",
            "link_back",
            (
                "Move the dongle to a different USB port on the laptop, not through a hub.",
                "Try the adapter in another USB socket.",
            ),
            (
                "Adapter moved to another port, detected",
                "USB adapter re-seated",
            ),
        ),
        Decision(
            "link_back", "Connection back",
            "Is the wired connection working now?",
            (
                yes("sol_cable_dock_replaced",
                    "yes, back online",
                    "yep, connected",
                    "yes, works now"),
                no("other_pc",
                   "no",
                   "still no network",
                   "nope, nothing"),
            ),
            (
                "Are you back online?",
                "Any luck - has the network come back?",
                "Does it connect now?",
            ),
        ),
        Solution(
            "sol_cable_dock_replaced", "Faulty cable, dock or adapter",
            "The fault was in the cable, the dock or the USB adapter; it was replaced or "
            "reset and the connection works.",
            (
                "So it was the kit between the laptop and the wall. You're connected; if that "
                "cable or dongle is dodgy I'll send you a new one.",
                "Cable/dock/adapter at fault; reset or replaced, working.",
            ),
        ),
        Decision(
            "other_pc", "Another computer on the same socket",
            "Does another computer get a connection from the same wall socket?",
            (
                told(yes("act_driver",
                         "yes, my colleague's laptop works on it",
                         "yeah, another one connects fine",
                         "yes"),
                     "someone else's laptop works on my socket"),
                told(no("act_log_port",
                        "no, theirs doesn't work either",
                        "no, nothing works on that socket",
                        "nope"),
                     "nobody can connect on that socket"),
            ),
            (
                "Could you plug a colleague's laptop into your wall socket - does that one "
                "connect?",
                "If someone else plugs in at your socket, do they get a connection?",
                "Does that socket work with a different machine?",
            ),
        ),
        Action(
            "act_log_port", "Report the wall socket",
            "Note the number on the wall socket and raise it with the network team to check "
            "the patching and the switch port.",
            "sol_port_patched",
            (
                "Can you read me the number on the wall socket? I'll get the network team to "
                "check what it's patched to.",
                "I'll raise the socket number with networks.",
            ),
            (
                "Socket number logged with the network team",
                "Network team ticket raised for the floor port",
            ),
        ),
        Solution(
            "sol_port_patched", "Switch port fixed",
            "The wall socket was unpatched or its switch port was off; the network team "
            "patched and enabled it.",
            (
                "The network team found the socket wasn't patched through; it's live now.",
                "Floor port re-patched / switch port enabled by networks.",
            ),
        ),
        Decision(
            "ip_address", "IPv4 address",
            "What IPv4 address does ipconfig show for the Ethernet adapter?",
            (
                told(opt("apipa", "An address starting 169.254", "act_renew",
                         ("169.254.x.x", "Starts with 169"),
                         "169.254 something",
                         "it starts 169.254",
                         "169.254.12.40"),
                     "ipconfig shows a 169.254 address"),
                opt("normal", "A normal company address", "act_dns_flush",
                    ("Normal address", "10.x / company range"),
                    "a 10. address",
                    "looks normal, 10.40 something",
                    "a proper one"),
                opt("none", "No IPv4 address at all", "adapter_disabled",
                    ("No address", "Nothing shown"),
                    "there isn't one",
                    "no IPv4 line at all",
                    "it's blank for Ethernet"),
            ),
            (
                "Open a command prompt, type ipconfig - what's the IPv4 address under Ethernet?",
                "Can you read me the IPv4 line from ipconfig for the cable connection?",
                "What IP address has the wired connection got?",
            ),
            (
                ("what's ipconfig?",
                 "Press Start, type cmd, open Command Prompt, type ipconfig and Enter. Under "
                 "the Ethernet section, what does the IPv4 address line say?"),
            ),
        ),
        Action(
            "act_renew", "Renew the address",
            "Run ipconfig /release and ipconfig /renew.",
            "renew_ok",
            (
                "Type ipconfig /release, then ipconfig /renew.",
                "Let's ask for a fresh address: release and renew in the command prompt.",
            ),
            (
                "Address released and renewed",
                "Ran release/renew",
            ),
            fails=(
                "Renew timed out, still 169.254",
            ),
            fails_then="no",
        ),
        Decision(
            "renew_ok", "Proper address after renew",
            "Did the renew give a proper company address?",
            (
                yes("sol_renewed",
                    "yes, it's a 10. one now",
                    "yep, looks normal",
                    "yes"),
                no("other_pc",
                   "no, still 169",
                   "no, it timed out",
                   "nope"),
            ),
            (
                "What's ipconfig saying now - a proper address?",
                "Has it picked up a normal address this time?",
                "Did you get a company address back?",
            ),
        ),
        Solution(
            "sol_renewed", "Address renewed",
            "The laptop had not got an address from DHCP; renewing it fixed the connection.",
            (
                "It just hadn't picked up an address; now it has one, you're online.",
                "DHCP lease renewed, connected.",
            ),
        ),
        Action(
            "act_dns_flush", "Flush DNS and test",
            "Run ipconfig /flushdns and try an internal and an external site.",
            "sites_load",
            (
                "Type ipconfig /flushdns, then try the intranet and an outside site.",
                "Let's clear the DNS cache and test a couple of sites.",
            ),
            (
                "DNS flushed, sites tested",
                "Flushed DNS cache",
            ),
        ),
        Decision(
            "sites_load", "Sites load",
            "Do sites load after the DNS cache was flushed?",
            (
                yes("sol_dns_flushed",
                    "yes, they load now",
                    "yep",
                    "yes, both work"),
                no("sol_network_team",
                   "no, still nothing",
                   "no",
                   "neither of them"),
            ),
            (
                "Are the websites coming up now?",
                "Can you get to the intranet and Google now?",
                "Any pages loading?",
            ),
        ),
        Solution(
            "sol_dns_flushed", "DNS cache flushed",
            "Stale name lookups were cached; flushing DNS fixed it.",
            (
                "It was holding on to old address lookups; with those cleared, sites load.",
                "Flushed DNS, browsing OK.",
            ),
        ),
        Solution(
            "sol_network_team", "Passed to the network team",
            "Address is fine but nothing loads: passed to the network team with the address "
            "and socket number.",
            (
                "Your laptop's settings look right, so it's something on the network side - "
                "I've passed it to the network team with your details.",
                "Escalated to networks: valid IP, no traffic.",
            ),
        ),
    ),
)

# --- Windows Hello -------------------------------------------------------------------------

HELLO = Flow(
    id="f3-windows-hello",
    name="Windows Hello face or fingerprint sign-in fails",
    description=(
        "Windows Hello face recognition or the fingerprint reader no longer signs the user "
        "in, or the options are greyed out or unavailable. Covers the infrared camera light, "
        "a closed lid on a dock, improving recognition, the fingerprint reader in Device "
        "Manager, camera and biometric drivers, re-enrolling, resetting the PIN, and the "
        "Windows Hello policy."
    ),
    domain="security",
    keywords=(
        "windows hello", "face recognition", "fingerprint", "biometric", "pin",
        "sign-in options", "ir camera", "couldn't recognise you", "hello unavailable", "enrol",
    ),
    teams=("service-desk", "service-desk", "identity"),
    summaries=(
        "Windows Hello not working",
        "can't sign in with my face / fingerprint",
        "Problem with Hello sign-in",
        "biometric login issue",
        "Windows Hello stopped working",
    ),
    openers=(
        Opener((("root", "face"),), (
            "Windows Hello face login has stopped recognising me",
            "the face sign-in doesn't work any more, I have to type my PIN",
        )),
        Opener((("root", "finger"),), (
            "my fingerprint login isn't working",
            "Fingerprint reader won't log me in",
        )),
        Opener((("root", "unavailable"),), (
            "The Windows Hello options are greyed out in sign-in options",
            "face and fingerprint options have disappeared from my sign-in settings",
        )),
        Opener((("root", "face"), ("camera_on", "no")), (
            "face sign-in isn't working and the little red light by the camera doesn't come on",
        )),
    ),
    hints=(
        Opener((("docked_closed", "yes"),), (
            "Windows Hello face doesn't work when I'm docked with the lid shut",
        )),
        Opener((("every_finger", "no"),), (
            "Fingerprint sign-in only works for one of my fingers",
        )),
        Opener((("policy_msg", "pin_first"),), (
            "Windows Hello options say I need to set up a PIN first",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which Hello sign-in",
            "Which Windows Hello sign-in is not working?",
            (
                opt("face", "Face recognition", "camera_on",
                    ("Face", "Facial recognition"),
                    "face",
                    "the face one",
                    "it doesn't recognise my face"),
                opt("finger", "Fingerprint", "reader_seen",
                    ("Fingerprint", "Fingerprint reader"),
                    "fingerprint",
                    "the finger scanner",
                    "my fingerprint won't work"),
                opt("unavailable", "Options missing or greyed out", "policy_msg",
                    ("Options greyed out", "Hello not available"),
                    "the options are greyed out",
                    "I can't even set it up",
                    "it says it's unavailable"),
            ),
            (
                "Is it face sign-in, the fingerprint reader, or are the Hello options not there "
                "at all?",
                "Which one is failing - face or fingerprint?",
                "Tell me which Hello method you use and what's wrong with it.",
                "Is this the camera login or the fingerprint one?",
            ),
        ),
        Decision(
            "camera_on", "IR light comes on",
            "At the sign-in screen, does the infrared light beside the camera glow?",
            (
                told(yes("act_improve_face",
                         "yes, the red light flickers",
                         "yeah, it lights up",
                         "yes it comes on"),
                     "the little red camera light does come on"),
                no("docked_closed",
                   "no, no light",
                   "nothing lights up",
                   "no"),
            ),
            (
                "When you lock the screen, do you see a small red light flicker next to the "
                "webcam?",
                "Does the camera show a faint red glow when it's trying to see you?",
                "Is the little red infrared light coming on at the lock screen?",
            ),
            (
                ("what red light?",
                 "Face sign-in uses a special camera that shines a dim red light. Press "
                 "Windows+L and look at the top of the screen - does it glow?"),
            ),
        ),
        Action(
            "act_improve_face", "Improve recognition",
            "In Sign-in options, Facial recognition, run 'Improve recognition', with glasses "
            "on and off, in normal office light.",
            "face_works",
            (
                "Go to Settings, Accounts, Sign-in options, Facial recognition and run Improve "
                "recognition - do it once with glasses and once without.",
                "Let's train it again with Improve recognition in the sign-in options.",
            ),
            (
                "Improve recognition run twice",
                "Face recognition retrained",
            ),
            fails=(
                "Ran Improve recognition, lock screen still says it couldn't recognise them",
            ),
            fails_then="no",
        ),
        Decision(
            "face_works", "Face sign-in works",
            "Does face sign-in work now?",
            (
                yes("sol_face_improved",
                    "yes, it let me straight in",
                    "yep",
                    "yes, works"),
                no("act_reenrol",
                   "no, still couldn't recognise me",
                   "no",
                   "nope"),
            ),
            (
                "Lock the screen and try - does it let you in by looking at it?",
                "Is it recognising you now?",
                "Try a lock and unlock - any better?",
            ),
        ),
        Solution(
            "sol_face_improved", "Recognition improved",
            "Face recognition had drifted (glasses, lighting); improving recognition fixed "
            "it.",
            (
                "It just needed retraining for your glasses and the light; it's working now.",
                "Improve recognition run, face sign-in OK.",
            ),
        ),
        Decision(
            "docked_closed", "Lid closed on a dock",
            "Is the laptop closed on a dock with an external monitor?",
            (
                told(yes("sol_lid_closed",
                         "yes, lid's shut",
                         "yeah, it's closed under the monitor",
                         "yes, docked and closed"),
                     "I keep it closed on the dock"),
                no("act_camera_driver",
                   "no, it's open",
                   "no, I'm on the laptop screen",
                   "no, not docked"),
            ),
            (
                "Is the laptop shut, sat on a dock with a separate screen?",
                "Are you working with the lid closed on a docking station?",
                "Is the laptop lid down while you're docked?",
            ),
        ),
        Solution(
            "sol_lid_closed", "Lid closed hides the camera",
            "The Hello camera is in the closed lid. Open the lid, or use the PIN or a Hello "
            "webcam when docked.",
            (
                "With the lid closed the face camera can't see you; open the lid, or use your "
                "PIN when docked. I can order a Hello webcam if you like.",
                "Camera blocked by closed lid; advised PIN or Hello webcam.",
            ),
        ),
        Action(
            "act_camera_driver", "Reinstall the camera driver",
            "In Device Manager, uninstall the IR camera under Cameras (or Biometric devices) "
            "and restart; then install updates from the manufacturer's tool.",
            "driver_ok",
            (
                "I'll uninstall the infrared camera in Device Manager and restart so it "
                "reinstalls, then run the manufacturer's updates.",
                "Let's reinstall the face camera driver and update.",
            ),
            (
                "IR camera reinstalled, drivers updated",
                "Camera driver reinstalled",
            ),
        ),
        Decision(
            "reader_seen", "Reader in Device Manager",
            "Does the fingerprint reader appear under Biometric devices in Device Manager?",
            (
                told(yes("every_finger",
                         "yes, it's there",
                         "yes, Synaptics something",
                         "yeah"),
                     "the fingerprint reader shows up in Device Manager"),
                told(no("act_biometric_driver",
                        "no, there's no biometric section",
                        "no",
                        "no, I can't find it"),
                     "I can't see the fingerprint reader in Device Manager"),
            ),
            (
                "Right-click Start, open Device Manager - is there a Biometric devices entry "
                "with the reader?",
                "Does Device Manager list the fingerprint sensor?",
                "Can Windows see the fingerprint reader in Device Manager?",
            ),
        ),
        Decision(
            "every_finger", "Fails for every finger",
            "Does it fail with every enrolled finger?",
            (
                yes("act_reenrol",
                    "yes, all of them",
                    "yes, none of my fingers work",
                    "yep, every one"),
                told(no("act_add_finger",
                        "no, one of them works",
                        "no, just my right thumb fails",
                        "no"),
                     "only one of my fingers works"),
            ),
            (
                "If you try each finger you set up, do they all fail?",
                "Is it failing for all your enrolled fingers?",
                "Does every finger you registered get rejected?",
            ),
        ),
        Action(
            "act_add_finger", "Add the finger again",
            "In Sign-in options, Fingerprint recognition, add the failing finger again, "
            "covering the edges as well as the centre.",
            "sol_finger_added",
            (
                "Let's add that finger again under Fingerprint recognition - roll it a bit so "
                "it gets the edges.",
                "Go to Sign-in options and add another fingerprint for that finger.",
            ),
            (
                "Finger re-added",
                "Extra fingerprint enrolled",
            ),
        ),
        Solution(
            "sol_finger_added", "Fingerprint re-added",
            "One enrolled finger no longer matched; adding it again fixed it.",
            (
                "That finger's scan had gone stale; it's added again and works.",
                "Re-enrolled failing finger.",
            ),
        ),
        Action(
            "act_biometric_driver", "Reinstall the fingerprint driver",
            "Install the fingerprint reader driver from the manufacturer's update tool and "
            "restart.",
            "driver_ok",
            (
                "I'll push the fingerprint reader driver from the manufacturer's tool and "
                "restart you.",
                "Let's reinstall the biometric driver and restart.",
            ),
            (
                "Fingerprint driver installed, restarted",
                "Biometric driver reinstalled",
            ),
        ),
        Decision(
            "driver_ok", "Works after the driver",
            "After the driver reinstall and restart, does Windows Hello work?",
            (
                yes("sol_driver_reinstalled",
                    "yes, it works now",
                    "yep",
                    "yes"),
                no("sol_hardware_repair",
                   "no, still not",
                   "no",
                   "nope, same"),
            ),
            (
                "Now it's restarted, does Hello let you in?",
                "Is it working after the restart?",
                "Try signing in with it - any joy?",
            ),
        ),
        Solution(
            "sol_driver_reinstalled", "Driver reinstalled",
            "A faulty camera or fingerprint driver; reinstalling it brought Hello back.",
            (
                "The driver had gone bad; it's reinstalled and Hello works again.",
                "Reinstalled biometric/camera driver, Hello OK.",
            ),
        ),
        Solution(
            "sol_hardware_repair", "Hardware repair",
            "The IR camera or fingerprint reader looks faulty; a hardware repair was booked. "
            "Use the PIN meanwhile.",
            (
                "It looks like the sensor itself has failed, so I've booked a repair; use your "
                "PIN until then.",
                "Suspected failed sensor; repair booked, PIN meanwhile.",
            ),
        ),
        Action(
            "act_reenrol", "Set up Hello again",
            "Remove the face or fingerprint set-up in Sign-in options and set it up again.",
            "reenrol_ok",
            (
                "Let's remove your face or fingerprint set-up and do it again from scratch.",
                "In Sign-in options, click Remove, then Set up again.",
            ),
            (
                "Hello removed and set up again",
                "Re-enrolled",
            ),
            fails=(
                "Set-up failed partway with 'something went wrong'",
            ),
            fails_then="no",
        ),
        Decision(
            "reenrol_ok", "Works after re-enrolling",
            "Does Hello work after setting it up again?",
            (
                yes("sol_reenrolled",
                    "yes, fine now",
                    "yep, works",
                    "yes"),
                no("act_reset_pin",
                   "no",
                   "no, still failing",
                   "it wouldn't even finish setting up"),
            ),
            (
                "Did the new set-up take, and can you sign in with it?",
                "Is it letting you in now?",
                "Any better after setting it up fresh?",
            ),
        ),
        Solution(
            "sol_reenrolled", "Hello set up again",
            "The stored face or fingerprint data had gone bad; setting Hello up again fixed "
            "it.",
            (
                "Your saved scan was corrupted; set up fresh, it works.",
                "Removed and re-enrolled Hello.",
            ),
        ),
        Action(
            "act_reset_pin", "Reset the PIN",
            "Use 'I forgot my PIN' at the sign-in screen to reset the PIN, which resets the "
            "Windows Hello container, then set face or fingerprint up again.",
            "sol_pin_reset",
            (
                "Hello hangs off your PIN, so let's reset the PIN with 'I forgot my PIN' and "
                "then set it up again.",
                "We'll reset your PIN from the sign-in screen and redo Hello after.",
            ),
            (
                "PIN reset, Hello set up again",
                "Reset PIN and re-enrolled",
            ),
        ),
        Solution(
            "sol_pin_reset", "PIN reset",
            "The Windows Hello container was damaged; resetting the PIN and setting Hello up "
            "again fixed it.",
            (
                "The PIN underneath Hello was the problem; with a new PIN and a fresh set-up, "
                "it works.",
                "PIN reset and Hello re-enrolled.",
            ),
        ),
        Decision(
            "policy_msg", "Sign-in options message",
            "What does the Sign-in options page say about Windows Hello?",
            (
                opt("org", "Managed by your organisation", "act_check_policy",
                    ("Managed by organisation", "Blocked by policy"),
                    "it says managed by your organisation",
                    "something about my organisation",
                    "it's greyed out with an organisation message"),
                told(opt("pin_first", "Set up a PIN first", "act_set_pin",
                         ("Needs a PIN first", "PIN required"),
                         "it wants a PIN first",
                         "says to add a PIN",
                         "I have to set a PIN before anything"),
                     "it told me to create a PIN first"),
                opt("unavailable", "This option is currently unavailable",
                    "act_biometric_driver",
                    ("Currently unavailable", "Not available"),
                    "currently unavailable",
                    "it says this option isn't available",
                    "unavailable"),
            ),
            (
                "Go to Settings, Accounts, Sign-in options - what message is under face or "
                "fingerprint?",
                "What's the wording on the sign-in options page?",
                "Can you read me what it says next to the Hello options?",
            ),
        ),
        Action(
            "act_check_policy", "Check the Hello policy",
            "Look up the device and user in Intune: which Windows Hello policy applies and "
            "whether biometrics are allowed.",
            "policy_allowed",
            (
                "I'll look your laptop up in Intune and check which Hello policy it gets.",
                "Let me check the Hello settings we push to your device.",
            ),
            (
                "Policy checked in Intune",
                "Device's Hello policy looked up",
            ),
        ),
        Decision(
            "policy_allowed", "Biometrics allowed",
            "Does the policy for this device allow biometric sign-in?",
            (
                yes("act_sync_device",
                    "yes, it's allowed",
                    "yes, it should be",
                    "yep"),
                no("sol_request_access",
                   "no, it's blocked for this group",
                   "no",
                   "no, not for this device"),
            ),
            (
                "So is biometrics switched on in your policy?",
                "Does your device's policy permit face and fingerprint?",
                "Is Hello biometrics allowed in what applies to you?",
            ),
        ),
        Action(
            "act_sync_device", "Sync the device",
            "Sync the device from Company Portal or Access work or school, restart, then set "
            "up Hello.",
            "sol_policy_synced",
            (
                "Open Company Portal and press Sync, restart, then we'll set up Hello.",
                "Let's force a policy sync and restart.",
            ),
            (
                "Device synced, Hello set up",
                "Policy sync done",
            ),
        ),
        Solution(
            "sol_policy_synced", "Policy synced",
            "The device had not picked up the policy allowing biometrics; a sync fixed it.",
            (
                "Your laptop hadn't picked up the latest settings; after a sync, Hello is "
                "available and set up.",
                "Forced Intune sync; Hello enabled.",
            ),
        ),
        Solution(
            "sol_request_access", "Biometrics not allowed",
            "Biometric sign-in is not allowed for this device or group; the user was told "
            "to use the PIN and how to request an exception.",
            (
                "Face and fingerprint are switched off for your group by policy, so it's PIN "
                "only; your manager can ask security for an exception.",
                "Biometrics blocked by policy; PIN only, exception process explained.",
            ),
        ),
        Action(
            "act_set_pin", "Set a PIN",
            "Add a Windows Hello PIN in Sign-in options.",
            "act_reenrol",
            (
                "Let's add a PIN first in Sign-in options.",
                "Click PIN (Windows Hello) and set one up.",
            ),
            (
                "PIN created",
                "Hello PIN set",
            ),
        ),
    ),
)

FLOWS = (WIRED, HELLO)
