"""Hand-written content of the held-out IT-helpdesk set: flows, and the ways people word them.

Every flow is written as named nodes (`build.py` renumbers them `root`, `n2`, `n3`, ... in
breadth-first order). Each decision node carries, besides its flow text, several ways a
service-desk agent asks the question (`asks`), explanations given when the user asks how to
check (`explain`), and for every option several ways a user types that answer (`answers`).
Action nodes carry instructions and user reports, solution nodes carry how the fix was told
and resolution summaries. `answered` lists opening statements that already answer the first
one or two questions of the flow (the session then starts below the root).

None of this text is taken from any other data set; it was written for this set.
"""

from __future__ import annotations

from typing import Any

Node = dict[str, Any]


def D(  # noqa: N802 - short constructor names keep the trees readable
    title: str,
    question: str,
    asks: list[str],
    options: list[dict[str, Any]],
    explain: list[str] | None = None,
    help_text: str | None = None,
) -> Node:
    """A decision node."""
    return {
        "type": "decision",
        "title": title,
        "question": question,
        "asks": asks,
        "options": options,
        "explain": explain or [],
        "help_text": help_text,
    }


def O(  # noqa: N802, E743
    key: str, label: str, to: str, answers: list[str], alt: str | None = None
) -> dict[str, Any]:
    """An option of a decision node: its branch key, label, target and typed answers."""
    return {"key": key, "label": label, "to": to, "answers": answers, "alt": alt}


def A(title: str, description: str, to: str, asks: list[str], reports: list[str]) -> Node:  # noqa: N802
    """An action node (one successor)."""
    return {
        "type": "action",
        "title": title,
        "description": description,
        "to": to,
        "asks": asks,
        "reports": reports,
    }


def S(title: str, description: str, tells: list[str], summaries: list[str]) -> Node:  # noqa: N802
    """A solution leaf."""
    return {
        "type": "solution",
        "title": title,
        "description": description,
        "tells": tells,
        "summaries": summaries,
    }


# --------------------------------------------------------------------------------------
# networking 1/3: VPN
# --------------------------------------------------------------------------------------

VPN: dict[str, Any] = {
    "id": "vpn-no-connect",
    "name": "VPN client cannot connect",
    "description": "A remote user cannot bring up, or cannot keep, the corporate VPN tunnel "
    "(GlobalProtect client) from outside the office.",
    "domain": "networking",
    "keywords": ["vpn", "globalprotect", "remote access", "tunnel", "gateway"],
    "openings": [
        "VPN not working",
        "can't connect to the VPN from home",
        "Remote access problem - VPN",
        "GlobalProtect won't connect",
        "I can't get onto the company network from home",
        "vpn issue, need it for a deadline today",
        "My VPN is broken again",
        "Cannot reach internal sites while working remotely",
    ],
    "answered": [
        (
            [("root", "error"), ("err", "auth")],
            [
                "VPN says authentication failed when I connect",
                "GlobalProtect gives a 'login failed' error every time I try",
            ],
        ),
        (
            [("root", "error"), ("err", "cert")],
            [
                "VPN shows an error about an untrusted certificate",
                "GlobalProtect: certificate error when connecting",
            ],
        ),
        (
            [("root", "error")],
            [
                "VPN pops up an error message when I click connect",
            ],
        ),
        (
            [("root", "timeout")],
            [
                "VPN just spins and times out, no error message",
                "VPN keeps trying to connect and then times out",
            ],
        ),
        (
            [("root", "timeout"), ("inet", "yes")],
            [
                "VPN times out although my normal internet works fine",
            ],
        ),
        (
            [("root", "drops")],
            [
                "VPN connects but keeps disconnecting",
                "my vpn drops every so often during the day",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "What happens on Connect?",
            "What happens when the user clicks Connect in the VPN client?",
            [
                "When you hit Connect on the VPN, what do you see?",
                "OK, can you try connecting now and tell me what the VPN app does?",
                "What does GlobalProtect do when you try - any message, or does it just sit there?",
                "Walk me through it: you click connect and then what happens?",
            ],
            [
                O(
                    "error",
                    "An error message appears",
                    "err",
                    [
                        "it pops up an error straight away",
                        "I get an error message",
                        "there's a red error box as soon as I click connect",
                        "error every time",
                    ],
                    alt="Shows an error",
                ),
                O(
                    "timeout",
                    "It keeps trying and times out",
                    "inet",
                    [
                        "it just spins forever and then gives up",
                        "it says connecting... for ages and then times out",
                        "nothing really happens, it keeps trying and then stops",
                        "spinning wheel then it fails, no message",
                    ],
                    alt="Spins, then times out",
                ),
                O(
                    "drops",
                    "It connects but drops after a while",
                    "sleep",
                    [
                        "it connects fine but then kicks me off after a few minutes",
                        "it works at first and then drops",
                        "I get connected, then 10 min later it disconnects",
                        "connects ok but doesnt stay connected",
                    ],
                    alt="Connects, then disconnects",
                ),
            ],
            explain=[
                "The VPN app is the little globe icon near the clock. Click it, press Connect "
                "and watch it for about 30 seconds: does a message pop up, does it keep "
                "spinning, or does it connect and fall off later?",
            ],
            help_text="Ask the user to try once while you are on the line and note any error "
            "text exactly.",
        ),
        "err": D(
            "Which error?",
            "Which error message does the VPN client show?",
            [
                "What does the error say exactly?",
                "Can you read me the error text?",
                "Which message is it - something about the password, a certificate, or the "
                "version of the app?",
            ],
            [
                O(
                    "auth",
                    "Authentication failed",
                    "portal",
                    [
                        "it says authentication failed",
                        "something like 'login failed, check your username and password'",
                        "auth failed",
                        "it says my credentials are wrong but they're not",
                    ],
                    alt="Login / credentials failed",
                ),
                O(
                    "cert",
                    "Certificate error / gateway not trusted",
                    "s_cert",
                    [
                        "something about a certificate not being valid",
                        "it says the gateway's certificate is not trusted",
                        "certificate error",
                        "'server certificate is invalid' or similar",
                    ],
                    alt="Certificate problem",
                ),
                O(
                    "version",
                    "Client version not supported",
                    "s_update",
                    [
                        "it says my client version isn't supported anymore",
                        "it wants me to upgrade the app",
                        "something about the version being too old",
                    ],
                    alt="Version / upgrade message",
                ),
            ],
            explain=[
                "If the box has already gone, click the globe icon, then the gear, then "
                "Troubleshooting > Notifications; the last error is listed there.",
            ],
        ),
        "portal": D(
            "Web sign-in works?",
            "Can the user sign in to the company web portal with the same password?",
            [
                "Can you log in to the staff portal in a browser with that same password?",
                "If you go to myapps in your browser, does your password work there?",
                "Does the same password get you into webmail right now?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "push",
                    [
                        "yes, the portal logs me in fine",
                        "yeah webmail works with it",
                        "that works, no problem",
                        "yes I'm in",
                    ],
                    alt="Yes, that works",
                ),
                O(
                    "no",
                    "No",
                    "s_pw",
                    [
                        "no, it says my password is incorrect there as well",
                        "nope, it wants me to change my password",
                        "doesn't work there either",
                        "no, it tells me the password has expired",
                    ],
                    alt="No, rejected there too",
                ),
            ],
            explain=[
                "Open a private browser window, go to myapps.microsoft.com and sign in with "
                "your work email and the same password you typed into the VPN.",
            ],
        ),
        "push": D(
            "MFA prompt arrived?",
            "Did the multi-factor prompt arrive on the user's phone during the VPN sign-in?",
            [
                "When you try the VPN, do you get the Authenticator notification on your phone?",
                "Does your phone buzz with an approval request when you connect?",
                "Are you getting the MFA push for the VPN login?",
            ],
            [
                O(
                    "approved",
                    "Yes, and it was approved",
                    "s_group",
                    [
                        "yes I approve it and it still fails",
                        "the push comes, I tap approve, then it says failed anyway",
                        "yep I get it and approve it",
                    ],
                    alt="Got it and approved",
                ),
                O(
                    "none",
                    "No prompt arrives",
                    "s_mfa",
                    [
                        "no, nothing comes through on the phone",
                        "I never get the notification",
                        "no push at all",
                    ],
                    alt="Nothing on the phone",
                ),
            ],
            explain=[
                "Keep your phone unlocked next to you and click Connect; within a few seconds "
                "Microsoft Authenticator should show 'Approve sign-in?'.",
            ],
        ),
        "inet": D(
            "Internet works?",
            "Does the user's internet work otherwise, e.g. can they open a public website?",
            [
                "Without the VPN, can you browse to something like bbc.co.uk?",
                "Is your normal internet working - can you load a news site?",
                "Just to rule it out, do regular websites open for you?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "where",
                    [
                        "yes, the internet is fine",
                        "websites load fine",
                        "yeah I can browse, just not the VPN",
                        "yes, netflix works lol",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_internet",
                    [
                        "no, actually nothing loads",
                        "now that you mention it no, the internet is down too",
                        "no, pages time out as well",
                    ],
                ),
            ],
        ),
        "where": D(
            "Connecting from where?",
            "Where is the user connecting from?",
            [
                "Where are you working from today?",
                "What network are you on - home, a hotel, your phone's hotspot?",
                "Are you at home or somewhere else?",
            ],
            [
                O(
                    "home",
                    "Home broadband",
                    "backup",
                    [
                        "at home on my own wifi",
                        "home broadband",
                        "I'm working from home",
                        "from my house, normal internet",
                    ],
                    alt="At home",
                ),
                O(
                    "public",
                    "Hotel, cafe or guest Wi-Fi",
                    "s_captive",
                    [
                        "I'm in a hotel",
                        "coffee shop wifi",
                        "on the guest wifi at a client site",
                        "airport lounge wifi",
                    ],
                    alt="Public / guest Wi-Fi",
                ),
                O(
                    "hotspot",
                    "Mobile hotspot",
                    "s_hotspot",
                    [
                        "tethered to my phone",
                        "using my mobile hotspot",
                        "4G hotspot from my phone",
                    ],
                    alt="Phone tethering",
                ),
            ],
        ),
        "backup": A(
            "Try the backup gateway",
            "Switch the client to the backup gateway (vpn2.corp.example) and try again.",
            "backup_ok",
            [
                "Let's try the other gateway: open the VPN app, click the gear, change the "
                "portal to vpn2.corp.example and click Connect.",
                "Please change the portal address to vpn2.corp.example and connect again.",
                "Could you point the client at our secondary gateway, vpn2, and try once more?",
            ],
            [
                "ok, changed it to vpn2 and tried",
                "done, tried with vpn2",
                "switched the address and pressed connect",
            ],
        ),
        "s_hotspot": S(
            "Carrier blocks IPsec on the hotspot",
            "Many mobile carriers block or break IPsec through their NAT. Switch the client to "
            "SSL-only connection mode (gear > Settings > Connection) and reconnect.",
            [
                "Phone networks often block the normal VPN protocol. In the VPN app go to the "
                "gear, Settings, and set the connection mode to SSL only, then connect again.",
                "Your mobile provider is blocking the tunnel type we use; I'll switch your client "
                "to SSL mode and you can reconnect.",
            ],
            [
                "Hotspot blocked IPsec; client switched to SSL mode",
                "SSL-only mode on tethering, VPN connects",
            ],
        ),
        "backup_ok": D(
            "Backup gateway connects?",
            "Does the connection succeed through the backup gateway?",
            [
                "Did that one connect?",
                "Any luck with vpn2?",
                "Is it connected now on the secondary gateway?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_gateway",
                    [
                        "yes! it connected",
                        "that worked straight away",
                        "yep, connected now",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_reinstall",
                    [
                        "no, same thing, it times out",
                        "nope, still spinning",
                        "didn't work either",
                    ],
                ),
            ],
        ),
        "sleep": D(
            "Drops after sleep?",
            "Does the connection drop when the laptop sleeps or the lid is closed?",
            [
                "Does it drop around the time the laptop goes to sleep or you close the lid?",
                "Is it when you step away and the screen locks or the laptop sleeps?",
                "Does it only disconnect after the laptop has been idle or asleep?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_power",
                    [
                        "yes, usually after I come back from a break",
                        "yeah whenever I close the lid",
                        "it seems to be after the screen locks",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "link",
                    [
                        "no, it drops while I'm actively working",
                        "no, mid-call even",
                        "nope, I'm using it when it happens",
                    ],
                ),
            ],
        ),
        "link": D(
            "Wi-Fi or wired?",
            "Is the laptop on Wi-Fi or a cable when the VPN drops?",
            [
                "Are you on wifi or plugged in with a cable?",
                "How is the laptop connected to your router - wireless or ethernet?",
                "And is that over wifi or a network cable?",
            ],
            [
                O(
                    "wifi",
                    "Wi-Fi",
                    "s_wifi",
                    [
                        "wifi",
                        "wireless, the router is downstairs",
                        "on wi-fi",
                    ],
                ),
                O(
                    "wired",
                    "Wired",
                    "s_mtu",
                    [
                        "plugged in with a cable",
                        "ethernet",
                        "wired straight into the router",
                    ],
                    alt="Ethernet cable",
                ),
            ],
            explain=[
                "Look at the back or side of the laptop or dock: if a network cable goes into "
                "it you're wired; otherwise you're on wifi.",
            ],
        ),
        "s_cert": S(
            "Certificate not trusted",
            "The gateway or machine certificate is not trusted. Sync the clock, then redeploy "
            "the machine certificate from Company Portal; if the gateway certificate has "
            "expired, escalate to the network team.",
            [
                "Your laptop's certificate needs refreshing. Open Company Portal, run Sync, "
                "reboot, and then connect again.",
                "That's a certificate trust problem - I've pushed the certificate to your "
                "laptop again; please restart and reconnect.",
            ],
            [
                "Machine certificate redeployed via Company Portal; VPN connects",
                "Re-issued device certificate, VPN working after reboot",
            ],
        ),
        "s_update": S(
            "Upgrade the VPN client",
            "The installed VPN client version is no longer accepted by the gateway. Install "
            "the current version from Software Center and reconnect.",
            [
                "Your VPN app is too old. Open Software Center, install the latest "
                "GlobalProtect, then connect again.",
                "We need to update the client - in Software Center search for GlobalProtect "
                "and click Update.",
            ],
            ["Updated GlobalProtect from Software Center", "VPN client upgraded"],
        ),
        "s_pw": S(
            "Password expired",
            "The account password is expired or wrong. Reset it with self-service password "
            "reset, then sign in to the VPN with the new password.",
            [
                "Your password has expired. Reset it on the self-service page and then use the "
                "new one in the VPN.",
                "The password itself is the problem - please do a self-service reset and try "
                "the VPN with the new password.",
            ],
            [
                "Password expired; reset via self-service and VPN connects",
                "User reset password, VPN authentication OK",
            ],
        ),
        "s_group": S(
            "Not in the VPN group",
            "Sign-in and MFA succeed but the user is not in the VPN-Users group. Add the user "
            "to VPN-Users and retry after 15 minutes.",
            [
                "Your account isn't in the VPN access group. I've added you - give it 15 "
                "minutes and connect again.",
                "You're missing the VPN-Users membership; added it now, please retry in a "
                "quarter of an hour.",
            ],
            ["Added user to VPN-Users group", "Missing VPN group membership; added"],
        ),
        "s_mfa": S(
            "MFA prompt not delivered",
            "The MFA request does not reach the phone. Check the phone's notification settings "
            "and clock, or re-register the Authenticator method, then retry.",
            [
                "The approval request isn't getting to your phone. Open Authenticator, check "
                "notifications are allowed, and if that fails re-add your account on the "
                "security info page.",
                "Let's fix the Authenticator: allow notifications, set the phone's time to "
                "automatic, and try the VPN again.",
            ],
            [
                "Authenticator notifications were off; re-enabled",
                "Re-registered Authenticator, MFA push arrives",
            ],
        ),
        "s_internet": S(
            "No internet connection",
            "The local internet connection is down, so the VPN cannot work. Restart the router "
            "or use a hotspot; use the Wi-Fi flow if the laptop's wireless is the problem.",
            [
                "Your internet itself is down, so the VPN can't connect. Restart your router, "
                "or use your phone's hotspot for now.",
                "The VPN needs working internet first - please power cycle the router and "
                "check again.",
            ],
            ["Home internet was down; router restart fixed it", "No internet; router restarted"],
        ),
        "s_captive": S(
            "Captive portal or blocked network",
            "Public and guest networks often need a sign-in page first or block VPN traffic. "
            "Accept the portal in a browser and retry; if still blocked, use a phone hotspot.",
            [
                "Hotel networks usually need you to accept their terms first - open a browser, "
                "accept the page, then try the VPN. If it still fails, use your phone's "
                "hotspot.",
                "That network is blocking the VPN. Accept the wifi login page in a browser, "
                "or switch to tethering.",
            ],
            [
                "Accepted hotel captive portal; VPN connected",
                "Guest wifi blocked VPN; used hotspot",
            ],
        ),
        "s_gateway": S(
            "Primary gateway unreachable",
            "The primary gateway is unreachable from the user's network but the backup works. "
            "Leave the user on the backup gateway and report the primary to the network team.",
            [
                "Great, stay on vpn2 for now. I'm raising a ticket with the network team about "
                "the main gateway.",
                "Keep using the backup gateway; I'll report the primary one to networking.",
            ],
            [
                "Primary VPN gateway unreachable; user on vpn2, network team informed",
                "Connected via backup gateway",
            ],
        ),
        "s_reinstall": S(
            "Reset network stack and reinstall client",
            "Neither gateway works although the internet does. Reset the Windows network stack "
            "(netsh winsock reset), reinstall the VPN client and reboot.",
            [
                "Let's reset the network settings: run 'netsh winsock reset' as admin, "
                "reinstall GlobalProtect from Software Center and reboot.",
                "We'll need to reinstall the VPN client and reset Winsock - I'll guide you, "
                "then a reboot.",
            ],
            ["Winsock reset and VPN client reinstall fixed it", "Reinstalled VPN client"],
        ),
        "s_power": S(
            "Adapter power saving",
            "Windows turns the network adapter off during sleep and the tunnel does not "
            "recover. Disable 'Allow the computer to turn off this device to save power'.",
            [
                "Windows is switching the network card off to save power. In Device Manager, "
                "open your network adapter > Power Management and untick 'Allow the computer "
                "to turn off this device'.",
                "Turn off the adapter's power saving option in Device Manager and the VPN will "
                "survive sleep.",
            ],
            ["Disabled NIC power saving; VPN stable after sleep", "Adapter power management off"],
        ),
        "s_wifi": S(
            "Unstable Wi-Fi",
            "The tunnel drops because the wireless link is unstable. Move closer to the "
            "router, prefer 5 GHz or use a cable; use the Wi-Fi flow if it persists.",
            [
                "The VPN is dropping because your wifi is unstable. Try sitting nearer the "
                "router or plugging in a cable.",
                "It's the wireless link - use the 5 GHz network or a cable and the VPN should "
                "hold.",
            ],
            ["Wi-Fi too weak; user moved to cable", "Moved nearer router, VPN stable"],
        ),
        "s_mtu": S(
            "Lower the tunnel MTU",
            "On a stable wired link, drops come from packet size or idle timeouts. Set the "
            "tunnel MTU to 1400 in the client profile and enable keep-alive.",
            [
                "I'm pushing a profile change that lowers the MTU to 1400 and turns on "
                "keep-alive; reconnect after it arrives.",
                "We'll lower the tunnel MTU - please reconnect in 10 minutes once the new "
                "settings land.",
            ],
            ["MTU lowered to 1400, drops stopped", "VPN profile updated (MTU, keep-alive)"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# networking 2/3: Wi-Fi
# --------------------------------------------------------------------------------------

WIFI: dict[str, Any] = {
    "id": "wifi-drops",
    "name": "Wi-Fi keeps disconnecting",
    "description": "A laptop loses its wireless connection repeatedly, in the office or at home.",
    "domain": "networking",
    "keywords": ["wifi", "wi-fi", "wireless", "disconnects", "signal"],
    "openings": [
        "wifi keeps dropping",
        "Wireless connection unstable on my laptop",
        "My laptop loses wifi all the time",
        "Wi-Fi disconnects randomly",
        "internet keeps cutting out on laptop",
        "keep getting kicked off the wireless",
        "Laptop wifi is really unreliable since last week",
    ],
    "answered": [
        (
            [("root", "me")],
            [
                "Only my laptop keeps losing wifi, everyone else is fine",
                "wifi drops on my laptop only, colleagues next to me have no problem",
            ],
        ),
        (
            [("root", "me"), ("ssid", "corp")],
            [
                "My laptop keeps dropping off CORP-WIFI, nobody else has the issue",
            ],
        ),
        (
            [("root", "area")],
            [
                "The wifi keeps dropping for everyone on our floor",
                "Whole team in meeting room 3 keeps losing wireless",
            ],
        ),
        (
            [("root", "home")],
            [
                "wifi drops only when I work from home, fine in the office",
                "At home my laptop wifi keeps disconnecting",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "Who is affected?",
            "Is only this user's laptop affected, or others around them too?",
            [
                "Is it just your laptop, or are people around you losing wifi as well?",
                "Are colleagues near you having the same problem?",
                "Is this only your machine? And is it in the office or at home?",
            ],
            [
                O(
                    "me",
                    "Only this laptop, in the office",
                    "ssid",
                    [
                        "just mine, everyone else seems fine",
                        "only me as far as I know",
                        "only my laptop, others near me are ok",
                    ],
                    alt="Just this device",
                ),
                O(
                    "area",
                    "Several people in the same area",
                    "s_ap",
                    [
                        "no, half the office is complaining",
                        "everyone in this meeting room has the same",
                        "my whole team is getting kicked off",
                    ],
                    alt="Others too",
                ),
                O(
                    "home",
                    "Only at home; fine in the office",
                    "band",
                    [
                        "it's only at home actually, at work it's fine",
                        "only happens when I'm working from home",
                        "in the office no problem, at home constantly",
                    ],
                    alt="Only at home",
                ),
            ],
            explain=[
                "Just ask one or two people sitting near you whether their wifi has dropped today.",
            ],
            help_text="If several users in one area are affected, it is the access point, not "
            "the laptop.",
        ),
        "ssid": D(
            "Which network?",
            "Which wireless network is the laptop joining?",
            [
                "Which wifi network are you connected to?",
                "What's the name of the network you're on - CORP-WIFI or the guest one?",
                "Are you on the staff wireless or the guest network?",
            ],
            [
                O(
                    "corp",
                    "CORP-WIFI (staff)",
                    "freq",
                    [
                        "CORP-WIFI",
                        "the normal staff one",
                        "corp wifi I think",
                    ],
                    alt="Staff network",
                ),
                O(
                    "guest",
                    "Guest network",
                    "s_guest",
                    [
                        "GUEST-WIFI",
                        "the guest one, the staff one never worked for me",
                        "I'm on guest",
                    ],
                    alt="Guest",
                ),
            ],
            explain=[
                "Click the wifi icon next to the clock; the network you are connected to is at "
                "the top and says 'Connected'.",
            ],
        ),
        "freq": D(
            "How often?",
            "How often does the connection drop?",
            [
                "How often does it happen?",
                "Is it dropping every few minutes or just now and then?",
                "Roughly how frequent are the drops?",
            ],
            [
                O(
                    "often",
                    "Every few minutes",
                    "driver",
                    [
                        "every few minutes, it's unusable",
                        "like every 5 minutes",
                        "constantly",
                    ],
                    alt="Very often",
                ),
                O(
                    "daily",
                    "Once or twice a day",
                    "wake",
                    [
                        "a couple of times a day",
                        "once or twice a day",
                        "not often, maybe twice a day",
                    ],
                    alt="A few times a day",
                ),
                O(
                    "moving",
                    "When moving between rooms or floors",
                    "s_roam",
                    [
                        "when I walk from my desk to a meeting room",
                        "whenever I change floors",
                        "when I move around the building with the laptop open",
                    ],
                    alt="While moving around",
                ),
            ],
        ),
        "driver": A(
            "Update the Wi-Fi driver",
            "Update the wireless adapter driver from Software Center and reboot.",
            "driver_ok",
            [
                "Please open Software Center, install the 'Intel Wireless driver' update and "
                "restart.",
                "Let's update the wifi driver first - it's in Software Center under Drivers. "
                "Reboot afterwards.",
            ],
            [
                "installed it and rebooted",
                "done, laptop restarted",
                "ok the update finished, restarted",
            ],
        ),
        "driver_ok": D(
            "Stable after driver update?",
            "Is the connection stable after the driver update?",
            [
                "Give it a little while - is the wifi staying up now?",
                "Since the update, has it dropped again?",
                "Is it holding the connection now?",
            ],
            [
                O(
                    "yes",
                    "Yes, stable",
                    "s_driver",
                    [
                        "seems fine now, no drops for an hour",
                        "yes it's been stable since",
                        "hasn't dropped since",
                    ],
                    alt="Yes",
                ),
                O(
                    "no",
                    "No, still dropping",
                    "prompt",
                    [
                        "no, dropped again 5 minutes later",
                        "still the same unfortunately",
                        "nope, just lost it again",
                    ],
                    alt="No",
                ),
            ],
        ),
        "wake": D(
            "Drops after wake?",
            "Does it drop when the laptop wakes from sleep?",
            [
                "Does it tend to happen after the laptop has been asleep?",
                "Is it when you open the lid or come back to the laptop?",
                "Do you lose the wifi after the laptop wakes up?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_power",
                    [
                        "yes, usually after lunch when I open it",
                        "yeah, after it's been sleeping",
                        "now you say it, yes, after the lid was closed",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "prompt",
                    [
                        "no, it just happens while I'm working",
                        "no, it's random",
                        "not related to sleep, no",
                    ],
                ),
            ],
        ),
        "prompt": D(
            "Sign-in prompt on reconnect?",
            "Does the laptop show a certificate or sign-in prompt for CORP-WIFI when it "
            "reconnects?",
            [
                "When it reconnects, does Windows ask you to sign in or accept a certificate?",
                "Do you get a popup asking for credentials or about a certificate on the wifi?",
                "Any login box or certificate warning when it comes back?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_cert",
                    [
                        "yes it asks me to 'continue connecting?' with some certificate thing",
                        "yeah a login box appears for the wifi",
                        "yes, it wants my username and password again",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_profile",
                    [
                        "no, it just reconnects by itself",
                        "no popups",
                        "nothing like that",
                    ],
                ),
            ],
        ),
        "band": D(
            "Home router band",
            "Which band is the home router offering - is a 5 GHz network visible?",
            [
                "When you click the wifi icon at home, do you see a network ending in 5G or 5GHz?",
                "Does your router have a separate 5 GHz network?",
                "What networks from your router show up in the list?",
            ],
            [
                O(
                    "only24",
                    "Only 2.4 GHz",
                    "s_channel",
                    [
                        "just one network, no 5G",
                        "only the normal one",
                        "there's no 5 GHz one",
                    ],
                    alt="Only one network",
                ),
                O(
                    "on24",
                    "5 GHz exists but the laptop uses 2.4 GHz",
                    "s_band",
                    [
                        "there's a 5G one but I'm connected to the other",
                        "yes there's MyHome-5G but I'm on MyHome",
                        "I see both, I use the non-5G one",
                    ],
                    alt="5 GHz available, not used",
                ),
                O(
                    "unknown",
                    "Can't tell / ISP router",
                    "others",
                    [
                        "no idea, it's the box the ISP gave me",
                        "I don't know how to tell",
                        "just the router from my provider, not sure",
                    ],
                    alt="Not sure",
                ),
            ],
            explain=[
                "Click the wifi icon by the clock at home. Networks from your router often "
                "appear twice, one with '5G' or '5GHz' in the name.",
            ],
        ),
        "others": D(
            "Other home devices drop?",
            "Do other devices at home (phone, TV) lose the connection too?",
            [
                "Does your phone or TV also lose the internet at the same time?",
                "Is it only the work laptop, or do other things in the house drop too?",
                "Are your other devices at home affected?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_isp",
                    [
                        "yes the TV buffers at the same time",
                        "yeah my phone drops off too",
                        "everyone at home complains",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_reset",
                    [
                        "no, only the work laptop",
                        "phone is fine",
                        "no, everything else works",
                    ],
                ),
            ],
        ),
        "s_ap": S(
            "Access point problem",
            "Several users in one area lose wifi: the access point is faulty or overloaded. "
            "Collect the location and escalate to the network team.",
            [
                "That sounds like the access point in your area. I'm logging it with the "
                "network team with your location.",
                "Since everyone around you is affected it's the access point; network team "
                "will check it.",
            ],
            ["Access point fault escalated to network team", "Faulty AP in area, replaced"],
        ),
        "s_guest": S(
            "Use the staff network",
            "The guest network has a session limit and disconnects. Connect the laptop to "
            "CORP-WIFI instead.",
            [
                "The guest network times out sessions. Let's connect you to CORP-WIFI instead.",
                "Guest wifi kicks devices off after a while; switch to the staff network.",
            ],
            ["User moved from guest to CORP-WIFI", "Connected to staff wifi, stable"],
        ),
        "s_roam": S(
            "Roaming setting",
            "Drops when moving come from the adapter's roaming behaviour. Set 'Roaming "
            "aggressiveness' to medium-high in the adapter's advanced properties.",
            [
                "Your adapter holds on to the old access point too long. In Device Manager > "
                "wifi adapter > Advanced, set Roaming Aggressiveness to Medium-High.",
                "We'll change the roaming setting of the wifi card so it switches access points "
                "sooner.",
            ],
            ["Roaming aggressiveness raised", "Adjusted roaming setting on adapter"],
        ),
        "s_driver": S(
            "Driver update fixed it",
            "The outdated driver caused the drops; the update fixed it. Monitor for a day.",
            [
                "Great, it was the old driver. Let me know if it drops again.",
                "The driver update sorted it; I'll check back tomorrow.",
            ],
            ["Wireless driver updated; stable", "Driver update resolved drops"],
        ),
        "s_power": S(
            "Adapter power saving",
            "The wireless adapter is switched off to save power. Disable power management on "
            "the adapter.",
            [
                "In Device Manager open the wifi adapter, Power Management tab, and untick "
                "'Allow the computer to turn off this device to save power'.",
                "Windows is powering down the wifi card; turn off that power saving option.",
            ],
            ["Wifi adapter power saving disabled", "Power management fix, no more drops"],
        ),
        "s_cert": S(
            "Renew the Wi-Fi certificate",
            "The machine certificate used for CORP-WIFI is expired. Plug into a wired port, "
            "run gpupdate /force and reboot to renew it.",
            [
                "Your wifi certificate has expired. Plug in a network cable, run 'gpupdate "
                "/force', then reboot.",
                "The certificate for the staff wifi needs renewing - connect a cable for a few "
                "minutes and restart.",
            ],
            ["Machine cert renewed on LAN; wifi stable", "Expired wifi cert renewed"],
        ),
        "s_profile": S(
            "Recreate the Wi-Fi profile",
            "The saved wireless profile is corrupt. Forget the network and let the profile be "
            "pushed again (or re-add it).",
            [
                "Let's forget CORP-WIFI: wifi settings > Manage known networks > Forget, then "
                "reboot and it will come back.",
                "The saved wifi profile is damaged; remove it and I'll push a fresh one.",
            ],
            ["Wifi profile removed and re-pushed", "Forgot network and reconnected; stable"],
        ),
        "s_channel": S(
            "Interference on 2.4 GHz",
            "Only 2.4 GHz is available and the channel is congested. Change the router channel "
            "(1, 6 or 11), move the router, or ask the provider for a dual-band router.",
            [
                "Your router's only network is on a crowded band. In the router settings pick "
                "channel 1, 6 or 11, and keep it away from the microwave.",
                "Try changing the wifi channel on the router; if that doesn't help ask your "
                "provider for a dual-band router.",
            ],
            ["Changed home router channel", "2.4 GHz interference; channel changed"],
        ),
        "s_band": S(
            "Use 5 GHz",
            "The laptop joins the 2.4 GHz network although 5 GHz is available. Connect to the "
            "5 GHz network and set 'Preferred band' to 5 GHz.",
            [
                "Connect to the 5G network instead and forget the other one so it doesn't "
                "switch back.",
                "Switch to the 5 GHz network; I'll also set the adapter to prefer 5 GHz.",
            ],
            ["Moved laptop to 5 GHz", "Preferred band set to 5 GHz"],
        ),
        "s_isp": S(
            "Home router or provider",
            "All devices at home drop: the home router or the provider. Restart the router, "
            "update its firmware, contact the provider.",
            [
                "Since everything at home drops, it's your router or provider. Restart it and "
                "if it continues call your provider.",
                "It's not the laptop - please power cycle the router and contact the ISP if it "
                "keeps happening.",
            ],
            ["Home router issue; user contacting ISP", "Router restarted, provider informed"],
        ),
        "s_reset": S(
            "Reset the laptop's network settings",
            "Only the work laptop drops at home. Reset network settings, forget the home "
            "network and reconnect.",
            [
                "Let's do a network reset: Settings > Network > Advanced > Network reset, then "
                "reconnect to your home wifi.",
                "We'll reset the laptop's network settings and rejoin your home network.",
            ],
            ["Network reset on laptop; home wifi stable", "Reset network settings"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# networking 3/3: shared drive
# --------------------------------------------------------------------------------------

SHARE: dict[str, Any] = {
    "id": "shared-drive-access",
    "name": "Shared drive access denied or missing",
    "description": "A user cannot open a departmental shared drive or folder on the file "
    "server: access denied, a missing drive letter, or the path cannot be found.",
    "domain": "networking",
    "keywords": ["shared drive", "file share", "access denied", "mapped drive", "permissions"],
    "openings": [
        "Can't open the shared drive",
        "problem with the S: drive",
        "Need access to the finance share",
        "shared folder not working",
        "I can't get to our team folder on the server",
        "network drive issue",
        "cant access shared drive since this morning",
    ],
    "answered": [
        (
            [("root", "denied")],
            [
                "Getting 'access denied' on the team share",
                "It says I don't have permission to open the Projects folder",
            ],
        ),
        (
            [("root", "denied"), ("before", "new")],
            [
                "I've just joined the team and get access denied on their shared folder",
            ],
        ),
        (
            [("root", "missing")],
            [
                "My S: drive has disappeared from This PC",
                "mapped drive shows a red cross",
            ],
        ),
        (
            [("root", "path")],
            [
                "Error 'network path not found' when opening the share",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "What does the user see?",
            "What exactly does the user see when opening the share?",
            [
                "What happens when you try to open it?",
                "Do you get an error, or is the drive just not there?",
                "Tell me what's on screen when you double-click the drive.",
            ],
            [
                O(
                    "denied",
                    "'Access is denied' / no permission",
                    "before",
                    [
                        "it says access is denied",
                        "'you don't have permission to access this folder'",
                        "access denied",
                        "it asks me to contact the administrator for access",
                    ],
                    alt="Access denied",
                ),
                O(
                    "missing",
                    "Drive letter missing or red X",
                    "where",
                    [
                        "the drive isn't there any more",
                        "there's a red X on the S drive",
                        "the drive letter is gone from This PC",
                    ],
                    alt="Drive missing",
                ),
                O(
                    "path",
                    "'Network path not found'",
                    "fqdn",
                    [
                        "it says the network path was not found",
                        "Windows cannot access \\\\fs01\\projects",
                        "error 0x80070035",
                    ],
                    alt="Path not found",
                ),
            ],
        ),
        "before": D(
            "Had access before?",
            "Has the user accessed this folder before?",
            [
                "Did you have access to this folder before, or is it new for you?",
                "Has this ever worked for you?",
                "Is this a folder you used to open fine?",
            ],
            [
                O(
                    "worked",
                    "Yes, until recently",
                    "pwchange",
                    [
                        "yes, I used it every day until yesterday",
                        "it worked last week",
                        "yes, always had access",
                    ],
                    alt="Used to work",
                ),
                O(
                    "new",
                    "No, new access",
                    "approval",
                    [
                        "no, I've just been given this project",
                        "never had it, I'm new in the team",
                        "no it's the first time I need it",
                    ],
                    alt="New access",
                ),
            ],
        ),
        "pwchange": D(
            "Recent password change?",
            "Did the user change their password recently?",
            [
                "Have you changed your password in the last few days?",
                "Did your password change recently?",
                "Any password reset lately?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_creds",
                    [
                        "yes, on Monday it expired and I changed it",
                        "yeah I reset it yesterday",
                        "yes this morning",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "colleague",
                    [
                        "no, same password for weeks",
                        "no, not recently",
                        "don't think so, no",
                    ],
                ),
            ],
        ),
        "colleague": D(
            "Colleague can open it?",
            "Can a colleague in the same team open the same folder?",
            [
                "Could you ask someone in your team to try opening the same folder?",
                "Does it work for your colleagues?",
                "Can anyone else in your team get into it?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_removed",
                    [
                        "yes, my colleague can open it fine",
                        "it works for Sarah sitting next to me",
                        "yeah they can",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_acl",
                    [
                        "no, they're locked out as well",
                        "nobody in the team can open it now",
                        "no, same error for them",
                    ],
                ),
            ],
        ),
        "approval": D(
            "Request approved?",
            "Has the folder owner approved an access request for the user?",
            [
                "Did you raise an access request, and has the owner approved it?",
                "Has someone approved access for you in the request portal?",
                "Where is the access request - approved, pending, or not raised yet?",
            ],
            [
                O(
                    "approved",
                    "Approved",
                    "s_relog",
                    [
                        "yes, I got the approval email yesterday",
                        "my manager approved it this morning",
                        "it shows approved",
                    ],
                ),
                O(
                    "pending",
                    "Requested, still pending",
                    "s_chase",
                    [
                        "I requested it but nothing yet",
                        "it's still pending",
                        "waiting on the owner",
                    ],
                    alt="Pending",
                ),
                O(
                    "none",
                    "No request raised",
                    "s_request",
                    [
                        "what request? no",
                        "no, I thought it would just work",
                        "I didn't request anything",
                    ],
                    alt="Not requested",
                ),
            ],
            explain=[
                "Open the IT portal, go to My Requests; any access request shows there with its "
                "status.",
            ],
        ),
        "where": D(
            "Office or remote?",
            "Is the user in the office or working remotely?",
            [
                "Are you in the office today or at home?",
                "Where are you working from?",
                "Are you on site or remote at the moment?",
            ],
            [
                O(
                    "remote",
                    "Remote",
                    "vpn",
                    [
                        "at home",
                        "working remotely today",
                        "from home",
                    ],
                ),
                O(
                    "office",
                    "In the office",
                    "s_remap",
                    [
                        "in the office, 2nd floor",
                        "at my desk in the office",
                        "I'm in the building",
                    ],
                    alt="Office",
                ),
            ],
        ),
        "vpn": D(
            "VPN connected?",
            "Is the VPN connected?",
            [
                "Is your VPN connected right now?",
                "Is GlobalProtect showing connected?",
                "Are you on the VPN?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_remap_vpn",
                    [
                        "yes it's connected",
                        "yep VPN is on",
                        "yes, connected since this morning",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_vpn_first",
                    [
                        "no, I didn't connect it",
                        "oh, no it isn't",
                        "no, it won't connect actually",
                    ],
                ),
            ],
            explain=[
                "Click the globe icon near the clock; it says Connected or Disconnected.",
            ],
        ),
        "fqdn": D(
            "Full server name works?",
            "Does the path open using the server's full name (\\\\fs01.corp.example\\share)?",
            [
                "Try typing \\\\fs01.corp.example\\projects into Explorer - does that open?",
                "If you use the full server name instead, does it work?",
                "What happens with the long name, fs01.corp.example?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_dns",
                    [
                        "yes that opens",
                        "with the long name it works",
                        "oh that works",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "ping",
                    [
                        "no, same error",
                        "still network path not found",
                        "no, doesn't work either",
                    ],
                ),
            ],
            explain=[
                "Open File Explorer, click in the address bar at the top, type "
                "\\\\fs01.corp.example\\projects and press Enter.",
            ],
        ),
        "ping": D(
            "Server answers ping?",
            "Can the user ping the file server?",
            [
                "Can you run 'ping fs01' in a command prompt and tell me if it replies?",
                "Does the file server reply to a ping?",
                "Let's ping the server - do you get replies?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_smb",
                    [
                        "yes, replies in 2ms",
                        "it replies",
                        "yes, 4 packets received",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_offline",
                    [
                        "request timed out",
                        "no replies",
                        "no, it says host unreachable",
                    ],
                ),
            ],
            explain=[
                "Press the Windows key, type cmd, press Enter, then type 'ping fs01' and Enter; "
                "'Reply from' lines mean it answers.",
            ],
        ),
        "s_creds": S(
            "Stale saved credentials",
            "Windows still presents the old password to the file server. Remove the entries "
            "for the file server in Credential Manager, lock and unlock, reopen the share.",
            [
                "Windows is still using your old password. Open Credential Manager, remove "
                "anything for fs01, then lock and unlock your PC.",
                "Delete the saved fs01 credentials in Credential Manager and log off and on.",
            ],
            ["Removed stale credentials; share opens", "Old password cached; cleared"],
        ),
        "s_removed": S(
            "Removed from the access group",
            "The user lost membership of the folder's access group. Restore the membership and "
            "have the user log off and on.",
            [
                "You've been dropped from the group that grants access. I've re-added you - "
                "sign out and back in.",
                "Your account is no longer in the folder's group; added back, please log off "
                "and on.",
            ],
            ["Re-added user to share group", "Group membership restored"],
        ),
        "s_acl": S(
            "Folder permissions changed",
            "Nobody in the team can open the folder: its permissions were changed. Escalate "
            "to the file server team to restore the permissions.",
            [
                "Looks like the folder's permissions were changed for everyone. I'm escalating "
                "to the server team to restore them.",
                "The permissions on the folder itself are broken; server team will put them back.",
            ],
            ["Folder ACL restored by server team", "Permissions change reverted"],
        ),
        "s_relog": S(
            "Refresh group membership",
            "Access was granted but the user's logon token predates it. Log off and on (or "
            "lock/unlock and run 'klist purge').",
            [
                "Your access is in place, your PC just hasn't picked it up. Sign out and back "
                "in and try again.",
                "Please log off and on - the new group membership only applies at logon.",
            ],
            ["Access granted; logoff/logon applied it", "klist purge and relogon fixed"],
        ),
        "s_chase": S(
            "Approval pending",
            "The request is waiting for the data owner. Chase the approver; IT cannot grant "
            "access without approval.",
            [
                "We can't grant it until the owner approves. I've sent them a reminder.",
                "It's waiting on the folder owner - nudge them, and it'll be applied within the "
                "hour after approval.",
            ],
            ["Access request pending owner approval; reminder sent", "Chased approver"],
        ),
        "s_request": S(
            "Raise an access request",
            "No request exists. The user must request access to the folder in the IT portal; "
            "the data owner approves it.",
            [
                "You'll need to request it: IT portal > Request access > File share, choose "
                "the folder. The owner then approves.",
                "Please raise an access request in the portal; access follows after the owner "
                "approves it.",
            ],
            ["User raised access request", "Guided user to request access"],
        ),
        "s_remap": S(
            "Remap the drives",
            "In the office the mapping did not run. Run 'gpupdate /force' or the drive mapping "
            "shortcut, then log off and on.",
            [
                "Let's rerun the drive mapping: open a command prompt, run 'gpupdate /force' "
                "and sign out and back in.",
                "Run the 'Map network drives' shortcut on your desktop; the S: drive will come "
                "back.",
            ],
            ["Drive mapping re-run; S: back", "gpupdate restored mapped drives"],
        ),
        "s_remap_vpn": S(
            "Reconnect drives after VPN",
            "Drives are mapped at logon, before the VPN comes up. Reconnect them after the "
            "VPN is connected (mapping shortcut or 'net use').",
            [
                "The drives were mapped before your VPN connected. Double-click 'Map network "
                "drives' now that you're on the VPN.",
                "Now the VPN is up, run the mapping shortcut and the drive will reconnect.",
            ],
            ["Drives reconnected after VPN", "Re-ran mapping over VPN"],
        ),
        "s_vpn_first": S(
            "Connect the VPN first",
            "Remote users need the VPN for file shares. Connect the VPN (see the VPN flow), "
            "then reconnect the drives.",
            [
                "You need to be on the VPN to reach the shared drives. Connect it and the drive "
                "will come back.",
                "Shared drives only work over VPN from home - connect GlobalProtect first.",
            ],
            ["User connected VPN; drives available", "Needed VPN for shares"],
        ),
        "s_dns": S(
            "DNS suffix missing",
            "The short server name does not resolve. Use the full name and fix the DNS search "
            "suffix; update the drive mapping to the full name.",
            [
                "Your PC can't resolve the short name. I'll remap the drive with the full "
                "server name and fix the DNS suffix.",
                "It's a name resolution thing; mapping the drive with fs01.corp.example fixes it.",
            ],
            ["Mapped with FQDN; DNS suffix fixed", "Short name not resolving; remapped"],
        ),
        "s_smb": S(
            "File service problem",
            "The server answers but the share does not: the file service or firewall is at "
            "fault. Escalate to the server team.",
            [
                "The server is up but the file sharing on it isn't answering. Escalating to the "
                "server team.",
                "Server team needs to look at the file service; I've raised it.",
            ],
            ["File service restarted by server team", "SMB issue on server escalated"],
        ),
        "s_offline": S(
            "File server unreachable",
            "The file server does not answer at all. Check the status page for an outage and "
            "escalate.",
            [
                "The server isn't reachable. There's an outage on the status page; it should be "
                "back within the hour.",
                "Looks like fs01 is down; I've escalated it as an outage.",
            ],
            ["File server outage", "Server down; escalated"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# m365 1/2: Outlook
# --------------------------------------------------------------------------------------

OUTLOOK: dict[str, Any] = {
    "id": "outlook-not-syncing",
    "name": "Outlook not syncing mail",
    "description": "Outlook desktop does not receive or send new mail, shows disconnected, or "
    "keeps asking for a password.",
    "domain": "m365",
    "keywords": ["outlook", "email", "sync", "mailbox", "disconnected"],
    "openings": [
        "Outlook not updating",
        "not receiving emails in outlook",
        "Outlook stuck, no new mail since this morning",
        "Email problem",
        "my outlook isn't syncing",
        "New mails aren't coming through on my laptop",
        "outlook issue pls help",
    ],
    "answered": [
        (
            [("root", "disconnected")],
            [
                "Outlook says Disconnected at the bottom",
                "Outlook stuck on 'Trying to connect...'",
            ],
        ),
        (
            [("root", "disconnected"), ("owa", "yes")],
            [
                "Outlook shows disconnected but webmail works fine",
            ],
        ),
        (
            [("root", "password")],
            [
                "Outlook keeps asking for my password",
                "constant password prompts in Outlook",
            ],
        ),
        (
            [("root", "connected")],
            [
                "Outlook says connected but new emails don't show up",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "Status bar",
            "What does Outlook show in the status bar at the bottom of the window?",
            [
                "Look at the very bottom of the Outlook window - what does it say there?",
                "What's the status in the bottom bar: connected, disconnected, offline?",
                "Is Outlook saying anything at the bottom, like 'Disconnected' or 'Working "
                "offline'?",
            ],
            [
                O(
                    "disconnected",
                    "Disconnected / Trying to connect",
                    "owa",
                    [
                        "it says disconnected",
                        "'Trying to connect...'",
                        "disconnected, has been all morning",
                    ],
                    alt="Disconnected",
                ),
                O(
                    "offline",
                    "Working offline",
                    "s_offline",
                    [
                        "it says working offline",
                        "Working Offline",
                        "offline mode or something",
                    ],
                ),
                O(
                    "connected",
                    "Connected, but new mail doesn't appear",
                    "scope",
                    [
                        "it says connected to Microsoft Exchange",
                        "all folders are up to date, connected",
                        "connected, but nothing new comes in",
                    ],
                    alt="Connected",
                ),
                O(
                    "password",
                    "Keeps prompting for a password",
                    "pwchange",
                    [
                        "it keeps asking for my password",
                        "there's a 'Need password' button",
                        "password popup over and over",
                    ],
                    alt="Password prompts",
                ),
            ],
            explain=[
                "At the very bottom right of the Outlook window there's a grey bar; it shows "
                "text like 'Connected to: Microsoft Exchange'.",
            ],
        ),
        "owa": D(
            "Webmail shows new mail?",
            "Does Outlook on the web show the new mail?",
            [
                "If you open outlook.office.com in a browser, are the new emails there?",
                "Can you check webmail - do you see the missing messages?",
                "Does the mail show up in the browser version?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "safe",
                    [
                        "yes, they're all there in the browser",
                        "webmail has them",
                        "yeah, I see them online",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_service",
                    [
                        "no, not there either",
                        "webmail is missing them too",
                        "no, and the browser one is really slow",
                    ],
                ),
            ],
            explain=[
                "Open a browser, go to outlook.office.com and sign in with your work account; "
                "it's the same mailbox.",
            ],
        ),
        "safe": A(
            "Start in safe mode",
            "Close Outlook and start it in safe mode (outlook.exe /safe).",
            "safe_ok",
            [
                "Close Outlook, then press Win+R, type 'outlook.exe /safe' and press Enter.",
                "Let's start Outlook without add-ins: hold Ctrl while clicking the Outlook icon "
                "and say yes to safe mode.",
            ],
            ["ok it opened in safe mode", "done, it says safe mode in the title", "opened it"],
        ),
        "safe_ok": D(
            "Connects in safe mode?",
            "Does Outlook connect in safe mode?",
            [
                "In safe mode, does it say connected and pull the new mail?",
                "Is it syncing now in safe mode?",
                "Do the new emails come in like this?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_addin",
                    [
                        "yes, it's syncing now",
                        "everything came in",
                        "yes, connected",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_profile",
                    [
                        "no, still disconnected",
                        "nope, same",
                        "still nothing",
                    ],
                ),
            ],
        ),
        "scope": D(
            "Which folders?",
            "Is one folder affected, or everything?",
            [
                "Is it all your mail, or only certain folders?",
                "Which part isn't updating - inbox, calendar, a shared mailbox?",
                "Is it your whole mailbox or just one area of it?",
            ],
            [
                O(
                    "shared",
                    "Only a shared mailbox",
                    "s_shared",
                    [
                        "only the team mailbox",
                        "just the shared support inbox",
                        "my own inbox is fine, the shared one is stuck",
                    ],
                    alt="Shared mailbox",
                ),
                O(
                    "all",
                    "Every folder of the user's mailbox",
                    "quota",
                    [
                        "everything, inbox and sent",
                        "all of it",
                        "my whole inbox",
                    ],
                    alt="Everything",
                ),
                O(
                    "calendar",
                    "Only the calendar",
                    "s_calendar",
                    [
                        "mail is fine, the calendar doesn't update",
                        "just the calendar, meetings missing",
                        "only calendar",
                    ],
                    alt="Calendar",
                ),
            ],
        ),
        "quota": D(
            "Mailbox full?",
            "Is the mailbox full (File > Info shows the quota)?",
            [
                "Could your mailbox be full? File > Info shows how much space is left.",
                "How much space is left in your mailbox?",
                "Is there a warning about mailbox size?",
            ],
            [
                O(
                    "full",
                    "Nearly full",
                    "s_quota",
                    [
                        "it says 49.5 GB of 50 GB",
                        "yes, it's red, almost full",
                        "there's a warning that it's full",
                    ],
                    alt="Full",
                ),
                O(
                    "space",
                    "Plenty of space",
                    "repair",
                    [
                        "no, 12 GB free",
                        "lots of space left",
                        "no it's about half",
                    ],
                    alt="Space left",
                ),
            ],
            explain=[
                "In Outlook click File, then Info; the 'Mailbox Settings' box shows a bar with "
                "the free space.",
            ],
        ),
        "repair": A(
            "Quick repair Office",
            "Run a quick repair of Microsoft 365 Apps from Settings > Apps.",
            "repair_ok",
            [
                "Go to Settings > Apps, find Microsoft 365, click Modify and choose Quick Repair.",
                "Let's repair Office: Apps & features, Microsoft 365, Modify, Quick Repair.",
            ],
            ["repair finished", "it ran, took a few minutes", "done the quick repair"],
        ),
        "repair_ok": D(
            "Mail arriving after repair?",
            "Is new mail arriving after the repair?",
            [
                "Open Outlook again - is new mail coming in?",
                "Any new mail since the repair?",
                "Is it syncing now?",
            ],
            [
                O("yes", "Yes", "s_repair", ["yes, all caught up", "yes new mail came in", "yep"]),
                O(
                    "no",
                    "No",
                    "s_ost",
                    [
                        "no, still nothing new",
                        "nope",
                        "still stuck at 9am",
                    ],
                ),
            ],
        ),
        "pwchange": D(
            "Recent password change?",
            "Did the user change their password recently?",
            [
                "Did you change your password lately?",
                "Has your password been reset in the last day or two?",
                "Any recent password change?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_creds",
                    [
                        "yes yesterday",
                        "yeah it expired this week",
                        "yes I changed it this morning",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "mfa",
                    [
                        "no",
                        "no, months ago",
                        "not that I remember",
                    ],
                ),
            ],
        ),
        "mfa": D(
            "MFA prompt appears?",
            "Does an MFA or Authenticator prompt appear when Outlook asks to sign in?",
            [
                "When Outlook asks, do you get the Authenticator approval on your phone?",
                "Do you get the phone prompt at all when signing in to Outlook?",
                "What happens with the two-factor prompt?",
            ],
            [
                O(
                    "loop",
                    "Yes, but it keeps looping",
                    "s_broker",
                    [
                        "I approve it and then it asks again",
                        "yes but it loops",
                        "the phone prompt comes, and then Outlook asks again",
                    ],
                    alt="Prompt loops",
                ),
                O(
                    "none",
                    "No prompt arrives",
                    "s_mfa",
                    [
                        "no, nothing on my phone",
                        "no prompt",
                        "I don't get anything on the phone",
                    ],
                    alt="No prompt",
                ),
            ],
        ),
        "s_offline": S(
            "Turn off Work Offline",
            "Outlook is set to work offline. Send / Receive > Work Offline toggles it back.",
            [
                "Go to the Send / Receive tab and click 'Work Offline' once to switch it off.",
                "Outlook is in offline mode - Send/Receive tab, click Work Offline.",
            ],
            ["Work Offline toggled off", "Outlook was in offline mode"],
        ),
        "s_service": S(
            "Service or mailbox problem",
            "Webmail is also missing the mail: a service or mailbox issue. Check service "
            "health and escalate to the messaging team.",
            [
                "It's not your Outlook, the mailbox itself isn't getting mail. There's an "
                "advisory on the service health page; we're tracking it.",
                "I'm escalating to the messaging team since webmail is affected too.",
            ],
            ["Exchange Online incident; resolved by Microsoft", "Mailbox issue escalated"],
        ),
        "s_addin": S(
            "Disable the faulty add-in",
            "Safe mode works: an add-in breaks Outlook. Disable add-ins under File > Options > "
            "Add-ins and re-enable one at a time.",
            [
                "One of your add-ins is the problem. File > Options > Add-ins > Go, untick them, "
                "restart Outlook normally.",
                "Let's turn off the add-ins - the PDF one is usually the culprit.",
            ],
            ["Disabled faulty add-in", "COM add-in disabled, Outlook syncs"],
        ),
        "s_profile": S(
            "New Outlook profile",
            "Even safe mode does not connect: the profile is damaged. Create a new Outlook "
            "profile in Control Panel > Mail.",
            [
                "We'll make a new Outlook profile: Control Panel > Mail > Show Profiles > Add, "
                "then set it as default.",
                "Your Outlook profile is corrupted; I'll create a fresh one with you.",
            ],
            ["New Outlook profile created", "Profile rebuilt"],
        ),
        "s_shared": S(
            "Re-add the shared mailbox",
            "Only a shared mailbox is stale. Remove it and re-add it, or turn off 'Download "
            "shared folders' in the cached mode settings.",
            [
                "Let's remove the shared mailbox from your account settings and add it again.",
                "I'll untick 'download shared folders' so the shared inbox is read live.",
            ],
            ["Shared mailbox re-added", "Disabled download shared folders"],
        ),
        "s_calendar": S(
            "Calendar sync",
            "Only the calendar is stale. Turn on the new calendar sharing improvements and "
            "clear the calendar cache.",
            [
                "For the calendar, turn on 'shared calendar improvements' in Account Settings "
                "and restart Outlook.",
                "Let's reset the calendar cache; the meetings will come back after a restart.",
            ],
            ["Calendar sharing improvements enabled", "Calendar cache reset"],
        ),
        "s_quota": S(
            "Mailbox full",
            "The mailbox is at its quota and stops receiving. Empty Deleted Items, archive old "
            "mail or request a larger mailbox.",
            [
                "Your mailbox is full, so new mail is refused. Empty Deleted Items and archive "
                "older folders.",
                "Clear some space - Deleted Items and big attachments - and mail will flow again.",
            ],
            ["Mailbox full; user cleaned up", "Archived old mail, mail flowing"],
        ),
        "s_repair": S(
            "Office repair fixed it",
            "The quick repair fixed the Outlook installation.",
            [
                "The repair sorted it. Let me know if it happens again.",
                "Good, the Office repair fixed it.",
            ],
            ["Office quick repair fixed sync", "Repaired Office"],
        ),
        "s_ost": S(
            "Rebuild the OST",
            "The local cache file is damaged. Close Outlook, rename the .ost file and let "
            "Outlook download the mailbox again.",
            [
                "Your local mail cache is damaged. Close Outlook, rename the .ost file in "
                "AppData\\Local\\Microsoft\\Outlook and reopen - it will resync.",
                "We'll rebuild the offline cache file; it'll take a while to download "
                "everything again.",
            ],
            ["OST rebuilt; Outlook syncing", "Renamed corrupt OST"],
        ),
        "s_creds": S(
            "Clear cached credentials",
            "Outlook holds the old password. Remove the Office entries in Credential Manager "
            "and sign in again.",
            [
                "Open Credential Manager, remove the entries starting with MicrosoftOffice, "
                "restart Outlook and sign in with your new password.",
                "Outlook remembers your old password - clear it in Credential Manager.",
            ],
            ["Cleared old credentials; Outlook signs in", "Removed cached Office creds"],
        ),
        "s_broker": S(
            "Reset the sign-in broker",
            "Sign-in loops after MFA: the Windows sign-in broker is broken. Sign out of all "
            "Office apps and reset the AAD Broker plugin.",
            [
                "The sign-in component is stuck. Sign out of Office, I'll reset the broker "
                "plugin, then sign in once.",
                "Let's reset the Windows account broker and sign in fresh.",
            ],
            ["AAD broker reset; prompts stopped", "Sign-in loop fixed"],
        ),
        "s_mfa": S(
            "MFA method broken",
            "No MFA prompt arrives. Re-register the Authenticator method (see the account "
            "lockout flow).",
            [
                "Your Authenticator isn't set up properly. Go to the security info page and add "
                "it again.",
                "We need to re-register your phone for MFA; I'll send a temporary pass.",
            ],
            ["Re-registered MFA method", "Authenticator re-added"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# m365 2/2: Teams audio
# --------------------------------------------------------------------------------------

TEAMS: dict[str, Any] = {
    "id": "teams-audio",
    "name": "Teams call audio problems",
    "description": "In Microsoft Teams calls the user is not heard, hears nothing, or the "
    "audio is choppy.",
    "domain": "m365",
    "keywords": ["teams", "audio", "microphone", "headset", "call", "sound"],
    "openings": [
        "Teams audio not working",
        "problem with sound in teams meetings",
        "Audio issue in Teams",
        "teams calls are a mess",
        "headset not working with teams",
        "Sound problems on calls",
    ],
    "answered": [
        (
            [("root", "mic")],
            [
                "People can't hear me in Teams",
                "nobody hears me on teams calls",
            ],
        ),
        (
            [("root", "mic"), ("muted", "no")],
            [
                "Colleagues can't hear me in Teams even though I'm definitely not muted",
            ],
        ),
        (
            [("root", "speaker")],
            [
                "I can't hear anyone in Teams meetings",
            ],
        ),
        (
            [("root", "choppy")],
            [
                "Teams audio is choppy and robotic",
                "voices keep cutting out on teams calls",
            ],
        ),
        (
            [("root", "choppy"), ("conn", "vpn")],
            [
                "Teams calls break up when I'm on VPN",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "What is wrong?",
            "What is wrong with the audio in Teams calls?",
            [
                "What exactly happens with the audio?",
                "Is it that they can't hear you, you can't hear them, or bad quality?",
                "Describe the sound problem for me.",
            ],
            [
                O(
                    "mic",
                    "Others can't hear the user",
                    "muted",
                    [
                        "they can't hear me",
                        "nobody hears me",
                        "my mic doesn't work in teams",
                    ],
                    alt="Not heard",
                ),
                O(
                    "speaker",
                    "The user can't hear others",
                    "other_apps",
                    [
                        "I can't hear anything",
                        "I can't hear the others",
                        "no sound at all in meetings",
                    ],
                    alt="Can't hear",
                ),
                O(
                    "choppy",
                    "Audio is choppy or robotic",
                    "conn",
                    [
                        "it's choppy",
                        "robotic voices, cutting in and out",
                        "sound breaks up",
                    ],
                    alt="Bad quality",
                ),
            ],
        ),
        "muted": D(
            "Muted?",
            "Is the microphone muted in Teams or on the headset?",
            [
                "Is the mic icon in Teams crossed out, or is there a mute switch on your headset?",
                "Could you be muted - in Teams or on the headset cable?",
                "Any chance you're on mute somewhere?",
            ],
            [
                O(
                    "yes",
                    "Muted",
                    "s_unmute",
                    [
                        "oh, the headset switch was on mute",
                        "yes the little button on the cable was red",
                        "hm yes it was muted",
                    ],
                ),
                O(
                    "no",
                    "Not muted",
                    "mic_sel",
                    [
                        "no, not muted",
                        "definitely not muted",
                        "no, the mic icon is normal",
                    ],
                ),
            ],
            explain=[
                "In the meeting, the microphone icon at the top has a line through it when "
                "muted. Many headsets also have a small mute switch on the cable or earcup.",
            ],
        ),
        "mic_sel": D(
            "Selected microphone",
            "Which microphone is selected in Teams Settings > Devices?",
            [
                "In Teams, Settings > Devices, what's selected under Microphone?",
                "Which mic is Teams set to use?",
                "Can you check what Teams lists as the microphone?",
            ],
            [
                O(
                    "headset",
                    "The headset",
                    "test",
                    [
                        "the Jabra headset",
                        "it's my headset",
                        "headset is selected",
                    ],
                    alt="Headset",
                ),
                O(
                    "default",
                    "Built-in / default device",
                    "s_mic",
                    [
                        "it says 'default device'",
                        "laptop microphone array",
                        "the built in one",
                    ],
                    alt="Built-in",
                ),
                O(
                    "nodevice",
                    "No device found",
                    "conntype",
                    [
                        "it says no device found",
                        "there's nothing in the list",
                        "empty, no microphone",
                    ],
                    alt="Nothing",
                ),
            ],
            explain=[
                "Click the three dots next to your picture in Teams, choose Settings, then "
                "Devices; the microphone is listed under Audio devices.",
            ],
        ),
        "test": D(
            "Test call works?",
            "Does the microphone work in a Teams test call?",
            [
                "Can you make a test call (Settings > Devices > Make a test call) and hear your "
                "recording played back?",
                "In the test call, do you hear yourself back?",
                "Does the test call play your voice back?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_meeting",
                    [
                        "yes it plays back fine",
                        "I can hear myself",
                        "test call works",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_privacy",
                    [
                        "no, silence in the playback",
                        "it says no audio recorded",
                        "no, can't hear myself",
                    ],
                ),
            ],
        ),
        "conntype": D(
            "USB or Bluetooth?",
            "Is the headset connected by USB or Bluetooth?",
            [
                "Is your headset plugged in with USB or is it Bluetooth?",
                "How does the headset connect - cable or wireless?",
                "USB headset or bluetooth?",
            ],
            [
                O(
                    "usb",
                    "USB",
                    "s_usb",
                    [
                        "USB, into the dock",
                        "it's a usb one",
                        "plugged in by cable",
                    ],
                ),
                O(
                    "bt",
                    "Bluetooth",
                    "s_bt",
                    [
                        "bluetooth",
                        "wireless, airpods",
                        "it's bluetooth, the Sony ones",
                    ],
                ),
            ],
        ),
        "other_apps": D(
            "Sound in other apps?",
            "Can the user hear sound from other apps, such as a video?",
            [
                "If you play a YouTube video, do you hear it?",
                "Does sound work outside Teams?",
                "Do other things play sound, like music or a video?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "spk_sel",
                    [
                        "yes youtube works",
                        "other sounds are fine",
                        "yeah Spotify plays",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_windows",
                    [
                        "no, nothing at all",
                        "no sound anywhere",
                        "no, the laptop is silent",
                    ],
                ),
            ],
        ),
        "spk_sel": D(
            "Selected speaker",
            "Which speaker is selected in Teams device settings?",
            [
                "In Teams Settings > Devices, what's selected as the speaker?",
                "Which output is Teams using?",
                "What does Teams list under Speaker?",
            ],
            [
                O(
                    "right",
                    "The right device",
                    "cache",
                    [
                        "the headset, that's right",
                        "it's my headset",
                        "correct device",
                    ],
                    alt="Correct device",
                ),
                O(
                    "wrong",
                    "Another device",
                    "s_speaker",
                    [
                        "it says the monitor",
                        "DELL U2720 speakers?",
                        "the dock audio, weird",
                    ],
                    alt="Wrong device",
                ),
            ],
        ),
        "cache": A(
            "Clear the Teams cache",
            "Quit Teams, clear its cache folder and start it again.",
            "cache_ok",
            [
                "Quit Teams from the tray icon, delete the contents of %appdata%\\Microsoft\\"
                "Teams and start Teams again.",
                "Let's clear the Teams cache: quit it fully, clear the cache folder, reopen.",
            ],
            ["done, it's starting up", "cleared and restarted", "ok, Teams reopened"],
        ),
        "cache_ok": D(
            "Audio back after cache clear?",
            "Can the user hear in calls after clearing the cache?",
            [
                "Make a test call - can you hear it now?",
                "Is the sound back?",
                "Do you hear the test call now?",
            ],
            [
                O("yes", "Yes", "s_cache", ["yes!", "yes I hear it now", "works now"]),
                O("no", "No", "s_reinstall", ["no, still silent", "nope", "still nothing"]),
            ],
        ),
        "conn": D(
            "Connection type",
            "How is the user connected during calls?",
            [
                "How are you connected during the calls - wifi, cable, and are you on VPN?",
                "Are you on wifi or wired? Any VPN?",
                "What's your connection like during meetings?",
            ],
            [
                O(
                    "wifi",
                    "Wi-Fi",
                    "signal",
                    [
                        "wifi",
                        "on wireless at home",
                        "wi-fi",
                    ],
                ),
                O(
                    "wired",
                    "Cable",
                    "cpu",
                    [
                        "cable",
                        "wired into the dock",
                        "ethernet",
                    ],
                    alt="Wired",
                ),
                O(
                    "vpn",
                    "Through the VPN",
                    "s_split",
                    [
                        "I'm on the VPN all day",
                        "VPN connected",
                        "always on VPN",
                    ],
                    alt="On VPN",
                ),
            ],
        ),
        "signal": D(
            "Full signal?",
            "Does the Wi-Fi signal show full strength?",
            [
                "How many bars does the wifi icon show?",
                "Is your wifi signal strong where you sit?",
                "Is the wifi at full bars?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "cpu",
                    [
                        "yes, full bars",
                        "signal is strong",
                        "4 bars",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_closer",
                    [
                        "only one or two bars",
                        "it's weak, I'm far from the router",
                        "no, weak",
                    ],
                ),
            ],
        ),
        "cpu": D(
            "CPU high during calls?",
            "Is the CPU high during calls (Task Manager above 80%)?",
            [
                "During a call, can you open Task Manager - is the CPU very high?",
                "Is the laptop working hard during calls, fans loud, CPU near 100?",
                "What does Task Manager show for CPU in a meeting?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_cpu",
                    [
                        "yes 95%",
                        "CPU is maxed out",
                        "yes it's really high",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_bandwidth",
                    [
                        "no, around 30%",
                        "not high",
                        "no, it's fine",
                    ],
                ),
            ],
            explain=[
                "Press Ctrl+Shift+Esc during a call; the Performance tab shows CPU as a "
                "percentage.",
            ],
        ),
        "s_unmute": S(
            "Unmute",
            "The microphone was muted in Teams or on the headset. Unmute it.",
            [
                "There you go - just flip that switch and they'll hear you.",
                "Unmute and you're set.",
            ],
            ["Headset mute switch was on", "User was muted"],
        ),
        "s_mic": S(
            "Select the headset microphone",
            "Teams uses the built-in microphone. Select the headset under Microphone and make "
            "a test call.",
            [
                "Change the microphone to your headset in that dropdown and make a test call.",
                "Pick the headset as microphone in Teams; the default device is the laptop's mic.",
            ],
            ["Selected headset mic in Teams", "Wrong microphone selected"],
        ),
        "s_meeting": S(
            "Muted by the organiser",
            "The microphone works: the meeting settings prevent the user speaking. Ask the "
            "organiser to allow attendees to unmute.",
            [
                "Your mic works, so the meeting is blocking you - the organiser has disabled "
                "mics for attendees.",
                "Ask the meeting organiser to let attendees unmute; your setup is fine.",
            ],
            ["Organiser had disabled attendee mics", "Meeting option blocked mic"],
        ),
        "s_privacy": S(
            "Windows microphone privacy",
            "Windows blocks apps from using the microphone. Allow microphone access for "
            "desktop apps in Privacy settings.",
            [
                "Windows is blocking the mic. Settings > Privacy > Microphone, turn on 'Let "
                "desktop apps access your microphone'.",
                "Turn on microphone access for apps in Windows privacy settings.",
            ],
            ["Mic access allowed in privacy settings", "Privacy setting blocked mic"],
        ),
        "s_usb": S(
            "USB headset not detected",
            "The USB headset is not detected. Plug it straight into the laptop (no hub), try "
            "another port, reinstall the device driver.",
            [
                "Plug the headset directly into the laptop rather than the dock and try another "
                "port.",
                "The dock isn't passing the headset through; use a laptop USB port.",
            ],
            ["USB headset moved off dock; detected", "Reinstalled headset driver"],
        ),
        "s_bt": S(
            "Bluetooth headset profile",
            "A Bluetooth headset must be paired with its hands-free profile. Remove and re-pair "
            "it, then pick 'Headset' (not 'Headphones') in Teams.",
            [
                "Remove the headset in Bluetooth settings and pair it again; then choose the "
                "'Headset' entry in Teams.",
                "Re-pair the bluetooth headset and select the hands-free one in Teams.",
            ],
            ["Re-paired BT headset, hands-free selected", "Bluetooth profile fixed"],
        ),
        "s_windows": S(
            "Windows sound output",
            "No sound anywhere: Windows output device, volume or audio driver. Fix the output "
            "device and volume mixer, reinstall the audio driver.",
            [
                "It's Windows sound in general. Click the speaker icon, choose the right "
                "output and check the volume mixer.",
                "Your laptop's sound output is wrong; let's fix the output device and driver.",
            ],
            ["Windows output device fixed", "Audio driver reinstalled"],
        ),
        "s_speaker": S(
            "Select the right speaker",
            "Teams plays to another device. Select the headset under Speaker.",
            [
                "Teams is playing through your monitor. Choose your headset under Speaker.",
                "Change the speaker to the headset and you'll hear people.",
            ],
            ["Selected correct speaker in Teams", "Wrong output device in Teams"],
        ),
        "s_cache": S(
            "Cache clear fixed it",
            "Clearing the Teams cache restored audio.",
            ["Great, the cache clear did it.", "Good - it was the Teams cache."],
            ["Cleared Teams cache", "Teams cache reset restored audio"],
        ),
        "s_reinstall": S(
            "Reinstall Teams",
            "Audio still missing: uninstall and reinstall Teams.",
            [
                "We'll reinstall Teams - uninstall it from Apps and install from Software Center.",
                "Let's reinstall Teams fresh.",
            ],
            ["Teams reinstalled", "Reinstall fixed audio"],
        ),
        "s_split": S(
            "Teams through the VPN",
            "Teams traffic hairpins through the VPN. Apply the split-tunnel profile for "
            "Teams, or disconnect the VPN for calls.",
            [
                "Your calls are going through the VPN. I'll apply the split-tunnel profile; "
                "reconnect the VPN afterwards.",
                "Teams shouldn't go through the VPN; disconnect it during calls until the "
                "profile update reaches you.",
            ],
            ["Split tunnel applied for Teams", "Teams over VPN caused choppy audio"],
        ),
        "s_closer": S(
            "Weak Wi-Fi",
            "Weak wireless signal. Move closer to the router or use a cable.",
            [
                "Your signal's weak; sit closer to the router or plug in a cable for calls.",
                "Use a cable or move nearer the router for meetings.",
            ],
            ["Weak signal; moved closer", "Cable used for calls"],
        ),
        "s_cpu": S(
            "CPU overloaded",
            "The laptop is overloaded during calls. Close heavy apps, turn off background "
            "effects and incoming video.",
            [
                "Your laptop can't keep up. Close other apps, and turn off background blur "
                "during calls.",
                "Turn off video effects and close browser tabs - the CPU is maxed.",
            ],
            ["Background effects off; audio fine", "CPU overload during calls"],
        ),
        "s_bandwidth": S(
            "Bandwidth",
            "The connection lacks bandwidth. Run a speed test, pause other heavy usage, "
            "escalate to networking if in the office.",
            [
                "Looks like bandwidth. Run speedtest.net during a call and pause other "
                "downloads at home.",
                "Your line is saturated during calls; we'll check the network side.",
            ],
            ["Bandwidth issue at home", "Network saturated; escalated"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# printing
# --------------------------------------------------------------------------------------

PRINTER: dict[str, Any] = {
    "id": "printer-offline",
    "name": "Printer offline or jobs stuck",
    "description": "A network printer shows offline on the user's laptop or print jobs sit in "
    "the queue and never print.",
    "domain": "printing",
    "keywords": ["printer", "offline", "print queue", "spooler", "print"],
    "openings": [
        "Printer offline",
        "can't print",
        "my documents won't print",
        "printer says offline on my laptop",
        "print jobs stuck",
        "Problem printing to the 3rd floor printer",
        "printing not working since yesterday",
    ],
    "answered": [
        (
            [("root", "ready")],
            [
                "Printer says ready but my laptop shows it offline",
            ],
        ),
        (
            [("root", "ready"), ("others", "yes")],
            [
                "Everyone else can print but my jobs never come out",
                "colleagues can print fine, I can't, printer shows no error",
            ],
        ),
        (
            [("root", "ready"), ("others", "no")],
            [
                "Nobody on our floor can print, printer display looks normal",
            ],
        ),
        (
            [("root", "error")],
            [
                "printer shows paper jam",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "Printer display",
            "Does the printer's own display show an error?",
            [
                "What does the little screen on the printer say?",
                "Is the printer itself showing any error on its panel?",
                "Can you look at the printer - any message or warning light?",
            ],
            [
                O(
                    "error",
                    "Jam, paper or toner error",
                    "s_hw",
                    [
                        "it says paper jam in tray 2",
                        "replace toner",
                        "load paper, tray 1 empty",
                    ],
                    alt="An error",
                ),
                O(
                    "ready",
                    "No error, says Ready",
                    "others",
                    [
                        "it says ready",
                        "no errors, just the normal screen",
                        "looks fine, ready to print",
                    ],
                    alt="Ready",
                ),
                O(
                    "blank",
                    "Display blank / printer off",
                    "s_power",
                    [
                        "the screen is black",
                        "nothing on it, I think it's off",
                        "no lights at all",
                    ],
                    alt="Blank",
                ),
            ],
        ),
        "others": D(
            "Others can print?",
            "Can other people print to this printer?",
            [
                "Can your colleagues print to it?",
                "Is it just you, or can't anyone print?",
                "Does it work for other people?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "route",
                    [
                        "yes, others are printing fine",
                        "people next to me can print",
                        "yes, just me",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "reach",
                    [
                        "no, nobody can",
                        "no, the whole floor can't print",
                        "nope, everyone's stuck",
                    ],
                ),
            ],
        ),
        "route": D(
            "Server queue or direct IP?",
            "Does the user print through the print server queue or to a direct IP printer?",
            [
                "When you go to Printers & scanners, is the printer named like "
                "\\\\print01\\... or just a model name?",
                "Is the printer added from the print server or directly by IP?",
                "How was the printer added on your laptop?",
            ],
            [
                O(
                    "server",
                    "Print server queue",
                    "stuck",
                    [
                        "it's \\\\print01\\FL3-HP",
                        "from the print server",
                        "it has print01 in the name",
                    ],
                    alt="Server",
                ),
                O(
                    "direct",
                    "Direct / IP printer",
                    "ip",
                    [
                        "just 'HP LaserJet M507'",
                        "I added it by IP myself",
                        "no server name, just the model",
                    ],
                    alt="Direct",
                ),
            ],
            explain=[
                "Open Settings > Bluetooth & devices > Printers & scanners. A server printer "
                "shows as \\\\print01\\name; a direct one shows only a model name.",
            ],
        ),
        "stuck": D(
            "Jobs stuck in queue?",
            "Are there jobs stuck in the user's print queue?",
            [
                "If you open the printer queue, are there documents waiting?",
                "Are your jobs sitting in the queue?",
                "Anything stuck in the print queue?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "spooler",
                    [
                        "yes, 5 documents with 'error'",
                        "there's a bunch of jobs waiting",
                        "yeah it's full of my documents",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_readd",
                    [
                        "no, the queue is empty",
                        "nothing in there",
                        "empty",
                    ],
                ),
            ],
            explain=[
                "In Printers & scanners click the printer, then 'Open print queue'.",
            ],
        ),
        "spooler": A(
            "Clear queue and restart spooler",
            "Cancel all documents and restart the Print Spooler service.",
            "spooler_ok",
            [
                "In the queue choose Printer > Cancel all documents, then in Services restart "
                "'Print Spooler'.",
                "Let's clear the queue and restart the spooler service - I can do it remotely.",
            ],
            ["ok queue is empty now", "done, spooler restarted", "cleared"],
        ),
        "spooler_ok": D(
            "Test page prints?",
            "Does a test page print now?",
            [
                "Try printing a test page - does it come out?",
                "Does it print now?",
                "Send one page again please - anything?",
            ],
            [
                O("yes", "Yes", "s_spooler", ["yes it printed", "came out!", "yes"]),
                O(
                    "no",
                    "No",
                    "s_driver",
                    [
                        "no, stuck again",
                        "nothing",
                        "goes into the queue and sits there",
                    ],
                ),
            ],
        ),
        "ip": D(
            "Port IP matches?",
            "Does the printer's IP address on its configuration page match the port on the laptop?",
            [
                "Could you print a configuration page from the printer panel and compare the IP "
                "with the one in the printer port on your laptop?",
                "Is the IP address in the printer properties the same as the printer's actual IP?",
                "Do the two IP addresses match?",
            ],
            [
                O(
                    "yes",
                    "Yes, same IP",
                    "s_snmp",
                    [
                        "yes both 10.2.3.45",
                        "they match",
                        "same address",
                    ],
                    alt="Same",
                ),
                O(
                    "no",
                    "No, different",
                    "s_port",
                    [
                        "no, printer says .52 and my laptop has .45",
                        "different",
                        "they don't match",
                    ],
                    alt="Different",
                ),
            ],
            explain=[
                "On the printer panel: Settings > Reports > Configuration page. On the laptop: "
                "printer properties > Ports tab, the checked port shows the IP.",
            ],
        ),
        "reach": D(
            "Printer reachable?",
            "Does the printer answer a ping or show its web page?",
            [
                "Can you open the printer's web page in a browser (its IP address)?",
                "Does the printer respond if you ping it?",
                "Is the printer reachable on the network?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "server_q",
                    [
                        "yes, the web page opens",
                        "ping works",
                        "yes replies",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "cable",
                    [
                        "no, times out",
                        "page doesn't load",
                        "no reply",
                    ],
                ),
            ],
        ),
        "server_q": D(
            "Server queue paused?",
            "Is the print server queue paused or showing errors for everyone?",
            [
                "On the print server, is the queue paused or in error?",
                "Is the queue on print01 showing an error?",
                "What does the server-side queue look like?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_server",
                    [
                        "yes it's paused",
                        "error state on the server",
                        "hundreds of jobs, error",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_reboot",
                    [
                        "no, looks normal",
                        "not paused",
                        "no errors there",
                    ],
                ),
            ],
        ),
        "cable": D(
            "Network link",
            "Is the printer's network cable plugged in with the link light on?",
            [
                "At the back of the printer, is the network cable in, and is the little light "
                "next to it on?",
                "Check the printer's network port - light on?",
                "Is the printer cabled, and does the port light up?",
            ],
            [
                O(
                    "light",
                    "Cable in, light on",
                    "s_ip_lost",
                    [
                        "cable is in, green light",
                        "yes light is on",
                        "plugged in, blinking",
                    ],
                    alt="Light on",
                ),
                O(
                    "nolight",
                    "No light or unplugged",
                    "s_cable",
                    [
                        "cable was hanging loose",
                        "no light",
                        "there's no cable at all",
                    ],
                    alt="No light",
                ),
                O(
                    "wireless",
                    "It's a Wi-Fi printer",
                    "s_wifi_printer",
                    [
                        "it's wireless, no cable",
                        "it uses wifi",
                        "no port used, it's on wireless",
                    ],
                    alt="Wireless printer",
                ),
            ],
        ),
        "s_hw": S(
            "Clear the printer error",
            "Clear the jam, load paper or replace the toner, then power cycle the printer.",
            [
                "Open the tray and take out the jammed sheet, then switch the printer off and on.",
                "Replace the toner / load paper and it'll carry on printing.",
            ],
            ["Jam cleared; printing", "Toner replaced"],
        ),
        "s_power": S(
            "Power on the printer",
            "The printer is off. Check the power cable and switch it on.",
            [
                "The printer is just off - check the plug and press the power button.",
                "Switch it on; the cable was loose at the back.",
            ],
            ["Printer was switched off", "Power cable reseated"],
        ),
        "s_readd": S(
            "Re-add the printer",
            "No jobs and still offline: the connection to the server queue is stale. Remove "
            "the printer and add it again from the print server.",
            [
                "Remove the printer from your laptop and add it again from \\\\print01.",
                "Let's delete and re-add the printer from the server.",
            ],
            ["Printer re-added from print01", "Removed and re-added printer"],
        ),
        "s_spooler": S(
            "Spooler restart fixed it",
            "Clearing the queue and restarting the spooler fixed it.",
            ["Good, the spooler restart did it.", "Sorted - the stuck queue was blocking it."],
            ["Cleared queue and restarted spooler", "Spooler restart fixed printing"],
        ),
        "s_driver": S(
            "Reinstall the printer driver",
            "Jobs stick again: the driver is broken. Remove the driver package and reinstall "
            "it from the print server.",
            [
                "The driver is broken. I'll remove it and reinstall it from the print server.",
                "We'll reinstall the printer driver and add the printer again.",
            ],
            ["Printer driver reinstalled", "Corrupt driver replaced"],
        ),
        "s_snmp": S(
            "Disable SNMP status",
            "The IP is right but Windows thinks it is offline: SNMP status is failing. Untick "
            "'SNMP status enabled' on the port.",
            [
                "In the port settings untick 'SNMP Status Enabled'; Windows will stop marking "
                "it offline.",
                "It's the SNMP check; turn it off on the printer port.",
            ],
            ["SNMP status disabled on port", "Offline status fixed"],
        ),
        "s_port": S(
            "Update the printer port",
            "The printer's IP changed. Update the port on the laptop and ask for a DHCP "
            "reservation for the printer.",
            [
                "The printer got a new address. I'll change the port to the new IP and ask for "
                "it to be reserved.",
                "Update the port to the printer's current IP.",
            ],
            ["Port updated to new printer IP", "IP changed; port fixed"],
        ),
        "s_server": S(
            "Print server queue",
            "The server queue is paused or in error for everyone. Restart the spooler on the "
            "print server and resume the queue; escalate if it recurs.",
            [
                "The queue on the print server is stuck. I'm restarting it now.",
                "Server-side problem; server team is restarting the print spooler.",
            ],
            ["Print server spooler restarted", "Resumed server queue"],
        ),
        "s_reboot": S(
            "Power cycle the printer",
            "Printer reachable and queue fine but nothing prints: power cycle the printer to "
            "clear its memory.",
            [
                "Turn the printer off for 30 seconds and on again.",
                "Please power cycle the printer; its memory is stuck.",
            ],
            ["Printer power cycled", "Printer rebooted; jobs printed"],
        ),
        "s_ip_lost": S(
            "Printer lost its IP",
            "Link is up but the printer does not answer: its IP configuration is lost. Set it "
            "again on the panel or via DHCP.",
            [
                "The printer has lost its network settings. I'll send someone to set the IP on "
                "the panel.",
                "Its IP configuration is gone; we'll re-enter it on the printer.",
            ],
            ["Printer IP reconfigured", "DHCP reservation reapplied"],
        ),
        "s_cable": S(
            "Reseat the network cable",
            "The printer has no network link. Reseat the cable or try another wall port.",
            [
                "Plug the cable firmly into the printer and the wall; try another wall port if "
                "the light stays off.",
                "Reconnect the network cable.",
            ],
            ["Cable reseated; printer online", "Moved to another wall port"],
        ),
        "s_wifi_printer": S(
            "Rejoin the printer to Wi-Fi",
            "The wireless printer dropped off the network. Rejoin it to the wireless network "
            "from its panel.",
            [
                "On the printer panel go to Wireless setup and connect it to the network again.",
                "The printer has fallen off the wifi; rejoin it from its menu.",
            ],
            ["Wireless printer rejoined", "Printer wifi reconfigured"],
        ),
    },
}


# --------------------------------------------------------------------------------------
# active_directory: lockout / password / MFA
# --------------------------------------------------------------------------------------

LOCKOUT: dict[str, Any] = {
    "id": "account-lockout-mfa",
    "name": "Locked out: password or MFA",
    "description": "A user cannot sign in: account locked out, password expired or "
    "forgotten, or multi-factor prompts not working.",
    "domain": "active_directory",
    "keywords": ["locked out", "password reset", "mfa", "authenticator", "sign in"],
    "openings": [
        "Can't log in",
        "locked out of my account",
        "I can't sign in to anything",
        "need a password reset",
        "login problem",
        "cannot get into my computer this morning",
        "help, locked out",
    ],
    "answered": [
        (
            [("root", "locked")],
            [
                "My account is locked",
                "it says my account has been locked out",
            ],
        ),
        (
            [("root", "locked"), ("unlock", None), ("relock", "yes")],
            [
                "My account keeps locking itself every few minutes even after you unlock it",
            ],
        ),
        (
            [("root", "password")],
            [
                "I forgot my password",
                "my password expired and I can't change it",
            ],
        ),
        (
            [("root", "mfa")],
            [
                "Not getting the Authenticator prompts",
            ],
        ),
        (
            [("root", "mfa"), ("phone", "new")],
            [
                "I got a new phone and now can't do the MFA",
                "changed phones, Authenticator not set up on the new one",
            ],
        ),
    ],
    "nodes": {
        "root": D(
            "What blocks sign-in?",
            "What is stopping the user from signing in?",
            [
                "What happens when you try to sign in?",
                "What message do you get when you log in?",
                "Is it the password, a lockout message, or the phone approval?",
            ],
            [
                O(
                    "locked",
                    "Account locked out",
                    "unlock",
                    [
                        "it says my account is locked",
                        "'the referenced account is currently locked out'",
                        "locked out",
                    ],
                    alt="Locked",
                ),
                O(
                    "password",
                    "Password expired or forgotten",
                    "sspr",
                    [
                        "I forgot my password",
                        "it says my password has expired",
                        "wrong password, I can't remember it",
                    ],
                    alt="Password",
                ),
                O(
                    "mfa",
                    "MFA prompt not working",
                    "phone",
                    [
                        "password is fine but the phone approval never comes",
                        "stuck on the 'approve sign in request' screen",
                        "MFA isn't working",
                    ],
                    alt="MFA",
                ),
            ],
        ),
        "unlock": A(
            "Unlock the account",
            "Verify the user's identity, unlock the account in Active Directory and have the "
            "user sign in.",
            "relock",
            [
                "I've verified you and unlocked the account - please try signing in now.",
                "Ok, you're unlocked. Try logging in again.",
                "Unlocked it on our side, give it a go.",
            ],
            ["ok I'm in", "logged in", "that worked, I'm in for now"],
        ),
        "relock": D(
            "Locks again?",
            "Does the account lock again shortly after being unlocked?",
            [
                "Has it locked you out again since?",
                "Does it keep locking again after we unlock it?",
                "Is this the first time, or does it keep re-locking?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "mobile",
                    [
                        "yes it locked again after 10 minutes",
                        "this is the third time today",
                        "yes, it keeps happening",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_unlock",
                    [
                        "no, all fine now",
                        "no, I just typed it wrong too many times",
                        "no, first time",
                    ],
                ),
            ],
        ),
        "mobile": D(
            "Phone with company mail?",
            "Does the user have a phone or tablet with company email set up?",
            [
                "Do you have work email on your phone or an iPad?",
                "Is your company mail set up on any mobile device?",
                "Any phone or tablet that syncs your work mail?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_mobile",
                    [
                        "yes, on my iPhone",
                        "yeah, my phone and tablet",
                        "yes, the native mail app",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "sessions",
                    [
                        "no, only the laptop",
                        "no mobile",
                        "no, I don't use work mail on the phone",
                    ],
                ),
            ],
        ),
        "sessions": D(
            "Other sessions?",
            "Are there sign-ins on another PC or a disconnected remote desktop session?",
            [
                "Are you still logged in on another computer or a remote desktop somewhere?",
                "Any other PC or RDP session where you might still be signed in?",
                "Could there be an old session open on another machine?",
            ],
            [
                O(
                    "yes",
                    "Yes, another PC or RDP session",
                    "s_rdp",
                    [
                        "oh, I'm still logged on to the meeting room PC",
                        "yes, a remote desktop to the finance server",
                        "my old laptop is still on",
                    ],
                    alt="Yes",
                ),
                O(
                    "no",
                    "No / not sure",
                    "s_trace",
                    [
                        "no, not that I know",
                        "I don't think so",
                        "not sure",
                    ],
                    alt="No",
                ),
            ],
        ),
        "sspr": D(
            "Registered for self-service reset?",
            "Is the user registered for self-service password reset?",
            [
                "Have you set up the self-service password reset before?",
                "Did you register security info for resetting your own password?",
                "Are you enrolled in self-service reset?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_sspr",
                    [
                        "yes I did that when I joined",
                        "yeah I think so",
                        "yes, with my phone number",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "identity",
                    [
                        "no, never",
                        "what's that? so no",
                        "no",
                    ],
                ),
            ],
            explain=[
                "When you joined you may have been asked for a mobile number or an "
                "Authenticator app to reset your password yourself; that is the registration.",
            ],
        ),
        "identity": D(
            "Identity verified?",
            "Can the user's identity be verified (manager callback or ID check)?",
            [
                "To reset it I need to verify who you are - can your manager confirm by phone?",
                "Can we verify your identity with your manager or your ID?",
                "Is your manager available to confirm it's you?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_temp",
                    [
                        "yes my manager is next to me",
                        "sure, call Anna",
                        "yes I can show my badge on video",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_verify",
                    [
                        "no, she's on holiday",
                        "not right now",
                        "no, nobody's around",
                    ],
                ),
            ],
        ),
        "phone": D(
            "Phone with Authenticator?",
            "Does the user still have the phone with the Authenticator app?",
            [
                "Do you still have the phone the Authenticator is on?",
                "Is it the same phone as before?",
                "Have you changed or lost your phone?",
            ],
            [
                O(
                    "same",
                    "Yes, same phone",
                    "code",
                    [
                        "yes, same phone",
                        "same one as always",
                        "yes I have it here",
                    ],
                    alt="Same phone",
                ),
                O(
                    "new",
                    "New phone",
                    "oldphone",
                    [
                        "I got a new phone last week",
                        "new phone",
                        "I switched to a new iPhone",
                    ],
                ),
                O(
                    "lost",
                    "Phone lost or stolen",
                    "s_lost",
                    [
                        "I lost it",
                        "it was stolen",
                        "phone's gone, left it on the train",
                    ],
                    alt="Lost",
                ),
            ],
        ),
        "code": D(
            "Code works?",
            "Does the one-time code from the Authenticator app work instead of the push?",
            [
                "If you choose 'use a verification code' and type the code from the app, does "
                "that work?",
                "Does the 6-digit code in Authenticator get you in?",
                "Try the code instead of the notification - does it work?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_push",
                    [
                        "yes the code works",
                        "that got me in",
                        "yes",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_time",
                    [
                        "no, it says the code is wrong",
                        "code rejected",
                        "no, invalid code",
                    ],
                ),
            ],
            explain=[
                "On the sign-in screen click 'I can't use my Microsoft Authenticator app right "
                "now', choose 'Use a verification code', then type the number shown in the app.",
            ],
        ),
        "oldphone": D(
            "Old phone available?",
            "Is the old phone still available?",
            [
                "Do you still have the old phone?",
                "Is the old phone still working?",
                "Did you keep the previous phone?",
            ],
            [
                O(
                    "yes",
                    "Yes",
                    "s_move",
                    [
                        "yes, it's in my drawer",
                        "yes it still works",
                        "yes",
                    ],
                ),
                O(
                    "no",
                    "No",
                    "s_tap",
                    [
                        "no, traded it in",
                        "no, it's broken",
                        "gave it away",
                    ],
                ),
            ],
        ),
        "s_unlock": S(
            "Unlocked",
            "A one-off lockout after wrong passwords; unlocking fixed it.",
            [
                "You're all set; it was just too many wrong attempts.",
                "Fine then - a one-off. Call us if it locks again.",
            ],
            ["Account unlocked; one-off", "Unlocked after mistyped password"],
        ),
        "s_mobile": S(
            "Old password on a mobile device",
            "A phone or tablet keeps trying the old password and locks the account. Update "
            "the password in the mail app or remove and re-add the account.",
            [
                "Your phone is still using the old password and locking you out. Update the "
                "password in the mail app, or remove the account and add it again.",
                "The mobile mail app is retrying the old password - fix it there.",
            ],
            ["Phone mail app had old password", "Mobile device caused lockouts"],
        ),
        "s_rdp": S(
            "Stale session",
            "A stale session on another machine uses the old password. Log off that session.",
            [
                "Please sign out of that other session; it keeps using your old password.",
                "I've logged off your old RDP session; it was causing the lockouts.",
            ],
            ["Logged off stale RDP session", "Old session caused lockouts"],
        ),
        "s_trace": S(
            "Trace the lockout source",
            "Source unknown. Find the lockout source in the domain controller security log "
            "(event 4740) and escalate to the identity team.",
            [
                "I'll look up which device is locking you out in the domain logs and the "
                "identity team will follow up.",
                "We'll trace the lockout source on the domain controller.",
            ],
            ["Lockout source traced via 4740", "Escalated to identity team"],
        ),
        "s_sspr": S(
            "Self-service reset",
            "Guide the user through self-service password reset.",
            [
                "Go to the self-service reset page, enter your email and follow the steps with "
                "your phone.",
                "You can reset it yourself: 'Forgot my password' on the sign-in page.",
            ],
            ["User reset password via SSPR", "Self-service reset done"],
        ),
        "s_temp": S(
            "Temporary password",
            "Identity verified: set a temporary password that must be changed at next sign-in, "
            "and enrol the user in self-service reset.",
            [
                "I've set a temporary password - you'll change it when you sign in. Please "
                "also register for self-service reset.",
                "Here's a temporary password; change it at first sign-in.",
            ],
            ["Temp password after manager verification", "Reset with ID check"],
        ),
        "s_verify": S(
            "Identity check required",
            "The identity cannot be verified. No reset; the user must come in with ID or get "
            "manager approval.",
            [
                "I can't reset it without verifying you. Please come to the service desk with "
                "your ID or have your manager call us.",
                "We need manager approval or an ID check first.",
            ],
            ["No verification; user to visit desk", "Awaiting identity verification"],
        ),
        "s_lost": S(
            "Lost phone",
            "Revoke sessions and the lost device's MFA, then issue a Temporary Access Pass "
            "after identity verification.",
            [
                "I'm revoking your sessions and removing that phone. Once we verify you I'll "
                "give you a temporary access pass to set up a new one.",
                "We'll block the lost phone and set you up with a temporary pass.",
            ],
            ["Lost phone removed; TAP issued", "Sessions revoked, new MFA"],
        ),
        "s_push": S(
            "Notifications off",
            "Codes work but pushes do not arrive: notifications or battery saving block them. "
            "Re-enable notifications for Authenticator.",
            [
                "Your phone is blocking Authenticator notifications. Allow them in the phone "
                "settings and turn off battery saver for the app.",
                "Turn on notifications for Authenticator; the push will come through.",
            ],
            ["Authenticator notifications re-enabled", "Battery saver blocked pushes"],
        ),
        "s_time": S(
            "Phone clock wrong",
            "Codes are rejected: the phone's clock is out of sync. Set date and time to automatic.",
            [
                "Your phone's clock is off. Set date & time to automatic and the codes will work.",
                "Codes depend on the time - switch the phone to automatic time.",
            ],
            ["Phone time fixed; codes work", "Clock out of sync"],
        ),
        "s_move": S(
            "Move Authenticator to the new phone",
            "With the old phone, add the new phone as a method on the security info page, then "
            "remove the old one.",
            [
                "Sign in on the security info page using the old phone, add the new phone, "
                "then delete the old one.",
                "Use the old phone to approve adding the new one in security info.",
            ],
            ["New phone added via old one", "Authenticator moved"],
        ),
        "s_tap": S(
            "Temporary Access Pass",
            "The old phone is gone: verify identity, issue a Temporary Access Pass, register "
            "Authenticator on the new phone.",
            [
                "I'll issue you a temporary access pass; use it to set up Authenticator on the "
                "new phone.",
                "Here's a one-time pass to register your new phone.",
            ],
            ["TAP issued; new phone registered", "Re-registered MFA with TAP"],
        ),
    },
}


FLOWS: list[dict[str, Any]] = [VPN, WIFI, SHARE, OUTLOOK, TEAMS, PRINTER, LOCKOUT]


# --------------------------------------------------------------------------------------
# words that are not tied to one node
# --------------------------------------------------------------------------------------

HOW_TO_CHECK = [
    "how do I check that?",
    "how would I know?",
    "where do I find that?",
    "not sure, how can I check?",
    "sorry, how do I see that?",
    "Can you tell me how to check?",
    "no idea, where do I look?",
    "how do i do that",
    "what do you mean exactly?",
    "hmm not sure. how can I tell?",
]

ASIDES = [
    "hang on, let me get my laptop",
    "sorry, someone just came to my desk",
    "one sec",
    "give me a minute, it's rebooting",
    "sorry, phone rang - what was the question?",
    "wait, I have a meeting in 5 min, can we be quick?",
]

RESTATE_PREFIX = ["No problem. ", "Sure. ", "OK, again: ", "No worries - ", ""]

GENERIC = {
    "yes": ["yes", "yep", "yeah", "yes.", "Yes, correct"],
    "no": ["no", "nope", "no.", "nah", "No, not really"],
}

THANKS = [
    "that fixed it, thanks!",
    "working now, cheers",
    "all good now",
    "great, thank you",
    "yes that did it",
    "brilliant, sorted",
    "ok thanks, will do",
    "perfect, thanks for your help",
]

TEAMS_NAMES = ["service-desk", "service-desk", "service-desk", "field-support", "level-2"]
