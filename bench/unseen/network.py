"""Two `networking` flows that share words (VPN, DNS, ping, "can't connect", certificate
warnings, timed out) and must be told apart: a website that will not load, and a Remote
Desktop connection that fails."""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, yes

# --- website or web app will not load -----------------------------------------------------

SITE_UNREACHABLE = Flow(
    id="un-site-unreachable",
    name="Website or web app will not load",
    description=(
        "A user cannot open a website or internal web app: tell one site from all sites, "
        "then work through browser, certificate, DNS, proxy and connection causes."
    ),
    domain="networking",
    keywords=("website", "page not loading", "browser", "certificate error", "dns",
              "proxy", "intranet", "this site can't be reached"),
    summaries=(
        "Website won't load",
        "Can't get onto a website",
        "Having trouble opening a website",
        "A site I need for work isn't opening",
        "Page can't be displayed",
        "web page won't open for me",
        "Browser problem getting to a site",
        "User cannot access a web page",
    ),
    openers=(
        Opener((("root", "all"),), (
            "No websites at all are loading for me",
            "Internet seems to be down, nothing opens in the browser",
            "every site times out",
        )),
        Opener((("root", "internal"),), (
            "The intranet won't open but Google works fine",
            "Can't reach our internal web apps, outside sites are fine",
        )),
        Opener((("root", "one"), ("other_browser", "yes")), (
            "One site won't load in Chrome but it's fine in Edge",
            "A website works in a private window but not normally",
        )),
        Opener((("root", "all"), ("on_network", "hotspot")), (
            "I'm in a hotel and no websites load on the laptop",
        )),
    ),
    hints=(
        Opener((("clock_right", "no"),), (
            "Getting a privacy warning on a site, and I just noticed my laptop clock is a "
            "day out",
        )),
        Opener((("others_down", "yes"),), (
            "Nothing loads and the whole floor is complaining about the internet",
        )),
        Opener((("vpn_connected", "yes"),), (
            "I'm on the VPN but the intranet still won't open",
            "VPN says connected, yet our internal sites don't load",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="Scope of the problem",
            question="Is it one website, every website, or only internal company sites?",
            options=(
                opt("one", "One website", "other_browser",
                    ("Just one site", "A single website"),
                    "just the one site", "only this website", "other sites are fine",
                    "it's only the supplier portal"),
                opt("all", "Every website", "on_network",
                    ("All websites", "Nothing loads"),
                    "nothing loads at all", "every site", "all of them, the whole internet",
                    "google doesn't even load"),
                opt("internal", "Only internal company sites", "vpn_connected",
                    ("Only our internal sites", "Intranet / company web apps"),
                    "just our intranet", "the internal HR system and the wiki",
                    "company sites only, outside stuff works"),
            ),
            asks=(
                "Is it just this one site, or can't you open anything?",
                "Do other websites work - say the BBC or Google?",
                "Is it only our own internal sites that fail, or outside ones too?",
                "How widespread is it: one page, all pages, or only company ones?",
            ),
            clarify=(
                ("what counts as internal?",
                 "Things on our own network, like the intranet, the HR system or the wiki, as "
                 "opposed to public sites like Google."),
            ),
        ),
        Decision(
            id="other_browser",
            title="Works in another browser",
            question="Does the site load in a different browser or a private window?",
            options=(
                yes("clear_cache", "works in edge", "yes in incognito it opens",
                    "it loads in the other browser"),
                no("error_shown", "same in every browser", "no, fails there too",
                   "private window doesn't help"),
            ),
            asks=(
                "Can you try it in Edge, or an InPrivate window, and tell me if it opens?",
                "If you open it in another browser, does it work?",
                "What happens in a private/incognito window?",
            ),
            clarify=(
                ("how do I open a private window?",
                 "Press Ctrl+Shift+N in Chrome or Ctrl+Shift+P in Edge, then paste the "
                 "address in there."),
            ),
        ),
        Action(
            id="clear_cache",
            title="Clear the browser cache and cookies",
            description="Clear cached files and cookies for the browser (or the site), close "
                        "all windows and reopen.",
            next="cache_fixed",
            says=(
                "Let's clear your browsing data: Ctrl+Shift+Delete, tick cookies and cached "
                "files, clear, then close the browser fully.",
                "Please clear the cache and cookies and restart the browser.",
            ),
            results=(
                "Cache and cookies cleared, browser restarted.",
                "Site data cleared for the last 4 weeks.",
            ),
            fails=(
                "Clear browsing data is disabled by policy; only the site's cookies could be "
                "removed.",
            ),
            fails_then="no",
        ),
        Decision(
            id="cache_fixed",
            title="Loads after clearing",
            question="Does the site load after clearing the cache?",
            options=(
                yes("sol_cache_cleared", "yes it loads", "that fixed it", "working now"),
                no("error_shown", "still not", "no change", "nope, same thing"),
            ),
            asks=(
                "Try the site again - any better?",
                "Does it open now?",
                "Is it loading after that?",
            ),
        ),
        Decision(
            id="error_shown",
            title="Browser error message",
            question="What message does the browser show instead of the page?",
            options=(
                opt("cert", "A certificate or 'not private' warning", "clock_right",
                    ("Certificate / privacy warning", "Not secure warning"),
                    "it says your connection is not private", "some certificate error",
                    "a red warning about security", "NET::ERR_CERT something"),
                opt("dns", "Server or address not found", "flush_dns",
                    ("Server not found", "Address not found"),
                    "server IP address could not be found", "DNS_PROBE_FINISHED_NXDOMAIN",
                    "says it can't find the site"),
                opt("blocked", "A company block page", "sol_filter_request",
                    ("Blocked by the web filter", "Company block page"),
                    "a page saying blocked by company policy", "access denied by the filter",
                    "says the category is blocked"),
                opt("timeout", "Loads for a long time then times out", "other_people",
                    ("Times out", "Just spins"),
                    "it just spins", "took too long to respond", "timed out"),
            ),
            asks=(
                "What do you see on screen where the page should be?",
                "Can you read me the message the browser gives?",
                "What does the error page say?",
                "Is there an error code or warning shown?",
            ),
            clarify=(
                ("there's loads of text, which bit?",
                 "The big heading is enough - something about the connection not being "
                 "private, the site not being found, a block page, or a time-out."),
            ),
        ),
        Decision(
            id="clock_right",
            title="Computer clock correct",
            question="Are the computer's date and time correct?",
            options=(
                yes("cert_everyone", "yes the time's right", "clock is correct",
                    "date and time look fine"),
                no("sync_clock", "it's wrong", "clock says yesterday",
                   "the time is way off"),
            ),
            asks=(
                "Bottom right of the screen - is the date and time correct?",
                "Can you check the clock on the laptop for me, is it right?",
                "Does your PC show today's date and the right time?",
            ),
            clarify=(
                ("why does the time matter?",
                 "Secure sites check certificates against the date; if the PC's clock is "
                 "wrong, every certificate can look invalid."),
            ),
        ),
        Action(
            id="sync_clock",
            title="Sync the clock",
            description="Settings > Time & language > Date & time: set automatically and "
                        "click Sync now.",
            next="sol_clock_fixed",
            says=(
                "Go to Settings, Time & language, Date & time, turn on set automatically and "
                "press Sync now.",
                "Let's resync the clock with the time server.",
            ),
            results=(
                "Clock synced.",
                "Time corrected, time zone set.",
            ),
        ),
        Decision(
            id="cert_everyone",
            title="Colleagues see the same warning",
            question="Do colleagues get the same certificate warning on that site?",
            options=(
                yes("sol_site_cert_expired", "yes they get it too", "same for my team",
                    "everyone has the warning"),
                no("sol_inspection_cert", "only me", "it works for others",
                   "my colleague opens it fine"),
            ),
            asks=(
                "Could you ask someone near you to open the same site - do they get the "
                "warning too?",
                "Is it only on your laptop, or for other people as well?",
                "Does a colleague see that warning?",
            ),
        ),
        Action(
            id="flush_dns",
            title="Flush the DNS cache",
            description="Run ipconfig /flushdns, then try the site again.",
            next="dns_fixed",
            says=(
                "Open a command prompt and type ipconfig /flushdns, then try again.",
                "I'll clear the DNS cache on your machine remotely.",
            ),
            results=(
                "DNS resolver cache flushed.",
                "Flushed; nslookup now returns an address.",
            ),
            fails=(
                "Flush ran, but nslookup still times out against the DNS server.",
            ),
            fails_then="no",
        ),
        Decision(
            id="dns_fixed",
            title="Loads after flushing DNS",
            question="Does the site open after the DNS flush?",
            options=(
                yes("sol_dns_flushed", "yes now it loads", "works", "it opened"),
                no("other_people", "no, same error", "still can't find it", "no luck"),
            ),
            asks=(
                "Have another go - does it come up?",
                "Is the page loading now?",
                "Any difference?",
            ),
        ),
        Decision(
            id="other_people",
            title="Works for colleagues",
            question="Can colleagues open the site?",
            options=(
                yes("proxy_settings", "others can get on it", "yes works for my colleague",
                    "it's just me"),
                no("sol_site_down", "nobody can", "same for everyone",
                   "colleagues can't either"),
            ),
            asks=(
                "Can anyone else get onto it?",
                "Does it work for the person next to you?",
                "Is it only you, or is it down for others too?",
            ),
        ),
        Action(
            id="proxy_settings",
            title="Reset proxy settings",
            description="Settings > Network > Proxy: automatic detection on, remove any "
                        "manual proxy, restart the browser.",
            next="sol_proxy_reset",
            says=(
                "Let's check your proxy: Settings, Network & internet, Proxy - turn on "
                "automatic detection and switch off any manual proxy.",
                "I'm resetting the proxy settings on your laptop to the company defaults.",
            ),
            results=(
                "Manual proxy from a home tool removed, auto-detect on.",
                "Proxy settings reset.",
            ),
        ),
        Decision(
            id="on_network",
            title="How the user is connected",
            question="Where is the user connected to the internet from?",
            options=(
                opt("office", "The office network", "others_down",
                    ("In the office", "Office Wi-Fi / cable"),
                    "in the office", "plugged in at my desk", "on the office wifi"),
                opt("home", "Their home internet", "router_restart",
                    ("At home", "Home broadband"),
                    "at home", "my home wifi", "working from home today"),
                opt("hotspot", "A hotel, guest or public network", "sol_captive_accept",
                    ("Hotel / public Wi-Fi", "Guest network"),
                    "hotel wifi", "at a client's guest network", "train wifi"),
            ),
            asks=(
                "Where are you working from right now?",
                "Which network are you on - office, home, or somewhere public?",
                "Are you in the office or elsewhere?",
            ),
        ),
        Decision(
            id="others_down",
            title="Others in the office affected",
            question="Are other people in the office affected as well?",
            options=(
                yes("sol_outage", "yes, the whole floor", "everyone around me",
                    "the team can't either"),
                no("proxy_settings", "just me", "others are fine",
                   "my neighbour's browsing fine"),
            ),
            asks=(
                "Is anyone around you having the same trouble?",
                "Are your colleagues online OK?",
                "Is it only your machine in the office?",
            ),
        ),
        Action(
            id="router_restart",
            title="Restart the home router",
            description="Power the router off for 30 seconds, on again, wait for the lights "
                        "to settle.",
            next="home_fixed",
            says=(
                "Please turn your router off at the wall for 30 seconds and back on, then "
                "wait for the lights.",
                "Let's restart your home router.",
            ),
            results=(
                "Router restarted.",
                "Router back up after about three minutes.",
            ),
            fails=(
                "Router came back but the internet light stays red.",
            ),
            fails_then="no",
        ),
        Decision(
            id="home_fixed",
            title="Online after router restart",
            question="Do websites load after the router restart?",
            options=(
                yes("sol_router", "yes, back online", "works now", "pages load again"),
                no("sol_isp", "still nothing", "no, still down", "phone's wifi dead too"),
            ),
            asks=(
                "Once it's back, does anything load?",
                "Are you online again?",
                "Try a website now?",
            ),
        ),
        Decision(
            id="vpn_connected",
            title="VPN connected",
            question="Is the VPN connected on the computer?",
            options=(
                yes("flush_dns", "yes it's connected", "VPN is on", "shows connected"),
                no("sol_connect_vpn", "no, not connected", "I didn't start it",
                   "it's off"),
            ),
            asks=(
                "Is the VPN switched on?",
                "Can you check the VPN icon in the tray - does it say connected?",
                "Are you on the VPN right now?",
            ),
            clarify=(
                ("I'm in the office, do I need it?",
                 "In the office, no - but from anywhere else our internal sites only work "
                 "through the VPN. I'm checking whether it's running."),
            ),
        ),
        Solution(
            id="sol_cache_cleared",
            title="Browser cache cleared",
            description="Stale cached data or cookies stopped the site; clearing them fixed "
                        "it.",
            says=(
                "It was old cached data - clearing it sorted it.",
                "Clearing the cookies and cache did the trick.",
            ),
        ),
        Solution(
            id="sol_clock_fixed",
            title="Clock corrected",
            description="The wrong system time made certificates look invalid; syncing the "
                        "clock fixed it.",
            says=(
                "Your clock was wrong, which breaks secure sites. Now it's synced, the site "
                "opens.",
                "Fixed - it was the time on the laptop.",
            ),
        ),
        Solution(
            id="sol_site_cert_expired",
            title="Site certificate problem",
            description="The site's own certificate is invalid or expired; tell the site "
                        "owner, do not bypass the warning.",
            says=(
                "The site itself has a certificate problem. I've told the owner - please "
                "don't click through the warning.",
                "It's on their end: their certificate has expired. Reported to them.",
            ),
        ),
        Solution(
            id="sol_inspection_cert",
            title="Company root certificate missing",
            description="The company's inspection root certificate is missing on this device; "
                        "redeploy it by policy.",
            says=(
                "Your laptop is missing one of our company certificates. I've pushed it back; "
                "restart the browser.",
                "A company security certificate had dropped off your machine - reinstalled.",
            ),
        ),
        Solution(
            id="sol_dns_flushed",
            title="DNS cache flushed",
            description="A stale DNS entry pointed at an old address; flushing fixed it.",
            says=(
                "It had a stale address cached - flushing fixed it.",
                "Sorted, the DNS flush cleared the old entry.",
            ),
        ),
        Solution(
            id="sol_site_down",
            title="Site is down",
            description="The site is down for everyone; report it to its owner or vendor and "
                        "wait.",
            says=(
                "The site is down for everyone, not just you. I've reported it and will let "
                "you know.",
                "It's their outage - logged with the vendor.",
            ),
        ),
        Solution(
            id="sol_proxy_reset",
            title="Proxy settings reset",
            description="A wrong manual proxy setting blocked the browser; resetting it fixed "
                        "it.",
            says=(
                "It was a wrong proxy setting on your laptop; reset, and you're back.",
                "Proxy fixed - pages load now.",
            ),
        ),
        Solution(
            id="sol_outage",
            title="Office network outage",
            description="A site-wide outage; the network team is on it, users get updates.",
            says=(
                "It's an office-wide outage and the network team is working on it. We'll "
                "send updates.",
                "Whole site's affected - escalated to networks as a major incident.",
            ),
        ),
        Solution(
            id="sol_router",
            title="Router restarted",
            description="Restarting the home router restored the connection.",
            says=(
                "A router restart brought it back.",
                "Good, the router just needed a restart.",
            ),
        ),
        Solution(
            id="sol_isp",
            title="Contact the internet provider",
            description="The home line is down; the user contacts their provider and uses a "
                        "phone hotspot meanwhile.",
            says=(
                "Looks like your broadband is down. Please call your provider; you can use "
                "your phone's hotspot in the meantime.",
                "That's your internet provider's side - give them a ring, and hotspot from "
                "your phone for now.",
            ),
        ),
        Solution(
            id="sol_captive_accept",
            title="Accept the guest network's sign-in page",
            description="Open any plain http page to get the network's sign-in page and "
                        "accept its terms before connecting the VPN.",
            says=(
                "Public Wi-Fi usually needs you to accept their terms first - open "
                "neverssl.com to get their sign-in page.",
                "You need to log in to the hotel's Wi-Fi page first; then everything works.",
            ),
        ),
        Solution(
            id="sol_connect_vpn",
            title="Connect the VPN first",
            description="Internal sites only work through the VPN outside the office; connect "
                        "it, then retry.",
            says=(
                "Internal sites need the VPN when you're not in the office. Connect it and "
                "they'll open.",
                "Start the VPN and try again - that's needed for anything internal.",
            ),
        ),
        Solution(
            id="sol_filter_request",
            title="Request the site be unblocked",
            description="The web filter blocks the site's category; raise an unblock request "
                        "with a business reason.",
            says=(
                "Our web filter blocks that site. I've raised a request to review it.",
                "It's blocked on purpose by the filter - I've logged an unblock request for "
                "security to review.",
            ),
        ),
    ),
)

# --- remote desktop cannot connect ----------------------------------------------------------

REMOTE_DESKTOP = Flow(
    id="un-remote-desktop",
    name="Remote Desktop cannot connect",
    description=(
        "A user cannot connect to their office PC or a server with Remote Desktop: check "
        "where they connect from, the error, then the target and their rights."
    ),
    domain="networking",
    keywords=("remote desktop", "rdp", "mstsc", "remote computer", "can't connect",
              "office pc", "remote desktop users"),
    summaries=(
        "Remote desktop won't connect",
        "Can't remote into my work PC",
        "RDP not working",
        "Remote Desktop Connection fails",
        "Unable to log on to my office computer remotely",
        "can't get onto the server with remote desktop",
        "Remote connection to desktop keeps failing",
    ),
    openers=(
        Opener((("root", "remote"),), (
            "Working from home and can't remote desktop to my office PC",
            "From home, Remote Desktop to my work machine fails",
        )),
        Opener((("root", "personal"),), (
            "Trying to reach my work PC from my own Mac at home",
            "Using my personal iPad to remote in and it's not working",
        )),
        Opener((("root", "office"), ("error_text", "denied")), (
            "In the office, RDP to the test server says I'm not authorised for remote login",
        )),
        Opener((("root", "remote"), ("vpn_up", "no")), (
            "At home, VPN not running, and remote desktop doesn't connect",
        )),
    ),
    hints=(
        Opener((("vpn_up", "yes"),), (
            "I'm at home with the VPN connected but remote desktop to my office PC still "
            "fails",
        )),
        Opener((("pc_awake", "no"),), (
            "I think my office PC got switched off over the weekend and now I can't remote "
            "in",
        )),
        Opener((("password_recent", "yes"),), (
            "Changed my password yesterday and since then remote desktop rejects my login",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="Where the user connects from",
            question="Where is the user connecting from?",
            options=(
                opt("remote", "From outside the office on a work laptop", "vpn_up",
                    ("Home / remote, work laptop", "Outside the office"),
                    "from home on my work laptop", "I'm remote", "working from home",
                    "at a client site with my company laptop"),
                opt("office", "From inside the office", "error_text",
                    ("In the office", "On the office network"),
                    "in the office", "from my desk here", "I'm in the building"),
                opt("personal", "From a personal device", "client_app",
                    ("Personal device", "My own computer / tablet"),
                    "my own laptop", "my home mac", "personal ipad"),
            ),
            asks=(
                "Where are you connecting from, and on which device?",
                "Are you in the office, or remote - and is it a work laptop?",
                "What are you trying to connect from?",
                "Which machine are you starting the remote session on?",
            ),
            clarify=(
                ("does it matter?",
                 "Yes - from outside the office you need the VPN, and from a personal device "
                 "you need the right app. So: office, remote on a work laptop, or your own "
                 "device?"),
            ),
        ),
        Decision(
            id="vpn_up",
            title="VPN connected",
            question="Is the VPN connected before starting Remote Desktop?",
            options=(
                yes("error_text", "yes, VPN is on", "connected to VPN", "it says connected"),
                no("sol_vpn_first", "no I didn't connect it", "VPN's off", "forgot the VPN"),
            ),
            asks=(
                "Have you connected to the VPN first?",
                "Is the VPN running while you try?",
                "Is the VPN client showing connected?",
            ),
        ),
        Decision(
            id="client_app",
            title="Remote Desktop app installed",
            question="Is the Microsoft Remote Desktop app installed on the device?",
            options=(
                yes("error_text", "yes I've got the app", "installed from the app store",
                    "it's there"),
                no("install_client", "no, I'm using the browser", "didn't know I needed one",
                   "don't have it"),
            ),
            asks=(
                "Have you got the Microsoft Remote Desktop app (or the Windows App) on it?",
                "Which program are you using to connect - the Microsoft one?",
                "Is the remote desktop client installed on that device?",
            ),
        ),
        Action(
            id="install_client",
            title="Install the Remote Desktop client",
            description="Install the Microsoft Remote Desktop / Windows App from the device's "
                        "app store and add the PC by its full name.",
            next="error_text",
            says=(
                "Please install 'Windows App' (Microsoft Remote Desktop) from the App Store "
                "and add your PC with its full name.",
                "Get the Microsoft remote desktop app from the store, then add the computer.",
            ),
            results=(
                "Client installed, PC added.",
                "App installed from the store.",
            ),
        ),
        Decision(
            id="error_text",
            title="Remote Desktop message",
            question="Which message does Remote Desktop show when it fails?",
            options=(
                opt("unreachable", "Can't find or reach the remote computer", "ping_name",
                    ("Can't reach the PC", "Computer not found"),
                    "remote desktop can't connect to the remote computer",
                    "says it can't find the computer", "it tries and gives up"),
                opt("creds", "Credentials did not work", "username_format",
                    ("Credentials didn't work", "Login rejected"),
                    "your credentials did not work", "it says wrong password",
                    "rejects my login"),
                opt("denied", "Not authorised for remote login", "rdu_group",
                    ("Not authorised", "Connection denied"),
                    "the connection was denied", "not authorized for remote login",
                    "says I don't have permission"),
                opt("cert", "Identity or certificate warning", "cert_name",
                    ("Certificate warning", "Identity can't be verified"),
                    "identity of the remote computer cannot be verified",
                    "a certificate warning", "warning about the certificate name"),
                opt("busy", "Another user is signed in", "sol_session_full",
                    ("Someone else signed in", "Session in use"),
                    "another user is signed in", "says someone else is using it",
                    "too many sessions"),
            ),
            asks=(
                "What does the error box say?",
                "When it fails, what's the message?",
                "Can you read me the text of the error?",
                "What happens on screen when it stops?",
            ),
            clarify=(
                ("it goes away too fast, can you help?",
                 "No problem - try once more and read the first line before clicking OK. "
                 "Is it about reaching the PC, your login, permission, a certificate, or "
                 "someone else signed in?"),
            ),
        ),
        Decision(
            id="ping_name",
            title="Ping result",
            question="What happens when the remote computer's name is pinged?",
            options=(
                opt("reply", "It replies", "rdp_enabled",
                    ("Replies", "Ping works"),
                    "it replies", "got replies back", "ping is fine"),
                opt("not_found", "Could not find host", "use_fqdn",
                    ("Host not found", "Name not found"),
                    "ping request could not find host", "it doesn't know the name",
                    "host not found"),
                opt("timeout", "Request timed out", "pc_awake",
                    ("Timed out", "No reply"),
                    "request timed out", "no replies", "all lost"),
            ),
            asks=(
                "Open a command prompt and type ping followed by the PC name - what comes "
                "back?",
                "If you ping the computer's name, does it answer?",
                "I'll ping it from here too - what do you get on yours?",
            ),
            clarify=(
                ("how do i ping it?",
                 "Press Start, type cmd, Enter, then type 'ping' and the PC's name, e.g. "
                 "ping LDN-PC-0423. Read me what it says."),
            ),
        ),
        Decision(
            id="pc_awake",
            title="Remote PC is on",
            question="Is the remote PC switched on and awake?",
            options=(
                yes("rdp_enabled", "it should be on", "yes I left it on",
                    "colleague says it's on"),
                no("wake_pc", "it might be off", "I shut it down Friday",
                   "it probably went to sleep"),
            ),
            asks=(
                "Is your office PC definitely switched on, not asleep or shut down?",
                "Did you leave the desktop powered on?",
                "Could the machine be off or sleeping?",
            ),
        ),
        Action(
            id="wake_pc",
            title="Wake or power on the PC",
            description="Ask someone on site to power it on, or send a wake-on-LAN from the "
                        "management tool.",
            next="connected_now",
            says=(
                "I'll send a wake signal, and ask facilities to press the power button if "
                "that doesn't work.",
                "Let's get the PC turned on - I'm asking someone in the office.",
            ),
            results=(
                "Facilities powered the PC on.",
                "Wake-on-LAN sent, PC answered ping.",
            ),
            fails=(
                "Nobody on site to press the power button; the wake packet got no reply.",
            ),
            fails_then="no",
        ),
        Action(
            id="use_fqdn",
            title="Use the full computer name",
            description="Connect with the fully qualified name (pc.corp.example.com) or the "
                        "IP address.",
            next="connected_now",
            says=(
                "Try the full name instead, with .corp.example.com at the end.",
                "Use the full address of the PC - I'll send it to you.",
            ),
            results=(
                "User entered the full name.",
                "Connected using the IP from the management console.",
            ),
            fails=(
                "Full name does not resolve either; the PC has no DNS record.",
            ),
            fails_then="no",
        ),
        Decision(
            id="connected_now",
            title="Connection works",
            question="Does the Remote Desktop connection work now?",
            options=(
                yes("sol_connected", "yes I'm in", "connected", "I can see my desktop"),
                no("rdp_enabled", "still no", "same error", "nope"),
            ),
            asks=(
                "Try connecting again - are you in?",
                "Does it connect now?",
                "Any luck this time?",
            ),
        ),
        Decision(
            id="rdp_enabled",
            title="Remote Desktop enabled on the target",
            question="Is Remote Desktop enabled on the target computer?",
            options=(
                yes("sol_firewall_rule", "it's enabled", "yes, on", "shows enabled"),
                no("sol_enable_rdp", "it's off", "not enabled", "switched off"),
            ),
            asks=(
                "I'm checking the PC's settings remotely - is remote access turned on there?",
                "On the office PC, under Settings > System > Remote Desktop, is it on?",
                "Does that machine allow remote connections at all?",
            ),
        ),
        Decision(
            id="username_format",
            title="Username entered in the right form",
            question="Did the user type the username as DOMAIN\\username or their full "
                     "email address?",
            options=(
                yes("password_recent", "yes, with the domain", "I used my email address",
                    "CORP\\ then my name"),
                no("sol_username_format", "just my name", "only the username",
                   "no domain bit"),
            ),
            asks=(
                "How are you typing your login - with CORP\\ in front, or your email?",
                "What exactly do you put in the username box?",
                "Is the domain part included in your username?",
            ),
        ),
        Decision(
            id="password_recent",
            title="Password changed recently",
            question="Was the user's password changed recently?",
            options=(
                yes("clear_saved", "yes, on Monday", "changed it last week",
                    "it expired and I reset it"),
                no("sol_account_check", "no, same password", "not changed it",
                   "ages ago"),
            ),
            asks=(
                "Have you changed your password lately?",
                "Any password change in the last few days?",
                "Did your password expire or get reset recently?",
            ),
        ),
        Action(
            id="clear_saved",
            title="Clear saved credentials",
            description="Remove the saved entry for the PC in Credential Manager and connect "
                        "with the new password.",
            next="connected_now",
            says=(
                "Open Credential Manager, Windows Credentials, and remove anything with the "
                "PC's name, then connect and type the new password.",
                "Your old password is saved for that connection; let's delete it.",
            ),
            results=(
                "Old saved credential removed.",
                "Saved entry deleted.",
            ),
            fails=(
                "Credential Manager had no saved entry for that PC.",
            ),
            fails_then="no",
        ),
        Decision(
            id="rdu_group",
            title="User allowed to connect",
            question="Is the user a member of the Remote Desktop Users group on the target?",
            options=(
                yes("sol_policy_escalate", "yes they're in it", "I'm in that group",
                    "membership is there"),
                no("sol_add_group", "not in it", "no, missing", "not listed"),
            ),
            asks=(
                "Let me look at who's allowed in on that machine - are you on the list?",
                "Checking the PC's allowed users now - is your account there?",
                "Is your account in the group that may connect remotely?",
            ),
        ),
        Decision(
            id="cert_name",
            title="Certificate matches the computer",
            question="Does the name on the certificate match the computer being connected to?",
            options=(
                yes("sol_accept_cert", "same name", "yes matches", "it's my PC's name"),
                no("sol_wrong_pc", "different name", "it's some other computer",
                   "doesn't match"),
            ),
            asks=(
                "Click View certificate - is the name in it your PC's name?",
                "In the warning, whose name is on the certificate?",
                "Is it your computer's name on that certificate?",
            ),
        ),
        Solution(
            id="sol_vpn_first",
            title="Connect the VPN first",
            description="From outside the office the office PC is only reachable through the "
                        "VPN.",
            says=(
                "Connect the VPN first, then Remote Desktop will find the PC.",
                "From home you need the VPN on before remote desktop.",
            ),
        ),
        Solution(
            id="sol_session_full",
            title="Another session is active",
            description="Someone else is signed in to the target; ask them to sign out or "
                        "end the session from admin tools.",
            says=(
                "Someone else is logged on there. I've ended the old session; try again.",
                "The machine had another session open - signed it out for you.",
            ),
        ),
        Solution(
            id="sol_firewall_rule",
            title="Firewall rule needed",
            description="The PC is up and allows remote connections but the port is blocked; "
                        "the network team opens the firewall rule.",
            says=(
                "The PC's fine, but the firewall is blocking the connection. The network "
                "team will open it.",
                "It's a firewall block - escalated to networks.",
            ),
        ),
        Solution(
            id="sol_enable_rdp",
            title="Enable Remote Desktop",
            description="Turn on Remote Desktop on the target (policy or Settings) and retry.",
            says=(
                "Remote access was switched off on the PC. I've turned it on - try now.",
                "Enabled Remote Desktop on your machine; you should get in.",
            ),
        ),
        Solution(
            id="sol_connected",
            title="Connected",
            description="The connection works after the fix.",
            says=(
                "Great, you're connected.",
                "That's it working - enjoy your desktop.",
            ),
        ),
        Solution(
            id="sol_username_format",
            title="Use the full username",
            description="Sign in with DOMAIN\\username or the full email address.",
            says=(
                "Put CORP\\ in front of your username (or use your email) and it'll work.",
                "It needed the domain in the username - try CORP\\yourname.",
            ),
        ),
        Solution(
            id="sol_account_check",
            title="Check the account",
            description="The right username and an unchanged password are refused: check the "
                        "account for a lock or restriction with the identity team.",
            says=(
                "Your details look right, so I'm getting the identity team to check your "
                "account.",
                "Escalating to identity to look at the account itself.",
            ),
        ),
        Solution(
            id="sol_policy_escalate",
            title="Escalate the policy",
            description="The user is allowed but still denied: a policy blocks remote logon; "
                        "escalate to the server team.",
            says=(
                "You're in the right group, so a policy must be blocking it - passed to the "
                "server team.",
                "Escalated: something in the machine's policy denies you.",
            ),
        ),
        Solution(
            id="sol_add_group",
            title="Add the user to Remote Desktop Users",
            description="Add the user to the target's Remote Desktop Users group (with "
                        "approval) and sign in again.",
            says=(
                "I've added you to the remote users on that machine. Try again in a few "
                "minutes.",
                "You weren't allowed in yet - added now.",
            ),
        ),
        Solution(
            id="sol_accept_cert",
            title="Trust the PC's certificate",
            description="The certificate is the PC's own self-signed one: tick 'don't ask "
                        "again' and connect.",
            says=(
                "That's your PC's own certificate; tick don't ask again and connect.",
                "Safe to accept - it's your machine's certificate.",
            ),
        ),
        Solution(
            id="sol_wrong_pc",
            title="Name points to the wrong computer",
            description="The name resolves to another computer (stale DNS); fix the record "
                        "and connect by the right address.",
            says=(
                "The name is pointing to a different computer. I've fixed the record - "
                "reconnect in ten minutes.",
                "Old DNS entry sent you elsewhere; corrected.",
            ),
        ),
    ),
)
