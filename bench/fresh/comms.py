"""Two flows about calls and meetings that are not about meeting audio: a desk phone that is
dead, has no dial tone, cannot call out or never rings; and screen sharing in a meeting that
cannot start, shows black, freezes or needs a Mac permission.

Both belong to the unified-communications side of the desk, with restarts, settings, the
network and "the others can't see / hear" in common, so they must be told apart. Written by
hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "unified-comms")

# --- desk phone -------------------------------------------------------------------------

DESK_PHONE = Flow(
    id="fr-desk-phone",
    name="Desk phone dead, no dial tone, or calls not going through",
    description=(
        "The IP desk phone has a blank screen, shows no service or has no dial tone, cannot "
        "reach outside numbers, or never rings for incoming calls. Covers the network cable "
        "and desk port power, hot-desk login, restarting and re-provisioning the phone, the "
        "handset cord, the outside-line prefix, calling permissions, Do Not Disturb and "
        "forwarding."
    ),
    domain="unified_comms",
    keywords=(
        "desk phone", "no dial tone", "phone dead", "no service", "registering", "outside line",
        "do not disturb", "call forwarding", "handset", "extension",
    ),
    teams=TEAMS,
    summaries=(
        "Desk phone not working",
        "problem with my desk phone",
        "phone issue",
        "Issue with my office phone",
        "desk phone problem",
        "my work phone isn't working properly",
    ),
    openers=(
        Opener((("root", "dead"),), (
            "My desk phone is dead",
            "desk phone has no power, screen is blank",
        )),
        Opener((("root", "no_tone"),), (
            "No dial tone on my desk phone",
            "when I pick up the phone there's no tone",
        )),
        Opener((("root", "outgoing"),), (
            "I can't make outside calls from my desk phone",
            "calls to external numbers won't connect from my desk phone",
        )),
        Opener((("root", "incoming"),), (
            "People can't get through to my desk phone",
            "My desk phone never rings",
        )),
        Opener((("root", "no_tone"), ("status_screen", "no_service")), (
            "desk phone says no service and there's no dial tone",
        )),
        Opener((("root", "incoming"), ("dnd_shown", "yes")), (
            "my phone doesn't ring and there's a DND sign on the screen",
        )),
    ),
    hints=(
        Opener((("port_test", "yes"),), (
            "my desk phone works if I plug it in at the next desk but not at mine",
        )),
        Opener((("others_phones", "yes"),), (
            "none of the phones in our bit of the office are working",
        )),
        Opener((("prefix", "no"),), (
            "I can't ring outside numbers - I'm just typing the number in like on my mobile",
        )),
        Opener((("forward_portal", "yes"),), (
            "I think my calls are going to my old mobile number instead of my desk",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the phone does",
            "What is wrong with the desk phone?",
            (
                opt("dead", "Dead: blank screen, no lights", "cable_port",
                    ("Completely dead", "Blank screen"),
                    "it's completely dead",
                    "the screen's blank, no lights",
                    "nothing on it at all"),
                opt("no_tone", "Screen on but no dial tone", "status_screen",
                    ("No dial tone", "Silent when I pick up"),
                    "no dial tone",
                    "when I lift the handset there's nothing",
                    "silent, the screen is on though"),
                opt("outgoing", "Dial tone, but outside numbers fail", "number_kind",
                    ("Can't call out", "Outside calls fail"),
                    "I can't ring out",
                    "calls to outside numbers don't go through",
                    "internal calls are fine but external fail"),
                opt("incoming", "People can't call in", "dnd_shown",
                    ("Can't receive calls", "Calls don't ring"),
                    "nobody can get through to me",
                    "it never rings",
                    "people say it goes straight to voicemail"),
            ),
            (
                "What's the phone doing?",
                "Tell me what happens with the phone - is it dead, silent, or just some calls "
                "failing?",
                "What's the problem with your desk phone exactly?",
            ),
        ),
        Action(
            "cable_port", "Check the phone's network cable",
            "Check the network cable goes from the wall port into the phone's LAN/network socket "
            "(not the PC socket) and is clicked in at both ends.",
            "phone_on",
            (
                "Follow the cable from the back of the phone to the wall: it should go into the "
                "socket on the phone marked with a network/LAN symbol, not the one marked PC. "
                "Unplug both ends and push them back in till they click.",
                "Can you reseat the network cable at the back of the phone and at the floor box? "
                "Make sure it's in the 'LAN' socket, not the 'PC' one.",
            ),
            (
                "Reseated both ends of the phone cable",
                "Checked: cable in the LAN socket, clicked in at both ends",
            ),
            fails=(
                "Reseated both ends, tried the other floor port, still no lights",
                "Cable checked, phone still dead",
            ),
            fails_then="no",
        ),
        Decision(
            "phone_on", "Powers up",
            "After reseating the cable, does the phone power up?",
            (
                yes("tone_now",
                    "yes, it's starting up",
                    "yeah the screen came on",
                    "yes lights on"),
                no("port_test",
                   "no still dead",
                   "no nothing",
                   "nope"),
            ),
            (
                "Has it come on now?",
                "Do you see anything on the screen now?",
                "Is it booting up?",
            ),
        ),
        Decision(
            "tone_now", "Dial tone after power-up",
            "Now the phone has started, is there a dial tone on the handset?",
            (
                yes("sol_cable_seated",
                    "yes, dial tone",
                    "yes I can hear it",
                    "yep"),
                no("status_screen",
                   "no, still silent",
                   "no",
                   "not yet"),
            ),
            (
                "Pick up the handset - can you hear a dial tone now?",
                "Is there a tone when you lift the receiver?",
                "Do you get a dial tone now?",
            ),
        ),
        Solution(
            "sol_cable_seated", "Cable not seated",
            "The phone's network cable was loose or in the PC socket; reseated and the phone "
            "works.",
            (
                "That was the cable - it wasn't making contact. You're back up.",
                "Phone network cable not seated / in the PC socket; reseated, phone working.",
            ),
        ),
        Decision(
            "port_test", "Works at another desk",
            "Does the phone power up when connected to a colleague's known-good phone port?",
            (
                yes("sol_poe_port",
                    "yes it works on theirs",
                    "yes it comes on at the next desk",
                    "yep"),
                no("sol_replace_phone",
                   "no, dead there too",
                   "no",
                   "still nothing"),
            ),
            (
                "Could you try plugging it into the neighbouring desk's phone socket - does it "
                "come on there?",
                "If you plug it in at a colleague's desk, does it start?",
                "Does it power on at another desk?",
            ),
        ),
        Solution(
            "sol_poe_port", "Desk port not live",
            "The desk's network port does not power the phone (no PoE or not patched): network "
            "team to patch and enable it.",
            (
                "The phone's fine - your desk's network port isn't giving it power. I've asked the "
                "network team to patch and enable it; use the neighbour's port till then.",
                "Floor/desk port not providing PoE; network team to patch and enable the port.",
            ),
        ),
        Solution(
            "sol_replace_phone", "Phone failed",
            "The phone is dead on a known-good port: replace it and move the extension.",
            (
                "The phone itself has died. I'll have a replacement set brought to your desk and "
                "moved to your extension.",
                "Handset dead on known-good port; replacement phone provisioned to user's "
                "extension.",
            ),
        ),
        Decision(
            "status_screen", "Display status",
            "What does the phone display show in the status area?",
            (
                told(opt("no_service", "'No service', 'Registering' or network unavailable",
                         "reboot_phone",
                         ("No service / Registering", "Network unavailable"),
                         "it says registering",
                         "no service",
                         "it says network unavailable"),
                     "the screen says registering"),
                told(opt("normal", "Name and extension as normal", "speaker_tone",
                         ("Normal - my name and extension", "Looks normal"),
                         "it looks normal, my name's on it",
                         "my extension shows like usual",
                         "nothing unusual"),
                     "the screen shows my name and extension as usual"),
                told(opt("logged_out", "Asks for extension and PIN / logged out", "hotdesk_login",
                         ("Logged out / asks to log in", "Asks for PIN"),
                         "it says log in",
                         "it's asking for an extension and pin",
                         "it just says guest"),
                     "the phone is asking me to log in with a PIN"),
            ),
            (
                "What does the phone's screen say at the top?",
                "Is there anything written on the display - your name, or a message?",
                "What's showing on the screen?",
            ),
        ),
        Action(
            "hotdesk_login", "Hot-desk login",
            "Log the phone in with the user's extension and voicemail PIN (hot-desk login); reset "
            "the PIN if forgotten.",
            "sol_hotdesk",
            (
                "These are hot-desk phones - press Log in, enter your extension, then your "
                "voicemail PIN.",
                "It's been logged out overnight. Enter your extension and PIN at the prompt; if "
                "you don't know the PIN I'll reset it.",
            ),
            (
                "User logged in with extension and PIN",
                "PIN reset and user logged in",
            ),
        ),
        Solution(
            "sol_hotdesk", "Logged in",
            "The hot-desk phone was logged out; logged in with extension and PIN.",
            (
                "You're logged in - the phones log everyone out at midnight, so you'll need to do "
                "this each morning.",
                "Hot-desk phone was logged out; user logged in with extension and PIN.",
            ),
        ),
        Action(
            "reboot_phone", "Restart the phone",
            "Restart the phone by unplugging the network cable for 10 seconds (or Settings > "
            "Restart) and let it register.",
            "dial_tone",
            (
                "Let's restart it: unplug the network cable from the back for ten seconds, plug "
                "it back in, and give it a couple of minutes to start.",
                "Go to Settings > Admin > Restart on the phone and let it come back up fully.",
            ),
            (
                "Phone restarted and re-registered",
                "Power-cycled",
            ),
            fails=(
                "Restarted; still says Registering after five minutes",
                "Phone came back with no service again",
            ),
            fails_then="no",
        ),
        Decision(
            "dial_tone", "Dial tone after restart",
            "Once the phone has restarted, is there a dial tone?",
            (
                yes("sol_phone_reboot",
                    "yes, tone's back",
                    "yes",
                    "yeah working"),
                no("others_phones",
                   "no",
                   "still nothing",
                   "no, still no tone"),
            ),
            (
                "Now it's back up, do you hear the dial tone?",
                "Lift the handset - is the tone there now?",
                "Has the dial tone come back?",
            ),
        ),
        Solution(
            "sol_phone_reboot", "Restart re-registered the phone",
            "The phone had lost its registration; a restart restored the dial tone.",
            (
                "Good - it just needed a restart to register again.",
                "Phone lost registration; restarted and dial tone restored.",
            ),
        ),
        Decision(
            "others_phones", "Neighbours affected",
            "Are the desk phones of people nearby also without service?",
            (
                yes("sol_voice_outage",
                    "yes, whole row is dead",
                    "yeah, none of ours work",
                    "yes, my colleague's too"),
                no("sol_reprovision",
                   "no, theirs are fine",
                   "no just mine",
                   "no"),
            ),
            (
                "Can you check the phone next to you - is it also showing no service?",
                "Is anyone around you having the same trouble with their phone?",
                "Do the phones on the desks around you have the same problem?",
            ),
        ),
        Solution(
            "sol_voice_outage", "Area outage",
            "Phones in the area are without service: escalate to the telephony and network teams "
            "as an outage.",
            (
                "It's the whole area, so it's on the network side. I've raised it with the "
                "telephony team as a priority - use Teams or your mobile for calls until it's "
                "back.",
                "Phones in the area without service; escalated to telephony/network as an outage.",
            ),
        ),
        Solution(
            "sol_reprovision", "Re-provision the phone",
            "The phone's registration or configuration is lost: the telephony team re-provisions "
            "the extension.",
            (
                "Your phone has lost its set-up on the phone system. I've asked the telephony team "
                "to re-provision it; it'll restart by itself in about fifteen minutes.",
                "Phone registration/provisioning lost; re-provisioned by telephony team.",
            ),
        ),
        Decision(
            "speaker_tone", "Tone on speaker",
            "Is there a dial tone when the speaker or headset button is pressed instead of lifting "
            "the handset?",
            (
                yes("handset_cord",
                    "yes, on speaker there is",
                    "yes I hear it on speaker",
                    "yep"),
                no("reboot_phone",
                   "no, nothing on speaker either",
                   "no",
                   "still silent"),
            ),
            (
                "Press the speaker button - do you get a tone then?",
                "If you use the speakerphone, is there a dial tone?",
                "Does the tone come through on speaker?",
            ),
        ),
        Action(
            "handset_cord", "Reseat the handset cord",
            "Reseat or swap the coiled cord between handset and phone (it goes in the socket with "
            "the handset symbol, not the headset socket).",
            "sol_handset_cord",
            (
                "Then it's the handset side. Unplug the curly cord at both ends and plug it back "
                "in - at the phone it goes in the socket with the little handset picture, not the "
                "headset one.",
                "I'll send a new handset cord; meanwhile, reseat the curly cord at both ends.",
            ),
            (
                "Cord reseated in the handset socket",
                "Curly cord swapped",
            ),
        ),
        Solution(
            "sol_handset_cord", "Handset cord",
            "The handset cord was loose or in the headset socket; reseated or replaced.",
            (
                "Sorted - the cord wasn't in properly (or was in the headset socket). The tone "
                "should be there every time now.",
                "Handset cord loose/in wrong socket; reseated/replaced, dial tone on handset.",
            ),
        ),
        Decision(
            "number_kind", "Which numbers fail",
            "Which outside numbers fail to connect?",
            (
                told(opt("all_external", "All external numbers", "prefix",
                         ("All outside numbers", "Every external call"),
                         "any outside number",
                         "all of them, even local ones",
                         "every external number"),
                     "I can't call any external number"),
                told(opt("international", "Only international or premium numbers",
                         "sol_class_of_service",
                         ("International / premium only", "Only abroad"),
                         "just international",
                         "only numbers abroad",
                         "only the premium rate ones"),
                     "it's only international calls that fail"),
            ),
            (
                "Is it every outside number, or only some?",
                "Which numbers won't go through?",
                "Does it fail for all external calls or just certain ones?",
            ),
        ),
        Decision(
            "prefix", "Outside-line prefix",
            "Is the user dialling the outside-line prefix (such as 9) before the number?",
            (
                yes("sol_class_of_service",
                    "yes, 9 first",
                    "yes I always put 9",
                    "yep"),
                no("sol_prefix",
                   "no",
                   "no, just the number",
                   "oh, no, do I need to?"),
            ),
            (
                "Are you putting a 9 in front of the number?",
                "Do you dial 9 first to get an outside line?",
                "Are you dialling the prefix for an outside line first?",
            ),
        ),
        Solution(
            "sol_prefix", "Dial 9 first",
            "The user was not dialling the outside-line prefix; dial 9 first.",
            (
                "From the desk phones you need 9 before any outside number - try 9 then the "
                "number.",
                "User not dialling outside-line prefix; advised to dial 9 first.",
            ),
        ),
        Solution(
            "sol_class_of_service", "Calling permissions",
            "The extension's calling permissions block those numbers: change request to the "
            "telephony team, approved by the manager.",
            (
                "Your extension isn't allowed to make those calls. I've raised a change with the "
                "telephony team to update your calling permissions - your manager will need to "
                "approve it.",
                "Extension's calling permissions block those numbers; change request raised for "
                "approval.",
            ),
        ),
        Decision(
            "dnd_shown", "Do Not Disturb shown",
            "Does the phone display show a Do Not Disturb or call-forward icon?",
            (
                told(yes("sol_dnd_off",
                         "yes, there's a DND on it",
                         "yes, it shows a forward arrow",
                         "yes"),
                     "there's a DND sign on the screen"),
                no("forward_portal",
                   "no",
                   "no nothing like that",
                   "no icons"),
            ),
            (
                "Is there a 'DND' or an arrow icon on the phone's screen?",
                "Does the screen show do not disturb or forwarding?",
                "Any do-not-disturb symbol on the display?",
            ),
        ),
        Solution(
            "sol_dnd_off", "Do Not Disturb off",
            "Do Not Disturb or forward-all was set on the phone; turned off.",
            (
                "There it is - Do Not Disturb (or forward all) was on. Press the DND / Forward "
                "soft key to turn it off and calls will ring again.",
                "Do Not Disturb / forward-all set on phone; turned off.",
            ),
        ),
        Decision(
            "forward_portal", "Forwarding in the portal",
            "In the calling web portal, is forwarding or simultaneous ring set to another number?",
            (
                yes("sol_forward_off",
                    "yes, it forwards to my old mobile",
                    "yes, there's a forward set",
                    "yes"),
                no("sol_reprovision",
                   "no, nothing set",
                   "no",
                   "it's all off"),
            ),
            (
                "Could you log into the phone portal - is there a forward to another number?",
                "In the portal settings, is your line being forwarded anywhere?",
                "Does the phone portal show any forwarding rule?",
            ),
        ),
        Solution(
            "sol_forward_off", "Forwarding removed",
            "A forwarding rule in the calling portal sent calls elsewhere; removed.",
            (
                "Calls were being forwarded in the portal - I've removed it, so they'll ring your "
                "desk now.",
                "Forwarding rule in the calling portal removed; incoming calls ring the desk "
                "phone.",
            ),
        ),
    ),
)

# --- screen sharing ---------------------------------------------------------------------

SCREEN_SHARE = Flow(
    id="fr-screen-share",
    name="Screen sharing in meetings not working",
    description=(
        "The user cannot share their screen in a Teams or Zoom meeting: the Share button is "
        "greyed out or missing, the others see a black screen, the shared screen freezes or "
        "lags, or a Mac asks for screen recording permission. Covers browser versus desktop "
        "app, presenter roles, external meetings, app updates, hardware acceleration, graphics "
        "drivers, protected video, bandwidth and macOS permissions."
    ),
    domain="unified_comms",
    keywords=(
        "screen sharing", "share screen", "present", "Teams", "Zoom", "black screen when sharing",
        "share button greyed out", "screen recording permission",
    ),
    teams=TEAMS,
    summaries=(
        "Screen sharing not working",
        "problems sharing my screen in meetings",
        "problem presenting in teams",
        "Issue with screen share",
        "screen share problem in meetings",
        "having trouble with sharing in meetings",
    ),
    openers=(
        Opener((("root", "no_button"),), (
            "The share button is greyed out in my meeting",
            "I can't share my screen, the button won't work",
        )),
        Opener((("root", "black"),), (
            "when I share my screen everyone just sees black",
            "People see a black screen when I present",
        )),
        Opener((("root", "freezes"),), (
            "My screen share keeps freezing for everyone",
            "people say my shared screen lags",
        )),
        Opener((("root", "mac"),), (
            "On my Mac I can't share my screen, it asks about screen recording",
        )),
        Opener((("root", "no_button"), ("app_where", "browser")), (
            "Joined a meeting from the browser and can't share my screen",
        )),
        Opener((("root", "black"), ("share_what", "video")), (
            "I'm trying to show a video in a meeting and they just see black",
        )),
    ),
    hints=(
        Opener((("meeting_role", "yes"),), (
            "I'm only an attendee in this meeting but I need to share something",
        )),
        Opener((("guest_meeting", "yes"),), (
            "It's a client's meeting and I can't present",
        )),
    ),
    nodes=(
        Decision(
            "root", "What goes wrong",
            "What goes wrong when the user tries to share their screen in a meeting?",
            (
                opt("no_button", "Share button missing or greyed out", "app_where",
                    ("Can't click Share", "Share greyed out / missing"),
                    "the share button is greyed out",
                    "I can't find the share button",
                    "it won't let me click share"),
                opt("black", "Others see a black screen", "share_what",
                    ("Others see black", "Black screen for others"),
                    "they just see black",
                    "people say my screen is black",
                    "it shares but they see a black box"),
                opt("freezes", "Sharing freezes or lags for others", "video_on",
                    ("Freezes / lags", "Others see it frozen"),
                    "it freezes",
                    "they see it really laggy",
                    "people say it's stuck on an old slide"),
                opt("mac", "On a Mac, it asks for screen recording permission", "mac_permission",
                    ("Mac: permission prompt", "Mac asks for permission"),
                    "it's a mac and it says something about screen recording",
                    "mac says allow screen recording",
                    "I'm on my MacBook and it wants permission"),
            ),
            (
                "What happens when you try to share?",
                "Where does it go wrong - can you not start sharing, or do people see something "
                "wrong?",
                "Tell me a bit more about what happens with the sharing.",
            ),
        ),
        Decision(
            "app_where", "Desktop app or browser",
            "Is the user in the meeting through the desktop app or a web browser?",
            (
                told(opt("desktop", "Desktop app", "meeting_role",
                         ("Desktop app", "Installed app"),
                         "the app",
                         "the normal Teams app",
                         "desktop"),
                     "I'm using the Teams app on my laptop"),
                told(opt("browser", "Web browser", "sol_use_desktop",
                         ("Browser", "In a web browser"),
                         "in the browser",
                         "through Chrome",
                         "I joined from the link in the browser"),
                     "I joined through the browser"),
            ),
            (
                "Are you in the meeting from the app or from the browser?",
                "How did you join - in the Teams app, or in a browser window?",
                "What did you use to join the meeting?",
            ),
        ),
        Solution(
            "sol_use_desktop", "Use the desktop app",
            "Sharing is limited or blocked in the browser session; rejoin in the desktop app (or "
            "allow screen sharing in the browser).",
            (
                "Sharing is limited in the browser - join from the Teams app instead (or allow "
                "screen sharing when the browser asks) and the Share button will work.",
                "User in browser session with sharing restricted; rejoined in desktop app and "
                "shared successfully.",
            ),
        ),
        Decision(
            "meeting_role", "Attendee only",
            "Is the user an attendee in a meeting where only the organiser and presenters may "
            "share?",
            (
                yes("sol_make_presenter",
                    "yes, I'm just an attendee",
                    "yes, it's someone else's meeting",
                    "yeah, think so"),
                no("guest_meeting",
                   "no, I'm the organiser",
                   "no, I'm a presenter",
                   "no, it's my meeting"),
            ),
            (
                "Are you just an attendee in this meeting, not the organiser?",
                "Is it someone else's meeting where you're an attendee?",
                "In the participants list, are you shown as an attendee rather than a presenter?",
            ),
            (
                ("does that matter?",
                 "Yes - organisers can set meetings so only presenters can share. If you're listed "
                 "as an attendee, the Share button is greyed out. Are you an attendee?"),
            ),
        ),
        Solution(
            "sol_make_presenter", "Made presenter",
            "The user was an attendee; the organiser made them a presenter.",
            (
                "That's the reason - only presenters can share in that meeting. Ask the organiser "
                "to make you a presenter (right-click your name > Make a presenter) and Share will "
                "light up.",
                "User was an attendee; organiser made them presenter, sharing enabled.",
            ),
        ),
        Decision(
            "guest_meeting", "External meeting",
            "Is the meeting hosted by another organisation, with the user joining as a guest?",
            (
                yes("sol_external_policy",
                    "yes, it's a client's meeting",
                    "yes, a supplier sent the invite",
                    "yes I'm a guest"),
                no("client_update",
                   "no, it's internal",
                   "no, our own meeting",
                   "no"),
            ),
            (
                "Is it a meeting set up by another company?",
                "Did the invite come from outside our organisation?",
                "Are you joining as a guest in another company's meeting?",
            ),
        ),
        Solution(
            "sol_external_policy", "Host organisation's policy",
            "The other organisation's meeting policy blocks guests from sharing; ask their "
            "organiser to allow it.",
            (
                "The other company controls sharing in their meetings. Ask their organiser to let "
                "you present, or send the file to them to share.",
                "External organisation's meeting policy blocks guest sharing; organiser asked to "
                "allow presenting.",
            ),
        ),
        Action(
            "client_update", "Update the meeting app",
            "Update the meeting app (profile menu > Check for updates), sign out and back in, and "
            "restart it.",
            "sol_client_update",
            (
                "Let's update the app: click your picture (or the ... menu) > Check for updates, "
                "then sign out, quit it fully and open it again.",
                "Your Teams is a bit out of date - I'll push the update, then sign out and back "
                "in.",
            ),
            (
                "App updated; signed out and in",
                "Client updated and restarted",
            ),
        ),
        Solution(
            "sol_client_update", "App updated",
            "The meeting app was out of date; updated and signed in again.",
            (
                "With the update and a fresh sign-in, Share is back.",
                "Outdated meeting client; updated and re-signed in, sharing works.",
            ),
        ),
        Decision(
            "share_what", "What is shared",
            "What is the user choosing to share when the others see black?",
            (
                told(opt("screen", "The whole screen", "hw_accel",
                         ("Whole screen", "My entire screen"),
                         "the whole screen",
                         "my full desktop",
                         "screen 1"),
                     "I'm sharing my whole screen"),
                told(opt("window", "A single app window", "share_screen_instead",
                         ("One window", "Just one app"),
                         "just the excel window",
                         "one window",
                         "a single app"),
                     "I'm only sharing one window"),
                told(opt("video", "A video or streaming site", "sol_drm",
                         ("A video", "Streaming / protected video"),
                         "a video on a website",
                         "a training video",
                         "a clip from a streaming site"),
                     "I'm trying to show a video"),
            ),
            (
                "When you click Share, what do you pick - the whole screen, one window, or a "
                "video?",
                "What are you trying to show them?",
                "Which option do you choose in the share menu?",
            ),
        ),
        Action(
            "hw_accel", "Turn off hardware acceleration",
            "Turn off GPU hardware acceleration in the meeting app's settings, restart the app "
            "and share again.",
            "shared_ok",
            (
                "Let's turn off hardware acceleration: Settings in the app, General, tick 'Disable "
                "GPU hardware acceleration', then quit and reopen it and share again.",
                "There's a graphics setting that often causes this - I'll switch off GPU "
                "acceleration in the app, then you restart it and try sharing.",
            ),
            (
                "GPU hardware acceleration disabled; app restarted",
                "Setting changed and app reopened",
            ),
            fails=(
                "Acceleration off and app restarted; the share still isn't showing properly for "
                "the others",
                "Shared again after the change - colleagues say it's no better",
            ),
            fails_then="no",
        ),
        Decision(
            "shared_ok", "Share shows properly",
            "After the change, do the others see the shared screen properly?",
            (
                yes("sol_hw_accel",
                    "yes they can see it now",
                    "yes, working",
                    "yep all good"),
                no("graphics_driver",
                   "no, still not right",
                   "no",
                   "same problem"),
            ),
            (
                "Try sharing again - can they see it OK now?",
                "Are people seeing your screen properly this time?",
                "Is the share showing correctly for them now?",
            ),
        ),
        Solution(
            "sol_hw_accel", "Hardware acceleration off",
            "GPU hardware acceleration in the meeting app clashed with sharing; disabled.",
            (
                "That's it - the app's graphics acceleration was clashing with sharing. Leave it "
                "switched off.",
                "GPU hardware acceleration disabled in meeting app; sharing displays correctly.",
            ),
        ),
        Action(
            "graphics_driver", "Update the graphics driver",
            "Install the latest graphics driver from the manufacturer's update tool and restart.",
            "sol_graphics_driver",
            (
                "Next is the graphics driver - I'll push the latest one from the manufacturer. "
                "Your screen may flicker, then restart.",
                "Let's update the display driver: run Dell Command Update / Lenovo System Update, "
                "install the graphics driver and restart.",
            ),
            (
                "Graphics driver updated; restarted",
                "Intel graphics driver installed",
            ),
        ),
        Solution(
            "sol_graphics_driver", "Graphics driver updated",
            "An outdated graphics driver broke screen capture; updated.",
            (
                "The graphics driver was too old for screen sharing; with the new one it's "
                "working.",
                "Outdated graphics driver; updated, screen sharing shows correctly.",
            ),
        ),
        Action(
            "share_screen_instead", "Share the whole screen",
            "Share the whole screen instead of a single window (some apps can't be captured as a "
            "window), and bring the window to the front.",
            "sol_share_screen",
            (
                "Some apps can't be shared as a single window. Stop sharing, then choose 'Screen' "
                "instead and just bring the window you want to the front.",
                "Try sharing your whole screen rather than the window - pick the screen thumbnail "
                "in the share tray.",
            ),
            (
                "Shared whole screen instead",
                "Switched to screen share",
            ),
        ),
        Solution(
            "sol_share_screen", "Share screen, not window",
            "The app's window could not be captured on its own; the user shares the whole "
            "screen.",
            (
                "Good - that app doesn't like being shared on its own. Share the whole screen when "
                "you need it (close anything private first).",
                "App window couldn't be captured; user shares whole screen instead.",
            ),
        ),
        Solution(
            "sol_drm", "Protected video",
            "Streaming sites and some players block capture, so the share shows black. Send the "
            "link instead, or play a copy the team owns.",
            (
                "Protected videos always show black when shared - the site blocks it, not your "
                "laptop. Send everyone the link instead, or use a copy of the video you own.",
                "Copy-protected video content shows black in screen share; user advised to share "
                "the link or their own file.",
            ),
        ),
        Decision(
            "video_on", "Camera on while sharing",
            "Is the user's camera on while they are sharing?",
            (
                told(yes("video_off",
                         "yes, camera's on",
                         "yes, they can see me too",
                         "yeah"),
                     "my camera is on while I'm sharing"),
                told(no("hw_accel",
                        "no, camera's off",
                        "no",
                        "no video"),
                     "I've got my camera off"),
            ),
            (
                "Have you got your camera on while you're sharing?",
                "Is your video switched on as well as the share?",
                "Are you sharing with your camera on at the same time?",
            ),
        ),
        Action(
            "video_off", "Camera off while presenting",
            "Turn the camera off while presenting and pause anything else using the connection "
            "(cloud sync, large downloads), then share again.",
            "freeze_gone",
            (
                "Sharing and video together need a lot of bandwidth. Turn your camera off while "
                "you present, pause any big downloads, and share again.",
                "Let's free up the connection: switch your video off for now and close anything "
                "that's syncing or downloading.",
            ),
            (
                "Camera off; sharing again",
                "Video off and downloads paused",
            ),
            fails=(
                "Camera off and nothing else running; still freezing for them",
                "Video off, share still stutters",
            ),
            fails_then="no",
        ),
        Decision(
            "freeze_gone", "Smooth without camera",
            "With the camera off, is the shared screen smooth for the others?",
            (
                yes("sol_bandwidth",
                    "yes, much better",
                    "yes they say it's fine",
                    "yep"),
                no("hw_accel",
                   "no, still freezing",
                   "no",
                   "still laggy"),
            ),
            (
                "Ask them - is it smooth now?",
                "Are they seeing it move smoothly now?",
                "Has the lag gone?",
            ),
        ),
        Solution(
            "sol_bandwidth", "Not enough bandwidth",
            "Camera plus sharing was too much for the connection; camera off while presenting.",
            (
                "It was the connection struggling with video and sharing together. Keep your "
                "camera off when you present on that connection.",
                "Bandwidth: camera plus sharing too much for the connection; camera off while "
                "presenting, sharing smooth.",
            ),
        ),
        Action(
            "mac_permission", "Allow screen recording on the Mac",
            "On the Mac, System Settings > Privacy & Security > Screen & System Audio Recording: "
            "turn on the meeting app, then quit and reopen it.",
            "mac_works",
            (
                "Macs need you to allow it once: Apple menu > System Settings > Privacy & "
                "Security > Screen & System Audio Recording, switch Teams on, then quit Teams "
                "completely and open it again.",
                "You'll need to give the app permission: in System Settings under Privacy & "
                "Security, find Screen Recording, tick the meeting app and restart it.",
            ),
            (
                "Permission enabled; app quit and reopened",
                "Screen recording allowed for the app",
            ),
            fails=(
                "Switched on, restarted the app, still prompts for permission",
                "Already ticked; still can't share",
            ),
            fails_then="no",
        ),
        Decision(
            "mac_works", "Shares on the Mac",
            "After granting the permission and reopening, can the user share on the Mac?",
            (
                yes("sol_mac_permission",
                    "yes it works now",
                    "yes sharing",
                    "yep"),
                no("client_update",
                   "no, still asking",
                   "no",
                   "still won't"),
            ),
            (
                "Can you share now?",
                "Does sharing work after the restart?",
                "Has it let you share this time?",
            ),
        ),
        Solution(
            "sol_mac_permission", "Mac permission granted",
            "macOS screen recording permission was missing for the meeting app; granted.",
            (
                "That's the one-time Mac permission sorted - it'll work from now on.",
                "macOS screen recording permission granted to meeting app; sharing works.",
            ),
        ),
    ),
)

FLOWS = (DESK_PHONE, SCREEN_SHARE)
