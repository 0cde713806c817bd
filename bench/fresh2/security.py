"""Two flows about certificates and trust: signing in to Windows with a smart card (the card
is not read, its certificate is refused, or its PIN is refused); and a browser that shows a
certificate warning ("your connection is not private") on every site, on internal sites or
on one outside site.

Both are security problems with certificates, expiry, "new laptop" and a refresh of the
laptop's certificates in common, so they must be told apart. Written by hand from general
service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

# --- smart-card sign-in -------------------------------------------------------------------

CARD = Flow(
    id="f2-smartcard",
    name="Smart card sign-in to Windows fails",
    description=(
        "Signing in to the laptop with the smart card (ID badge with a chip) fails: the card "
        "is not detected, the sign-in screen says there is no valid certificate or it has "
        "expired, or the PIN is refused or the card is blocked. Covers seating the card, the "
        "reader and its port, testing with another card or computer, the reader driver, "
        "stale certificates after a long time away, re-issue, renewal and PIN resets."
    ),
    domain="security",
    keywords=(
        "smart card", "smartcard", "badge sign in", "card reader", "insert a smart card",
        "card PIN", "card blocked", "no valid certificates", "PIV", "chip card",
    ),
    teams=("service-desk", "service-desk", "identity"),
    summaries=(
        "Can't log in with my smart card",
        "smart card sign-in problem",
        "Badge login not working on my laptop",
        "problem signing in with my ID card",
        "Smartcard logon issue",
    ),
    openers=(
        Opener((("root", "not_detected"),), (
            "My laptop keeps saying insert a smart card, but it's already in",
            "the login screen doesn't pick up my badge",
            "Smart card isn't being detected when I try to sign in",
        )),
        Opener((("root", "cert"),), (
            "Getting a certificate error when I sign in with my card",
            "login with my badge says no valid certificates found",
        )),
        Opener((("root", "pin"),), (
            "my smart card PIN isn't working",
            "My smart card PIN isn't being accepted",
        )),
        Opener((("root", "not_detected"), ("reader_type", "usb")), (
            "the USB card reader isn't reading my badge at the login screen",
        )),
        Opener((("root", "pin"), ("pin_blocked", "yes")), (
            "My smart card says it's blocked",
            "locked my card - it says too many wrong PINs",
        )),
    ),
    hints=(
        Opener((("reader_light", "no"),), (
            "my card reader's light doesn't come on and it won't read my card",
        )),
        Opener((("offline_long", "yes"),), (
            "I've been working away from the office for over a month and now my card won't "
            "log me in",
        )),
        Opener((("card_new", "yes"),), (
            "I only got my new card last week and it won't take my PIN",
        )),
        Opener((("other_pc", "yes"),), (
            "My card works on the PCs in the meeting rooms, just not on my own laptop",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the sign-in screen says",
            "What does the sign-in screen say when you use your smart card?",
            (
                opt("not_detected", "Card not detected / insert a smart card", "reader_type",
                    ("Card not detected", "Asks me to insert a card"),
                    "it says insert a smart card",
                    "it doesn't see the card",
                    "nothing happens when I put the card in"),
                opt("cert", "No valid certificate, or certificate expired or revoked",
                    "card_expiry",
                    ("Certificate error", "No valid certificates"),
                    "something about certificates",
                    "says no valid certificates were found",
                    "a certificate message"),
                opt("pin", "PIN incorrect or card blocked", "pin_blocked",
                    ("PIN problem", "PIN refused / card blocked"),
                    "it doesn't accept my PIN",
                    "something about my PIN",
                    "PIN error"),
            ),
            (
                "What message do you get when you try your card?",
                "When you put the card in and try to sign in, what does the screen tell you?",
                "What happens at the login screen with the card in?",
                "Is it not seeing the card, a certificate message, or a PIN problem?",
            ),
            (
                ("I don't remember the exact words",
                 "That's fine - roughly: does it ask you to insert a card, mention "
                 "certificates, or complain about the PIN?"),
            ),
        ),
        Decision(
            "reader_type", "Reader type",
            "Is the card reader built into the laptop, or a separate USB reader?",
            (
                told(opt("builtin", "Built into the laptop", "act_reseat_card",
                         ("Built-in slot", "In the laptop"),
                         "it's the slot in the side of the laptop",
                         "built in",
                         "the one on the laptop itself"),
                     "the card goes in the slot on the side of the laptop"),
                told(opt("usb", "Separate USB reader", "reader_light",
                         ("USB reader", "Separate reader"),
                         "a little USB reader",
                         "separate one on a cable",
                         "the plug-in reader"),
                     "I use a separate USB card reader"),
            ),
            (
                "Does the card go into a slot on the laptop, or into a separate reader on a "
                "cable?",
                "Are you using the laptop's own card slot or a USB reader?",
                "What's the card going into - the laptop or a plug-in reader?",
            ),
        ),
        Decision(
            "reader_light", "Reader light",
            "Does the light on the USB card reader come on when the card is in?",
            (
                told(yes("act_reseat_card",
                         "yes, it's green",
                         "yeah, it lights up",
                         "yes, it flashes then stays on"),
                     "the light on the reader comes on"),
                told(no("act_other_port",
                        "no light at all",
                        "nope, it's dark",
                        "no"),
                     "the reader's light doesn't come on"),
            ),
            (
                "With the card in, is there a light on the reader?",
                "Does the little LED on the reader light up?",
                "Is the reader's light on when the card's inserted?",
            ),
        ),
        Action(
            "act_reseat_card", "Reseat the card",
            "Remove the card, check the gold chip is clean and the card goes in chip first "
            "with the chip facing the right way, push it fully home and wait ten seconds.",
            "card_seen",
            (
                "Take the card out, give the gold chip a wipe, then push it back in chip end "
                "first, fully home, and give it ten seconds.",
                "Pop the card out and back in - chip first, the right way up, all the way in - "
                "and wait a few seconds.",
            ),
            (
                "Card reseated, chip cleaned",
                "Card was only half in; pushed fully home",
            ),
        ),
        Action(
            "act_other_port", "Use another USB port",
            "Plug the reader straight into a USB port on the laptop itself (not a hub, dock "
            "or keyboard), wait for the light, then insert the card.",
            "card_seen",
            (
                "Unplug the reader and put it straight into a USB port on the laptop - not the "
                "dock or a hub - then put the card in.",
                "Move the reader to a port directly on the laptop, wait for its light, and "
                "insert the card again.",
            ),
            (
                "Reader moved from the dock to the laptop's own port",
                "Reader in a different USB port, light now on",
            ),
        ),
        Decision(
            "card_seen", "Card recognised",
            "Does the sign-in screen now ask for the card's PIN?",
            (
                yes("sol_card_seated",
                    "yes, it's asking for my PIN",
                    "yeah, PIN box is there now",
                    "yes!"),
                no("other_card_test",
                   "no, still says insert card",
                   "nope",
                   "no change"),
            ),
            (
                "Are you getting the PIN prompt now?",
                "Has the PIN box appeared?",
                "Is it asking for your PIN yet?",
            ),
        ),
        Decision(
            "other_card_test", "Colleague's card",
            "Is a colleague's smart card recognised in the same reader?",
            (
                told(yes("sol_reissue_card",
                         "yes, hers works fine",
                         "yeah, his card is picked up straight away",
                         "yes"),
                     "a colleague's card works in my reader"),
                told(no("act_reader_driver",
                        "no, theirs doesn't work either",
                        "nope, same problem",
                        "no, same message with their card"),
                     "even a colleague's card isn't read"),
            ),
            (
                "If a colleague pops their card in your reader, does it get picked up?",
                "Could you borrow someone's card and try it - does theirs get read?",
                "Does someone else's card work in your reader?",
            ),
            (
                ("won't that lock their account?",
                 "No - just put it in and see if the screen asks for a PIN, then take it out "
                 "without typing anything. Does their card get recognised?"),
            ),
        ),
        Action(
            "act_reader_driver", "Reinstall the reader driver remotely",
            "The service desk pushes the card reader driver package to the laptop remotely "
            "and restarts it; the user leaves it at the sign-in screen.",
            "reader_fixed",
            (
                "I'm pushing the card reader driver to your laptop from here. Leave it at the "
                "sign-in screen - it'll restart on its own in a few minutes.",
                "I'll reinstall the reader driver remotely and restart the laptop; just leave "
                "it switched on at the login screen.",
            ),
            (
                "Reader driver package deployed remotely, laptop restarted",
                "Driver reinstalled, restart done",
            ),
            fails=(
                "Driver package failed to deploy, laptop not picking it up",
                "Driver reinstalled and restarted, reader still shows no card",
            ),
            fails_then="no",
        ),
        Decision(
            "reader_fixed", "Card read after driver",
            "After the restart, is the card recognised?",
            (
                yes("sol_reader_driver",
                    "yes, it's asking for my PIN now",
                    "yeah, it works",
                    "yes"),
                no("sol_new_reader",
                   "no, still nothing",
                   "nope",
                   "no, same as before"),
            ),
            (
                "Now that it's restarted, does it see the card?",
                "Is the card being read now?",
                "Does the PIN prompt come up after the restart?",
            ),
        ),
        Decision(
            "pin_blocked", "Card blocked",
            "Does the message say the card is blocked or locked?",
            (
                told(yes("sol_unblock",
                         "yes, it says blocked",
                         "yeah, card is locked",
                         "yes, too many attempts"),
                     "it says the card is blocked"),
                told(no("card_new",
                        "no, just that the PIN is wrong",
                        "nope, only incorrect PIN",
                        "no, it lets me try again"),
                     "it just says the PIN is incorrect"),
            ),
            (
                "Does the message mention the card being blocked or locked?",
                "Is there any mention of the card being blocked?",
                "Has it said the card's locked?",
            ),
            (
                ("what's the difference?",
                 "After a few wrong PINs the card locks itself and you can't try again. Does "
                 "the message say blocked or locked?"),
            ),
        ),
        Decision(
            "card_new", "New card or PIN",
            "Was this card, or a new PIN for it, issued in the last two weeks?",
            (
                told(yes("sol_first_pin",
                         "yes, I got it last week",
                         "yeah, it's a replacement card",
                         "yes, new PIN came in the post"),
                     "it's a new card, I only just got it"),
                told(no("sol_pin_reset",
                        "no, I've had it for ages",
                        "nope, same card for years",
                        "no"),
                     "I've had this card for a long time"),
            ),
            (
                "Is this a new card, or did you get a new PIN for it recently?",
                "Did you get this card, or a PIN letter, in the last couple of weeks?",
                "Is the card new-ish?",
            ),
        ),
        Decision(
            "card_expiry", "Certificate expired",
            "Has the card's certificate expired, going by the date on the card or in the card "
            "tool?",
            (
                told(yes("sol_renew_cert",
                         "yes, the date's last month",
                         "yeah, it expired yesterday",
                         "yes, it's past the date"),
                     "the date on my card has passed"),
                no("offline_long",
                   "no, it's valid till next year",
                   "nope, not expired",
                   "no, still in date"),
            ),
            (
                "What's the expiry date on the card - has it passed?",
                "Is the card past its expiry date?",
                "Has your card expired?",
            ),
            (
                ("where is the date?",
                 "It's printed on the front, usually under the photo, as 'Expires' or 'Valid "
                 "to'. Has that date gone by?"),
            ),
        ),
        Decision(
            "offline_long", "Long time away",
            "Has the laptop been away from the office and not signed in on the company network "
            "for more than about three weeks?",
            (
                told(yes("act_connect_office",
                         "yes, I've been working remotely for a month",
                         "yeah, been off sick for weeks",
                         "yes, it's been in a drawer since the summer"),
                     "the laptop hasn't been in the office for over a month"),
                told(no("other_pc",
                        "no, I'm in every week",
                        "nope, I was in the office yesterday",
                        "no, it's connected most days"),
                     "I'm in the office every week"),
            ),
            (
                "Has the laptop been out of the office for a few weeks or more?",
                "Has it been a long time - three weeks plus - since it was last on the office "
                "network?",
                "Has this laptop been away from work for a while?",
            ),
        ),
        Action(
            "act_connect_office", "Reconnect on the office network",
            "Bring the laptop to an office, plug it into a wired network port, sign in once "
            "with the temporary password the service desk issues, and leave it connected for "
            "fifteen minutes so its certificates and revocation lists refresh.",
            "cert_after",
            (
                "Could you bring it into an office and plug it into a network port with a "
                "cable? I'll give you a one-off password to sign in with, then leave it "
                "connected for fifteen minutes so it catches up on certificates.",
                "It needs to see the company network to refresh its certificates: wired port "
                "in the office, sign in with the temporary password I'll send, and leave it "
                "15 minutes.",
            ),
            (
                "Connected at the office by cable, signed in with temp password, left 15 min",
                "Laptop on office LAN, certificate refresh ran",
            ),
            fails=(
                "On the office network for 20 minutes, card still refused after sign-out",
            ),
            fails_then="no",
        ),
        Decision(
            "other_pc", "Card on another computer",
            "Does the same card sign you in on a different computer?",
            (
                told(yes("act_clear_cert_cache",
                         "yes, it works on the hot desk PC",
                         "yeah, fine on my colleague's machine",
                         "yes"),
                     "my card works on other computers"),
                told(no("sol_reissue_card",
                        "no, same error everywhere",
                        "nope, doesn't work anywhere",
                        "no, tried two others"),
                     "it doesn't work on any computer"),
            ),
            (
                "If you try your card on another PC, a hot desk or a colleague's, does it let "
                "you in?",
                "Does your card work on other machines?",
                "Have you been able to log in with it anywhere else?",
            ),
        ),
        Action(
            "act_clear_cert_cache", "Clear cached card certificates",
            "Remotely remove the stale smart-card certificates cached on the laptop and "
            "restart the Certificate Propagation and Smart Card services, then restart.",
            "cert_after",
            (
                "I'll clear out the old card certificates your laptop has cached and restart "
                "the certificate services remotely. It'll reboot once.",
                "Leave it with me - I'm removing the stale certificates from the laptop and "
                "restarting it from here.",
            ),
            (
                "Stale certificates removed, services restarted, rebooted",
                "Cleared 3 old card certificates from the machine store",
            ),
            fails=(
                "Cleared the cached certificates and rebooted, same error at sign-in",
            ),
            fails_then="no",
        ),
        Decision(
            "cert_after", "Card signs in now",
            "Does the card sign you in now?",
            (
                yes("sol_cert_refreshed",
                    "yes, I'm in",
                    "yeah, worked",
                    "yes, logged in"),
                no("sol_reissue_card",
                   "no, same error",
                   "nope",
                   "no, still refused"),
            ),
            (
                "Try again - are you in?",
                "Has it let you log in with the card this time?",
                "Can you sign in with the card now?",
            ),
        ),
        Solution(
            "sol_card_seated", "Card or reader not making contact",
            "The card was not seated properly or the reader was on a port that did not power "
            "it; with a good connection the card is read.",
            (
                "That was just the connection. Push the card fully in, and keep the reader on "
                "the laptop's own port if you use one.",
                "Card/reader connection fixed; card now read at sign-in.",
            ),
        ),
        Solution(
            "sol_reissue_card", "Card needs re-issuing",
            "The card's chip or certificate is faulty or revoked. The identity team re-issues "
            "the card; the user signs in with a temporary password until then.",
            (
                "The problem is the card itself, so it needs re-issuing. I've raised it with the "
                "identity team and set up a temporary password for you until it's ready.",
                "Card faulty/revoked; re-issue requested, temporary password issued.",
            ),
        ),
        Solution(
            "sol_reader_driver", "Reader driver",
            "The card reader driver had failed; reinstalling it fixed card detection.",
            (
                "It was the reader driver - reinstalled, and your card is being read again.",
                "Card reader driver reinstalled; card detected.",
            ),
        ),
        Solution(
            "sol_new_reader", "Faulty reader",
            "No card is read even with a fresh driver, so the reader is faulty. A replacement "
            "USB reader is sent (or the laptop booked in if the reader is built in).",
            (
                "The reader itself has failed. I'm sending you a replacement reader - or "
                "booking the laptop in if it's the built-in slot - and you've got a temporary "
                "password meanwhile.",
                "Reader faulty; replacement arranged, temporary password meanwhile.",
            ),
        ),
        Solution(
            "sol_unblock", "Blocked card",
            "Too many wrong PINs blocked the card. It is unblocked with an identity check, at "
            "a card kiosk or over the phone with the service desk, and a new PIN is set.",
            (
                "Once it's blocked it needs unblocking with an ID check. You can do it at a "
                "card kiosk, or I can do it with you over the phone - then you set a new PIN.",
                "Card blocked after wrong PINs; unblocked with ID check, new PIN set.",
            ),
        ),
        Solution(
            "sol_first_pin", "New card's first PIN",
            "A new card (or new PIN) must first be activated at a card kiosk with the PIN from "
            "the letter, and a personal PIN set there before it works at the laptop.",
            (
                "New cards need activating first: go to a card kiosk with the PIN from your "
                "letter and set your own PIN there, then it'll work on the laptop.",
                "New card not yet activated; user to set PIN at a kiosk.",
            ),
        ),
        Solution(
            "sol_pin_reset", "Forgotten PIN",
            "The PIN has been forgotten. Stop trying before the card blocks; the service desk "
            "resets it after an identity check.",
            (
                "Don't try again or it'll block. I'll verify your identity and reset the PIN "
                "for you now.",
                "Forgotten PIN; reset after identity check.",
            ),
        ),
        Solution(
            "sol_renew_cert", "Expired card certificate",
            "The card's certificate has expired. It is renewed at a card kiosk or by the "
            "identity team; a temporary password covers the gap.",
            (
                "Your card's certificate has expired, so it needs renewing - a card kiosk can "
                "do it in five minutes, or the identity team can. I've given you a temporary "
                "password for today.",
                "Card certificate expired; renewal booked, temporary password issued.",
            ),
        ),
        Solution(
            "sol_cert_refreshed", "Stale certificates on the laptop",
            "The laptop held out-of-date certificate information for the card; once it was "
            "refreshed the card signs in again.",
            (
                "The laptop just had stale certificate information. It's refreshed, and your "
                "card works again.",
                "Laptop's cached card certificates refreshed; sign-in working.",
            ),
        ),
    ),
)

# --- browser certificate warnings ----------------------------------------------------------

CERT = Flow(
    id="f2-cert-warning",
    name="Browser shows certificate warnings (connection not private)",
    description=(
        "The browser shows 'Your connection isn't private', 'NET::ERR_CERT_...' or a "
        "certificate warning, on every website, on internal company sites or on one outside "
        "site. Covers the laptop clock, guest network sign-in pages, the company's root and "
        "inspection certificates, the browser's cached certificate state, short internal "
        "names, expired or mismatched site certificates, and genuinely bad outside sites."
    ),
    domain="security",
    keywords=(
        "certificate warning", "connection is not private", "NET::ERR_CERT", "not secure",
        "certificate error", "untrusted certificate", "SSL", "HTTPS warning", "expired cert",
    ),
    teams=("service-desk", "service-desk", "network-security"),
    summaries=(
        "Certificate warning in my browser",
        "browser says connection not private",
        "Getting security certificate errors on websites",
        "cert error when browsing",
        "Websites showing a 'not secure' warning page",
    ),
    openers=(
        Opener((("root", "all_sites"),), (
            "Every website I open says my connection isn't private",
            "getting certificate warnings on all sites, even Google",
            "Chrome is throwing a certificate error on literally every page",
        )),
        Opener((("root", "internal"),), (
            "The intranet keeps giving me a certificate warning",
            "our internal timesheet site shows a 'not private' warning page",
        )),
        Opener((("root", "one_site"),), (
            "One website I need shows a 'your connection is not private' page",
            "a supplier's site is giving me a certificate warning, everything else is fine",
        )),
        Opener((("root", "all_sites"), ("clock_right", "no")), (
            "every site shows a certificate error and I just noticed my laptop's date is "
            "way off",
        )),
        Opener((("root", "one_site"), ("other_device", "yes")), (
            "an outside website gives a certificate warning on my laptop and on my phone too",
        )),
    ),
    hints=(
        Opener((("network_where", "public"),), (
            "I'm in a hotel and every site comes up with a certificate warning",
        )),
        Opener((("internal_short", "yes"),), (
            "I type http://intranet like I always do and now I get a certificate warning",
        )),
        Opener((("new_laptop", "yes"),), (
            "I've just been given a rebuilt laptop and I'm getting certificate warnings",
        )),
        Opener((("other_browser", "no"),), (
            "the certificate warnings only happen in Chrome - Edge is fine",
        )),
    ),
    nodes=(
        Decision(
            "root", "Which sites warn",
            "Which sites show the certificate warning?",
            (
                opt("all_sites", "Every website", "clock_right",
                    ("All websites", "Every site"),
                    "all of them",
                    "every single site",
                    "everything, even Google"),
                opt("internal", "Internal company sites", "internal_short",
                    ("Internal / intranet sites", "Company sites only"),
                    "just our internal sites",
                    "the intranet",
                    "only work sites, like the HR portal"),
                opt("one_site", "One outside website", "other_device",
                    ("One external site", "Just one website"),
                    "only one site",
                    "just one supplier website",
                    "one particular site, the rest are fine"),
            ),
            (
                "Is it every site, just our internal ones, or one particular website?",
                "Where are you seeing the warning - everywhere, on company sites, or on one "
                "site?",
                "How many sites does it happen on?",
            ),
            (
                ("what counts as internal?",
                 "Sites run by the company that you only use for work - the intranet, HR or "
                 "expenses portal, timesheets. So is it everywhere, those, or one outside "
                 "website?"),
            ),
        ),
        Decision(
            "clock_right", "Clock correct",
            "Are the date, time and year shown on the laptop correct?",
            (
                told(yes("network_where",
                         "yes, that's right",
                         "yeah, date and time are fine",
                         "yes, correct"),
                     "the clock on my laptop is right"),
                told(no("act_sync_time",
                        "no, it says 2019!",
                        "no, the date's wrong",
                        "nope, it's a few days out"),
                     "the date on my laptop is wrong"),
            ),
            (
                "Bottom-right of the screen - is the date and time right, including the year?",
                "Is the laptop's clock showing the right date and year?",
                "Does the date on your laptop look correct?",
            ),
            (
                ("why would the date matter?",
                 "Certificates are only valid between two dates, so a wrong clock makes every "
                 "site look invalid. Is the date, time and year right?"),
            ),
        ),
        Action(
            "act_sync_time", "Sync the clock",
            "Open Settings > Time & language > Date & time, turn on 'Set time automatically' "
            "and click 'Sync now', then reload the site.",
            "sol_clock",
            (
                "Go to Settings > Time & language > Date & time, switch on set time "
                "automatically and press Sync now, then reload the page.",
                "Let's fix the clock: Date & time settings, automatic time on, Sync now.",
            ),
            (
                "Clock synced, date now correct",
                "Automatic time switched on and synced",
            ),
        ),
        Decision(
            "network_where", "Where connected",
            "Where is the laptop connected to the internet right now?",
            (
                told(opt("office", "Office network", "act_refresh_certs",
                         ("In the office", "Office network"),
                         "in the office",
                         "at my desk at work",
                         "on the office network"),
                     "I'm in the office today"),
                told(opt("home", "Home broadband", "other_browser",
                         ("At home", "Home internet"),
                         "at home",
                         "on my home broadband",
                         "working from home"),
                     "I'm working from home"),
                told(opt("public", "Hotel, café or guest network", "act_open_portal",
                         ("Hotel / café / guest", "Public or guest network"),
                         "hotel wifi",
                         "in a coffee shop",
                         "on the train wifi"),
                     "I'm on a hotel network"),
            ),
            (
                "Where are you working from right now - office, home, or somewhere public?",
                "What network are you on at the moment?",
                "Are you in the office, at home, or on a hotel or café network?",
            ),
        ),
        Action(
            "act_open_portal", "Complete the guest sign-in page",
            "Open a plain http site (for example http://neverssl.com) so the guest network's "
            "sign-in page appears, accept its terms, then try the site again.",
            "sol_captive_portal",
            (
                "Open a new tab and go to http://neverssl.com - the hotel's sign-in page "
                "should pop up. Accept its terms and then try again.",
                "Those networks want you to sign in first: browse to a plain http address like "
                "neverssl.com, complete the page that appears, and retry.",
            ),
            (
                "Guest sign-in page accepted",
                "Portal appeared on neverssl.com; terms accepted",
            ),
        ),
        Decision(
            "other_browser", "Second browser",
            "Does the same warning appear in a second browser too?",
            (
                told(yes("act_refresh_certs",
                         "yes, Edge does it too",
                         "yeah, same in Firefox",
                         "yes, both browsers"),
                     "it happens in every browser I try"),
                told(no("act_clear_ssl_state",
                        "no, Edge is fine",
                        "nope, only Chrome",
                        "no, the other browser works"),
                     "it's only in one browser, the other one's fine"),
            ),
            (
                "If you open the same site in another browser - Edge instead of Chrome, say - "
                "do you get the warning there as well?",
                "Does another browser show it too?",
                "Is the warning there in Edge and Chrome both?",
            ),
        ),
        Action(
            "act_refresh_certs", "Refresh company certificates",
            "Run 'gpupdate /force' (or let the service desk push a policy refresh) and "
            "restart, so the company's root and web inspection certificates are reinstalled.",
            "warning_gone",
            (
                "Open a command prompt, type gpupdate /force, let it finish and restart. That "
                "puts the company's certificates back on the laptop.",
                "I'm pushing a policy refresh to the laptop to reinstall our certificates - "
                "restart when it says it's done.",
            ),
            (
                "Policy refreshed, company certificates back, restarted",
                "gpupdate completed, laptop restarted",
            ),
            fails=(
                "gpupdate said computer policy could not be updated",
                "Policy refresh ran and restarted, warnings still there",
            ),
            fails_then="no",
        ),
        Action(
            "act_clear_ssl_state", "Clear the browser's certificate cache",
            "Clear the browser's cached images and files, clear the SSL state (Internet "
            "Options > Content > Clear SSL state), close every browser window and reopen.",
            "warning_gone",
            (
                "Clear the browser's cache (Ctrl+Shift+Delete, cached images and files), then "
                "Internet Options > Content > Clear SSL state, and restart the browser.",
                "Let's clear what the browser has cached about certificates: clear cache, "
                "clear SSL state in Internet Options, close all windows and reopen.",
            ),
            (
                "Cache and SSL state cleared, browser restarted",
                "Cleared SSL state, reopened browser",
            ),
            fails=(
                "Cleared cache and SSL state, warning still comes up",
            ),
            fails_then="no",
        ),
        Decision(
            "warning_gone", "Warning gone",
            "Do the sites now load without a certificate warning?",
            (
                yes("sol_certs_refreshed",
                    "yes, all fine now",
                    "yeah, no warning",
                    "yes, it loads"),
                no("sol_escalate_network",
                   "no, still getting it",
                   "nope, same warning",
                   "no"),
            ),
            (
                "Try the site again - is the warning gone?",
                "Are they loading normally now?",
                "Has the warning gone away?",
            ),
        ),
        Decision(
            "internal_short", "Short internal name",
            "Are you opening the internal site by a short name (like http://intranet) rather "
            "than its full address?",
            (
                told(yes("act_use_fqdn",
                         "yes, I just type intranet",
                         "yeah, a bookmark with the short name",
                         "yes, the short one"),
                     "I go to it by the short name"),
                no("cert_detail",
                   "no, the full address",
                   "nope, the whole thing with .company.com",
                   "no, I use the full link"),
            ),
            (
                "Look at the address bar - is it just a short name like 'intranet', without "
                "the company domain on the end?",
                "Do you reach it with just a short name?",
                "Is the address you use a short one, without the dot-com part?",
            ),
        ),
        Action(
            "act_use_fqdn", "Use the full address",
            "Open the site by its full name (for example https://intranet.corp.example.com) "
            "and update the bookmark.",
            "sol_full_name",
            (
                "Try the full address instead - the short name with our domain after it, "
                "starting https:// - and save that as your bookmark.",
                "Use the full link, https:// and the complete domain, and replace your old "
                "bookmark with it.",
            ),
            (
                "Full address opened without a warning; bookmark updated",
                "Switched to the full name",
            ),
        ),
        Decision(
            "cert_detail", "Error detail",
            "What does the warning's error code or certificate detail say?",
            (
                told(opt("expired", "Certificate expired", "sol_site_owner",
                         ("Expired", "Date invalid"),
                         "it says expired",
                         "ERR_CERT_DATE_INVALID",
                         "the certificate ran out"),
                     "the error says the certificate has expired"),
                opt("name", "Name does not match", "sol_site_owner",
                    ("Name mismatch", "Wrong name"),
                    "something about the name",
                    "COMMON_NAME_INVALID",
                    "says it's for a different site"),
                told(opt("authority", "Not trusted / unknown authority", "new_laptop",
                         ("Not trusted", "Authority invalid"),
                         "it says not trusted",
                         "AUTHORITY_INVALID",
                         "unknown issuer"),
                     "it says the certificate authority isn't trusted"),
            ),
            (
                "Under the warning there's a code like NET::ERR_CERT_something - what does it "
                "say?",
                "If you click Advanced, what reason does it give?",
                "What's the error code on the warning page?",
            ),
            (
                ("where's the code?",
                 "Just under the big heading, in small grey text, or after clicking Advanced. "
                 "Does it say expired / date invalid, name invalid, or authority invalid?"),
            ),
        ),
        Decision(
            "new_laptop", "New or rebuilt laptop",
            "Is this laptop new, rebuilt or reimaged in the last few weeks?",
            (
                told(yes("act_refresh_certs",
                         "yes, I got it on Monday",
                         "yeah, it was rebuilt last week",
                         "yes, brand new"),
                     "the laptop was rebuilt recently"),
                no("act_clear_ssl_state",
                   "no, I've had it a year",
                   "nope",
                   "no, same old laptop"),
            ),
            (
                "Is this a new laptop, or has it been rebuilt recently?",
                "Did you get this machine, or have it reimaged, in the last few weeks?",
                "Is the laptop fresh out of the box or recently rebuilt?",
            ),
        ),
        Decision(
            "other_device", "Phone on mobile data",
            "Does the site show the same warning on your phone using mobile data?",
            (
                told(yes("need_site",
                         "yes, same on my phone",
                         "yeah, my phone warns too",
                         "yes, on 4G as well"),
                     "my phone gets the warning too"),
                no("act_refresh_certs",
                   "no, it's fine on my phone",
                   "nope, phone loads it",
                   "no warning there"),
            ),
            (
                "If you open it on your phone, on 4G/5G not the office network, do you get the "
                "warning there too?",
                "Does your mobile show the same warning, off the company network?",
                "Try it on your phone using mobile data - same warning?",
            ),
        ),
        Decision(
            "need_site", "Needed for work",
            "Do you need this website for your work?",
            (
                told(yes("sol_report_site",
                         "yes, it's our supplier's portal",
                         "yeah, I need it for orders",
                         "yes, for a client"),
                     "I need that site for my job"),
                no("sol_avoid_site",
                   "no, just browsing",
                   "not really",
                   "no, it was a link someone sent"),
            ),
            (
                "Is it a site you need for work?",
                "Is that site part of your job?",
                "Do you have to use that site for work?",
            ),
        ),
        Solution(
            "sol_clock", "Wrong clock",
            "The laptop's clock was wrong, so every site's certificate looked invalid. With "
            "the time set automatically, sites load without warnings.",
            (
                "It was the clock - certificates looked out of date because the laptop's date "
                "was wrong. Leave 'set time automatically' on.",
                "Laptop date wrong; time synced, warnings gone.",
            ),
        ),
        Solution(
            "sol_captive_portal", "Guest network sign-in page",
            "The guest network was intercepting pages until its sign-in page was accepted, "
            "which browsers show as a certificate warning.",
            (
                "That network was catching your pages until you accepted its terms - that's "
                "what the warnings were. You're through now.",
                "Guest network portal not completed; accepted, browsing fine.",
            ),
        ),
        Solution(
            "sol_certs_refreshed", "Certificates refreshed on the laptop",
            "The laptop or browser held missing or stale certificate information (company root "
            "or web inspection certificates, or a cached state); after the refresh sites load "
            "without warnings.",
            (
                "The laptop's certificate information was out of date - it's refreshed now and "
                "the warnings have gone.",
                "Certificate store/cache refreshed; warnings gone.",
            ),
        ),
        Solution(
            "sol_escalate_network", "Escalate to network security",
            "The warnings remain after the laptop's certificates were refreshed. The network "
            "security team checks the web proxy and inspection certificates. The user must not "
            "click through the warnings meanwhile.",
            (
                "I'm passing this to the network security team to check the web proxy. "
                "Please don't click past the warnings in the meantime.",
                "Warnings persist after refresh; escalated to network security.",
            ),
        ),
        Solution(
            "sol_full_name", "Short name used",
            "The site's certificate covers its full name, not the short name typed in. Opening "
            "it by the full address avoids the warning.",
            (
                "The certificate is issued for the full address, not the short name, so the "
                "browser complained. Use the full address from now on.",
                "Short host name used; full address works without warning.",
            ),
        ),
        Solution(
            "sol_site_owner", "Site certificate problem",
            "The internal site's own certificate is expired or issued for another name. The "
            "site's owning team renews or fixes it; users should not click through meanwhile.",
            (
                "That's a problem with the site's certificate, not your laptop. I've logged it "
                "with the team that runs the site so they can renew it. Please don't click "
                "past the warning.",
                "Internal site certificate expired/mismatched; raised with the site owner.",
            ),
        ),
        Solution(
            "sol_report_site", "Outside site with a bad certificate",
            "The outside site's certificate is bad from any network. Security reviews it and "
            "contacts the supplier; do not enter details or bypass the warning.",
            (
                "It's the site's own certificate that's bad - your phone sees it too. I've "
                "raised it with security so they can contact the supplier. Don't enter any "
                "details there for now.",
                "External site has an invalid certificate; reported to security / supplier.",
            ),
        ),
        Solution(
            "sol_avoid_site", "Avoid the site",
            "The outside site's certificate is bad from any network and it is not needed for "
            "work. Close it and do not bypass the warning.",
            (
                "Best to stay away from that one - its certificate is bad everywhere. Just "
                "close it, and don't click through.",
                "Untrusted external site not needed; user advised to avoid it.",
            ),
        ),
    ),
)

FLOWS = (CARD, CERT)
